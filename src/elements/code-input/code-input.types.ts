/**
 * Where a code comes from: a code sent by e-mail or SMS, an authenticator app (TOTP), or one of the
 * account's recovery codes (saved earlier from `<vk-recovery-codes>`; letters and digits, grouped).
 */
export const codeChannels = ['email', 'sms', 'totp', 'recovery'] as const;
export type VkCodeChannel = (typeof codeChannels)[number];

/** The custom states the element exposes as `:state(…)`. */
export const codeInputStates = ['pending', 'success', 'wrong', 'expired', 'locked', 'sent'] as const;
export type VkCodeInputState = (typeof codeInputStates)[number];

/** Allowed code lengths: 4–10 for e-mail, SMS and authenticator codes, up to 16 for recovery codes. */
export const minCodeLength = 4;
export const maxCodeLength = 16;
export const defaultCodeLength = 6;
