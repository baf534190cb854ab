/**
 * The demo account, shared by the stories, the partner page and the walk test. Plain data, as a
 * host would pass it; the right answers to the questionnaire live only in demo/mock-backend.ts.
 */
import { demoDestinations } from './mock-backend.js';

export interface DemoFactor {
  kind: 'email' | 'phone' | 'totp';
  bound: boolean;
  masked?: string;
}

/** E-mail, phone and authenticator all bound (the MEXC / CoinEx case). */
export const demoFactors: DemoFactor[] = [
  { kind: 'email', bound: true, masked: demoDestinations.email },
  { kind: 'phone', bound: true, masked: demoDestinations.sms },
  { kind: 'totp', bound: true, masked: 'Google Authenticator' },
];

/** An account with no authenticator bound. */
export const demoFactorsWithoutAuthenticator: DemoFactor[] = [
  { kind: 'email', bound: true, masked: demoDestinations.email },
  { kind: 'phone', bound: true, masked: demoDestinations.sms },
  { kind: 'totp', bound: false },
];

/** Who the statement and video sheet are about. */
export const demoAccount = {
  uid: '48213377',
  email: 'jane.doe@example.com',
  phone: '+44 7700 900321',
  reason: 'Lost my phone with the authenticator app',
} as const;
