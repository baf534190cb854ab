/** What the element shows. The host sets `linked` or `pending-review`; `unlinking` is the user's confirm step. */
export const TOTP_SETUP_STATES = ['setup', 'linked', 'unlinking', 'pending-review'] as const;
export type VkTotpSetupState = (typeof TOTP_SETUP_STATES)[number];

/** Why a code is being checked. */
export const TOTP_VERIFY_PURPOSES = ['link', 'unlink'] as const;
export type VkTotpVerifyPurpose = (typeof TOTP_VERIFY_PURPOSES)[number];
