/** `verikit/recovery-codes/class`: <vk-recovery-codes>'s class, events and types; registers nothing. */
export * from './elements/recovery-codes/recovery-codes.js';
export * from './elements/recovery-codes/recovery-codes.events.js';
export * from './elements/recovery-codes/recovery-codes.types.js';
