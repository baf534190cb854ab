/** The custom states `<vk-recovery-codes>` exposes as `:state(…)`. */
export const recoveryCodesStates = ['empty', 'confirming', 'pending', 'saved', 'printing'] as const;
export type VkRecoveryCodesState = (typeof recoveryCodesStates)[number];

/** How the user kept the codes before Continue (reported in `vk-recovery-codes-saved`). */
export const recoveryCodesSaveMethods = ['copy', 'download', 'print'] as const;
export type VkRecoveryCodesSaveMethod = (typeof recoveryCodesSaveMethods)[number];

/**
 * The characters verikit expects recovery codes to be made of: digits 2–9 and capital letters
 * without I, L and O, so that no code can be misread (0/O, 1/I/L). Codes from the host with other
 * letters or digits are shown as given, with a developer warning.
 */
export const recoveryCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Code characters (letters and digits, separators not counted) a recovery code may have. */
export const minRecoveryCodeLength = 4;
export const maxRecoveryCodeLength = 16;
