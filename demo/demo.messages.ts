import type { Message } from '../src/core/i18n.js';

/**
 * English text of the demo's own UI: the inbox beside each story and on the partner page, the
 * mock backend's own messages, the host steps put in the flow's slots, and the partner page's
 * chrome. Translated in demo/locales/<tag>.ts (registered by `registerDemoMessages()`).
 */
export const demoMessages = {
  'demo.inbox.title': 'Demo inbox',
  'demo.inbox.explainer': 'Codes the mock backend "sent". Nothing leaves your browser.',
  'demo.inbox.empty': 'No code sent yet. Press "Get code".',
  'demo.inbox.email': 'E-mail to {destination}',
  'demo.inbox.sms': 'SMS to {destination}',
  'demo.inbox.email.new': 'E-mail to your new address {destination}',
  'demo.inbox.sms.new': 'SMS to your new number {destination}',
  'demo.inbox.code': 'Verification code {code}',
  'demo.inbox.expires': 'Valid until {time}',
  'demo.inbox.expired': 'Expired',
  'demo.inbox.replaced': 'Replaced by a newer code: no longer valid',
  'demo.inbox.totp': 'Authenticator app (demo account)',
  'demo.inbox.totpCode': 'Current code {code}',
  'demo.inbox.totpLeft': { one: 'Changes in {count} second', other: 'Changes in {count} seconds' },
  'demo.inbox.mode': 'Backend mode: {mode}',
  'demo.inbox.modeLabel': 'Backend mode',

  'demo.mode.normal': 'normal',
  'demo.mode.slow': 'slow network',
  'demo.mode.flaky': 'unstable network (every 3rd upload drops)',
  'demo.mode.offline': 'network failure',
  'demo.mode.locked': 'locked account',
  'demo.mode.wrong': 'wrong answers',

  'demo.backend.replacedCode': 'A newer code was sent; use the latest one.',
  'demo.backend.totpNotSent': 'Authenticator codes are not sent.',
  'demo.backend.noNewContact': 'Enter your new contact first.',

  'demo.faceScan.title': "Face scan (the host's own step)",
  'demo.faceScan.pass': 'Simulate a passed face scan',
  'demo.humanCheck.title': "Human check (the host's own step)",
  'demo.humanCheck.pass': 'I am not a robot',

  'demo.handoff.computer': 'Computer',
  'demo.handoff.phone': 'Phone',
  'demo.handoff.scan': 'Scan the computer’s code',
  'demo.handoff.hint': 'On the computer, press “Continue on your phone”, then scan its code here. The two sides share the mock backend through a BroadcastChannel, as two devices would share your server.',

  'demo.partner.documentTitle': 'Reset security verification · Example Exchange (verikit demo)',
  'demo.partner.title': 'Reset security verification',
  'demo.partner.intro': 'A plain page wired as a partner would wire it. The journey runs on an in-browser mock backend: codes arrive in the demo inbox.',
  'demo.partner.language': 'Language',
  'demo.partner.support': 'Help',
  'demo.partner.inboxToggle': 'Demo inbox',
  'demo.partner.inboxNew': { one: '{count} new code', other: '{count} new codes' },
  'demo.partner.inboxClose': 'Close',

  'demo.host.title': 'What the host page does next',
  'demo.host.dismiss': 'OK',
  'demo.host.support': 'The host would now open its support chat.',
  'demo.host.migration': 'The host would now open its new-account migration, with a face scan.',
  'demo.host.passwordForgot': 'The host would now open its password reset page.',
  'demo.host.verificationReset': 'The host would now open "Reset security verification". You are already there: use Back to change the items you lost.',
  'demo.host.faceScan': 'The host would now start its face scan. Here, the button in the step simulates it.',
  'demo.host.totpReset': 'The host would now open the reset of the authenticator app.',
  'demo.host.codeLock': 'Too many wrong codes. The host would now offer its support chat.',
  'demo.host.complete': 'The host would now show your account page and e-mail you a copy of the request.',
  'demo.host.unlock': 'The host would now open its password reset, or its security verification reset, to unlock the account sooner.',
  'demo.host.login': 'The host would now open its login page.',
} as const satisfies Record<string, Message>;

export type DemoMessageKey = keyof typeof demoMessages;

/** A translation of the demo's UI: every key, no other (a missing key is a type error). */
export type DemoCatalog = Readonly<Record<DemoMessageKey, Message>>;
