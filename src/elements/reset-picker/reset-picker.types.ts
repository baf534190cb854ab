import { contactKinds, type FactorKind } from '../../core/factors.js';

export { factorKinds, kycLevels, type FactorKind, type KycLevel } from '../../core/factors.js';

/** Email and phone are the "contact" factors: without either one a logged-out user cannot sign in. */
export const contactFactorKinds: readonly FactorKind[] = contactKinds;

/**
 * Where the picked items lead:
 * - `none`: nothing ticked yet;
 * - `reset`: reset the ticked items after verifying the remaining ones;
 * - `face-scan-available`: like `reset`, and an advanced-KYC face scan may replace the codes;
 * - `migration`: logged out with every contact factor lost, so a reset cannot sign the user in:
 *   a new account and the phone/e-mail migration path instead;
 * - `refused`: the account is self-frozen (or the host refused the reset).
 */
export const resetRoutes = ['none', 'reset', 'face-scan-available', 'migration', 'refused'] as const;
export type ResetRoute = (typeof resetRoutes)[number];
