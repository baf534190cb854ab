/** `verikit/totp-setup/class`: <vk-totp-setup>'s class, events and types; registers nothing. */
export * from './elements/totp-setup/totp-setup.js';
export * from './elements/totp-setup/totp-setup.events.js';
export * from './elements/totp-setup/totp-setup.types.js';
export type * from './elements/totp-setup/totp-setup.schema.js';
