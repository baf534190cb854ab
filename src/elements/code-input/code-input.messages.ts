import type { MessageCatalog } from '../../core/i18n.js';
import type { VkCodeChannel } from './code-input.types.js';

/**
 * English messages of `<vk-code-input>`. Hosts override any key through `<vk-provider .messages>`
 * or register other locales with `registerMessages(locale, catalog)`. Waiting, network, cancel and
 * "Try again" are the shared `request.*` messages; the code's own wording of pending and error stays here.
 */
export const codeInputMessages = {
  'code.label.email': 'Email verification code',
  'code.label.sms': 'SMS verification code',
  'code.label.totp': 'Authenticator app code',
  'code.hint': 'Enter the {count}-digit code.',
  'code.hintAlphanumeric': 'Enter the {count}-character code.',
  'code.getCode': 'Get code',
  'code.resend': 'Resend code',
  'code.resendIn': 'in {time}',
  'code.verify': 'Verify',
  'code.requesting': 'Sending the code…',
  'code.sent': 'We sent you a code.',
  'code.sendTo': "We'll send the code to {destination}",
  'code.sentTo': 'Code sent to {destination}',
  'code.expiresIn': 'Code expires in {time}',
  'code.oneMinuteLeft': 'The code expires in 1 minute.',
  'code.expired': 'This code has expired. Get a new code.',
  'code.totpWindow': 'Current code changes in {time}',
  'code.verifying': 'Checking the code…',
  'code.verified': 'Code verified.',
  'code.wrong': 'Wrong code. Please try again.',
  'code.attemptsLeft': {
    one: 'Wrong code. {count} attempt left.',
    other: 'Wrong code. {count} attempts left.',
  },
  'code.locked': 'Too many attempts. Try again in {duration}.',
  'code.lockedUntil': 'Verification is locked until {time}.',
  'code.unlocksIn': 'Unlocks in {time}',
  'code.unlocked': 'You can try again now.',
  'code.rateLimited': 'Too many requests. You can ask for a new code in {duration}.',
  'code.error': 'Verification error, please try again.',
  'code.required': 'Enter the verification code.',
  'code.incomplete': {
    one: 'Enter all {count} character of the code.',
    other: 'Enter all {count} characters of the code.',
  },
  'code.forgotPassword': 'Forgot password?',
  'code.resetVerification': 'Reset security verification',
  'code.help.summary.email': "Didn't receive the code?",
  'code.help.summary.sms': "Didn't receive the code?",
  'code.help.summary.totp': 'Code not working?',
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
} as const satisfies MessageCatalog;

export type CodeInputMessageKey = keyof typeof codeInputMessages;

/** Tips under "Didn't receive the code?" (or "Code not working?"), per channel. */
export const helpTips: Readonly<Record<VkCodeChannel, readonly CodeInputMessageKey[]>> = {
  email: ['code.help.email.spam', 'code.help.email.address', 'code.help.email.mailbox', 'code.help.email.wait', 'code.help.email.whitelist', 'code.help.email.relay'],
  sms: ['code.help.sms.signal', 'code.help.sms.number', 'code.help.sms.carrier', 'code.help.sms.wait'],
  totp: ['code.help.totp.clock', 'code.help.totp.account', 'code.help.totp.window'],
};
