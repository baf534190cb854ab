import type { Message } from '../../core/i18n.js';

/** English messages of `<vk-reset-picker>`. Hosts override any key through `<vk-provider .messages>`. */
export const pickerMessages = {
  'picker.legend': 'Which security items can you no longer use?',
  'picker.hint': 'Tick every item you have lost access to. You can pick several.',
  'picker.factor.email': 'E-mail',
  'picker.factor.phone': 'Phone number',
  'picker.factor.totp': 'Authenticator app',
  'picker.factorWithValue': '{name} ({masked})',
  'picker.notBound': 'Not bound to this account',
  'picker.noneTicked': 'Tick at least one item you can no longer use.',
  'picker.next.verify': 'Next, you will verify: {items}.',
  // Said only of the codes it is true of: e-mail and SMS codes last 15 minutes, authenticator codes change every 30 seconds.
  'picker.next.sentCodes': 'Codes we send by e-mail or SMS are valid for 15 minutes.',
  'picker.next.totpCodes': 'Authenticator codes change every 30 seconds.',
  'picker.next.nothingLeft': 'No item is left to verify with a code. You will prove that the account is yours with account questions and documents instead.',
  'picker.faceScan.info': 'Your identity is fully verified (advanced KYC), so a face scan can replace the verification codes.',
  'picker.faceScan.action': 'Use a face scan instead',
  'picker.recoveryCode': 'Use a recovery code',
  'picker.migration.title': 'A reset cannot sign you in',
  'picker.migration.info':
    'Neither your e-mail nor your phone can receive codes, so resetting will not let you log in. Create a new account and migrate a working e-mail address or phone number to your verified account. Migration needs a face scan.',
  'picker.migration.action': 'Start migration',
  'picker.refused.title': 'Your security items cannot be reset',
  'picker.refused.frozen': 'This account is frozen. Unfreeze it, or contact support, before resetting security items.',
  'picker.refused.host': 'The reset was refused.',
  'picker.instructions.title': 'Before you continue',
  'picker.instructions.verify': 'You will verify the items you can still use, then you may be asked questions about your account and for documents.',
  'picker.instructions.review': 'Support reviews the request; after the reset, bind your new items as soon as possible.',
  'picker.instructions.restriction': 'For your security, {items} are blocked for {duration} after the reset.',
  'picker.agree': 'I have read the reset instructions and accept that {items} are blocked for {duration}.',
  'picker.restricted.withdrawals': 'withdrawals',
  'picker.restricted.fiat': 'fiat trading',
  'picker.restricted.c2c': 'C2C selling',
  'picker.restricted.p2p': 'P2P trading',
  'picker.support': 'Contact support',
  'picker.agreeRequired': 'Tick the box to confirm you have read the instructions.',
  'picker.confirm': 'Reset selected items',
  'picker.accepted': 'Request accepted.',
} as const satisfies Record<string, Message>;

export type PickerMessageKey = keyof typeof pickerMessages;
