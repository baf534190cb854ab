/**
 * The demo account, shared by the stories, the partner page and the walk test. Plain data, as a
 * host would pass it; the right answers to the questionnaire live only in demo/mock-backend.ts.
 */
import { demoDestinations, type DemoAnswer } from './mock-backend.js';

export { demoAccount, demoFactors } from './mock-backend.js';

export interface DemoFactor {
  kind: 'email' | 'phone' | 'totp';
  bound: boolean;
  masked?: string;
}

/** An account with no authenticator bound. */
export const demoFactorsWithoutAuthenticator: DemoFactor[] = [
  { kind: 'email', bound: true, masked: demoDestinations.email },
  { kind: 'phone', bound: true, masked: demoDestinations.sms },
  { kind: 'totp', bound: false },
];

export interface DemoQuestion {
  id: string;
  type: 'single' | 'multiple' | 'text' | 'address' | 'amount';
  prompt: string;
  options?: { id: string; label: string }[];
  allowDontRemember?: boolean;
  placeholder?: string;
  network?: string;
  asset?: string;
  min?: number;
  max?: number;
  unit?: string;
  required?: boolean;
}

/**
 * The Account Information Questionnaire of the demo account (seed 001) and CoinEx-style
 * questions with one or more right answers (seed 002). Host data: the prompts are the host's text.
 */
export const demoQuestions: DemoQuestion[] = [
  {
    id: 'recent-trade',
    type: 'single',
    prompt: 'Which pair did you trade most recently?',
    options: [
      { id: 'btc-usdt', label: 'BTC/USDT' },
      { id: 'eth-usdt', label: 'ETH/USDT' },
      { id: 'sol-usdt', label: 'SOL/USDT' },
    ],
    allowDontRemember: true,
  },
  {
    id: 'holdings',
    type: 'multiple',
    prompt: 'Which assets do you hold on this account? Tick every one.',
    options: [
      { id: 'btc', label: 'Bitcoin (BTC)' },
      { id: 'eth', label: 'Ether (ETH)' },
      { id: 'usdt', label: 'Tether (USDT)' },
      { id: 'doge', label: 'Dogecoin (DOGE)' },
    ],
  },
  { id: 'anti-phishing', type: 'text', prompt: 'What is your anti-phishing code?', allowDontRemember: true },
  {
    id: 'withdrawal-address',
    type: 'address',
    prompt: 'Which address do you withdraw USDT to most often?',
    network: 'ERC20',
    asset: 'USDT',
    placeholder: '0x…',
    allowDontRemember: true,
  },
  { id: 'deposit-amount', type: 'amount', prompt: 'About how much was your first deposit?', unit: 'USDT', min: 0, max: 1_000_000 },
];

/** Plausible but wrong answers. */
export const demoWrongAnswers: Record<string, DemoAnswer> = {
  'recent-trade': { choice: 'eth-usdt' },
  holdings: { choices: ['eth'] },
  'anti-phishing': { text: 'green-fox' },
  'withdrawal-address': { dontRemember: true },
  'deposit-amount': { min: 100, max: 500 },
};
