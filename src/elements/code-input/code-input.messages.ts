import type { MessageCatalog } from '../../core/i18n.js';

/**
 * English messages of `<vk-code-input>`. Hosts override any key through `<vk-provider .messages>`
 * or register other locales with `registerMessages(locale, catalog)`. Waiting, network, cancel and
 * "Try again" are the shared `request.*` messages; the code's own wording of pending and error stays here.
 * The help's tips (`code.help.<channel>.*`) are in `code-input.help.ts`, downloaded when the help is first opened.
 */
export const codeInputMessages = {
  'code.label.email': 'E-mail verification code',
  'code.label.sms': 'SMS verification code',
  'code.label.totp': 'Authenticator app code',
  'code.label.recovery': 'Recovery code',
  'code.hint': 'Enter the {count}-digit code.',
  'code.hintAlphanumeric': 'Enter the {count}-character code.',
  'code.hintRecovery': 'Enter one of your {count}-character recovery codes. Dashes and spaces do not matter.',
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
  'code.help.summary.recovery': "Can't find your codes?",
} as const satisfies MessageCatalog;

export type CodeInputMessageKey = keyof typeof codeInputMessages;

