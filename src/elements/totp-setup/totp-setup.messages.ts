import type { Message } from '../../core/i18n.js';

/** English messages of `<vk-totp-setup>`. Hosts override any key through `<vk-provider .messages>`. */
export const totpSetupMessages = {
  'totp.title': 'Link an authenticator app',
  'totp.step': 'Step {current} of {total}',
  'totp.scan.heading': 'Scan the QR code',
  'totp.scan.instructions': 'Open your authenticator app (for example Google Authenticator), tap “+” and scan this code.',
  'totp.qr.label': 'QR code that adds {label} to your authenticator app',
  'totp.label.advice': 'The new entry in your app is named “{label}”. If you have several entries, always use this one for this account.',
  'totp.manual.toggle': 'Can’t scan the code?',
  'totp.manual.instructions': 'In your app, choose “Enter a setup key”, name the entry “{label}”, type this key and choose time-based.',
  'totp.manual.keyLabel': 'Setup key',
  'totp.copy': 'Copy key',
  'totp.copied': 'Key copied.',
  'totp.copyDenied': 'This browser did not allow copying. The key is selected: copy it with your keyboard, or type it in your app.',
  'totp.next': 'Next: enter a code',
  'totp.back': 'Back to the QR code',
  'totp.verify.heading': 'Enter the code from your app',
  'totp.verify.instructions': 'Type the {digits}-digit code your app shows for “{label}”. It changes every {period}; enter it before it changes.',
  'totp.noKey': 'Preparing your setup key…',
  'totp.generate.failed': 'We could not prepare your setup key. Try again.',
  'totp.skew.ahead': 'Your device’s clock is {difference} ahead. Codes will be refused until it is right: turn on automatic date and time in your phone’s settings.',
  'totp.skew.behind': 'Your device’s clock is {difference} behind. Codes will be refused until it is right: turn on automatic date and time in your phone’s settings.',
  'totp.withdrawalNotice': 'For your security, withdrawals, fiat and P2P selling are paused for {duration} after you change or reset your authenticator.',
  'totp.linked.heading': 'Authenticator linked',
  'totp.linked.body': 'Your authenticator app is linked. Its entry is “{label}”.',
  'totp.linked.bodyNoLabel': 'Your authenticator app is linked.',
  'totp.allRequired': 'This account must keep an authenticator app, a phone number and an e-mail address bound, so the authenticator cannot be unlinked. Reset it to move to a new one.',
  'totp.unlink': 'Unlink authenticator',
  'totp.reset': 'Lost your authenticator? Reset it',
  'totp.newPhone.heading': 'Moving to a new phone?',
  'totp.newPhone.body':
    'Before you reset or give away your old phone, open your authenticator app there and use its export option (in Google Authenticator: Transfer accounts, then Export accounts). Scan the export QR code with the app on your new phone, then check that the new phone shows the same codes. If you no longer have the old phone, reset your authenticator instead.',
  'totp.unlinking.heading': 'Unlink your authenticator',
  'totp.unlinking.body': 'Enter a current code from your app to confirm. Without an authenticator, your account is less protected.',
  'totp.unlinked': 'Authenticator unlinked.',
  'totp.pendingReview.heading': 'Reset under review',
  'totp.pendingReview.body': 'We are reviewing your request to reset your authenticator. This usually takes about one business day; we will e-mail you when it is done.',
} as const satisfies Record<string, Message>;

export type TotpSetupMessageKey = keyof typeof totpSetupMessages;
