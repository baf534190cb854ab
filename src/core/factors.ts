/**
 * The account's security vocabulary, shared by `<vk-reset-picker>` and `<vk-reset-flow>` (one
 * definition, so the two can never disagree on what a factor is).
 */

/** The security items an account can lose access to. */
export const factorKinds = ['email', 'phone', 'totp'] as const;
export type FactorKind = (typeof factorKinds)[number];

/** Email and phone are the "contact" factors: without either one a logged-out user cannot sign in. */
export const contactKinds = ['email', 'phone'] as const satisfies readonly FactorKind[];
export type ContactKind = (typeof contactKinds)[number];

export const kycLevels = ['none', 'basic', 'advanced'] as const;
export type KycLevel = (typeof kycLevels)[number];

/** What the restriction after a reset blocks, worded per exchange: withdrawals, fiat trading, C2C selling, P2P trading. */
export const restrictedItems = ['withdrawals', 'fiat', 'c2c', 'p2p'] as const;
export type RestrictedItem = (typeof restrictedItems)[number];

/** Logged out with neither e-mail nor phone left: reset everything anyway (MEXC) or migrate to a new account (OKX case 3). */
export const allLostModes = ['reset', 'migrate'] as const;
export type AllLostMode = (typeof allLostModes)[number];
