/** `verikit/reset-picker/class`: <vk-reset-picker>'s class, events and types; registers nothing. */
export * from './elements/reset-picker/reset-picker.js';
export * from './elements/reset-picker/reset-picker.events.js';
export * from './elements/reset-picker/reset-picker.types.js';
export type * from './elements/reset-picker/reset-picker.schema.js';
