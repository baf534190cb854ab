import type { MessageCatalog } from '../../core/i18n.js';

/** English messages of `<vk-recovery-codes>`. Hosts override any key through `<vk-provider .messages>`. */
export const recoveryCodesMessages = {
  'recovery.title': 'Save your recovery codes',
  'recovery.intro':
    'If you lose your phone, e-mail or authenticator app, each of these codes lets you verify once. Keep them somewhere safe and away from your phone, such as a password manager or a printed sheet.',
  'recovery.code': 'Code {number}: {characters}',
  'recovery.empty': 'There are no recovery codes to show.',
  'recovery.copy': 'Copy all',
  'recovery.copied': 'Codes copied.',
  'recovery.copyDenied': 'Copying was blocked. The codes are selected below: copy them with your keyboard or menu.',
  'recovery.copyText': 'Your recovery codes as text',
  'recovery.download': 'Download (.txt)',
  'recovery.downloaded': 'Downloaded {file}.',
  'recovery.print': 'Print',
  'recovery.file.heading': 'Recovery codes, {date}',
  'recovery.file.advice': 'Each code works once. Keep this file somewhere safe and delete copies you no longer need.',
  'recovery.regenerate': 'Get new codes',
  'recovery.regenerate.title': 'Replace your recovery codes?',
  'recovery.regenerate.warning': 'Your current codes stop working at once, including any you printed or saved.',
  'recovery.regenerate.confirm': 'Yes, get new codes',
  'recovery.regenerate.keep': 'Keep my codes',
  'recovery.regenerate.pending': 'Getting new codes…',
  'recovery.regenerated': 'New codes are ready and your old codes no longer work. Save these.',
  'recovery.saved': 'I have saved these codes somewhere safe',
  'recovery.savedRequired': 'Tick the box to confirm you have saved your codes.',
  'recovery.continue': 'Continue',
  'recovery.done.title': 'Recovery codes saved',
  'recovery.done.text': 'Keep them safe. Each code works once; when you run low, get new codes from your security settings.',
} as const satisfies MessageCatalog;

export type RecoveryCodesMessageKey = keyof typeof recoveryCodesMessages;
