import type { MessageCatalog } from '../../core/i18n.js';
import type { VkCodeChannel } from './code-input.types.js';

/**
 * The English tips under "Didn't receive the code?" (or "Code not working?", "Can't find your
 * codes?"): most users never open the help, so `<vk-code-input>` downloads this module when it is
 * first opened. Measured with esbuild + gzip: 0.5 KB off the element's first download.
 * Hosts override and translate these keys like any other (`<vk-provider .messages>`, the locales).
 */
export const codeHelpMessages = {
  'code.help.email.spam': 'Check your spam or junk folder.',
  'code.help.email.address': 'Make sure this is the e-mail address linked to your account.',
  'code.help.email.mailbox': 'Make sure your mailbox works and is not full.',
  'code.help.email.wait': 'Wait for the countdown to finish before you ask for a new code.',
  'code.help.email.whitelist': "Add our sender's domain to your contacts or safe-senders list.",
  'code.help.email.relay':
    'If you signed up with Apple "Hide My Email", the private relay address can delay codes. Consider linking an address you use directly.',
  'code.help.sms.signal': 'Make sure your phone has signal and can receive text messages.',
  'code.help.sms.number': 'Make sure this is the phone number linked to your account.',
  'code.help.sms.carrier': 'Some carriers block verification messages; ask yours to allow them.',
  'code.help.sms.wait': 'Wait for the countdown to finish before you ask for a new code.',
  'code.help.totp.clock': "Turn on automatic date and time on your phone: codes depend on the phone's clock.",
  'code.help.totp.account': 'Use the entry for this account in your authenticator app (check the issuer and e-mail).',
  'code.help.totp.window': 'Enter the code before it changes; each code is valid for {seconds} seconds.',
  'code.help.recovery.where': 'Look where you saved them: a password manager, a printed sheet, or a downloaded recovery-codes file.',
  'code.help.recovery.once': 'Each code works only once: use one you have not used before.',
} as const satisfies MessageCatalog;

export type CodeHelpMessageKey = keyof typeof codeHelpMessages;

/** The tips of each channel, in order. */
export const helpTips: Readonly<Record<VkCodeChannel, readonly CodeHelpMessageKey[]>> = {
  email: ['code.help.email.spam', 'code.help.email.address', 'code.help.email.mailbox', 'code.help.email.wait', 'code.help.email.whitelist', 'code.help.email.relay'],
  sms: ['code.help.sms.signal', 'code.help.sms.number', 'code.help.sms.carrier', 'code.help.sms.wait'],
  totp: ['code.help.totp.clock', 'code.help.totp.account', 'code.help.totp.window'],
  recovery: ['code.help.recovery.where', 'code.help.recovery.once'],
};
