import type { Message } from '../src/core/i18n.js';

/** English text of the demo's own UI (the inbox beside each story and the partner page). */
export const demoMessages = {
  'demo.inbox.title': 'Demo inbox',
  'demo.inbox.explainer': 'Codes the mock backend "sent". Nothing leaves your browser.',
  'demo.inbox.empty': 'No code sent yet. Press "Get code".',
  'demo.inbox.email': 'E-mail to {destination}',
  'demo.inbox.sms': 'SMS to {destination}',
  'demo.inbox.code': 'Verification code {code}',
  'demo.inbox.expires': 'Valid until {time}',
  'demo.inbox.expired': 'Expired',
  'demo.inbox.totp': 'Authenticator app (demo account)',
  'demo.inbox.totpCode': 'Current code {code}',
  'demo.inbox.totpLeft': { one: 'Changes in {count} second', other: 'Changes in {count} seconds' },
  'demo.inbox.mode': 'Backend mode: {mode}',
  'demo.faceScan.title': 'Face scan (the host\'s own step)',
  'demo.faceScan.pass': 'Simulate a passed face scan',
  'demo.humanCheck.title': 'Human check (the host\'s own step)',
  'demo.humanCheck.pass': 'I am not a robot',
  'demo.mode.normal': 'normal',
  'demo.mode.slow': 'slow network',
  'demo.mode.offline': 'network failure',
  'demo.mode.locked': 'locked account',
  'demo.mode.wrong': 'wrong answers',
} as const satisfies Record<string, Message>;
