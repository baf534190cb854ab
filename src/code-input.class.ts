/** `verikit/code-input/class`: <vk-code-input>'s class, events and types; registers nothing. */
export * from './elements/code-input/code-input.js';
export * from './elements/code-input/code-input.events.js';
export * from './elements/code-input/code-input.types.js';
export type * from './elements/code-input/code-input.schema.js';
