/** Where a code comes from: a code sent by e-mail or SMS, or an authenticator app (TOTP). */
export const codeChannels = ['email', 'sms', 'totp'] as const;
export type VkCodeChannel = (typeof codeChannels)[number];

/** The custom states the element exposes as `:state(…)`. */
export const codeInputStates = ['pending', 'success', 'wrong', 'expired', 'locked', 'sent'] as const;
export type VkCodeInputState = (typeof codeInputStates)[number];

/** Allowed code lengths. */
export const minCodeLength = 4;
export const maxCodeLength = 10;
export const defaultCodeLength = 6;
