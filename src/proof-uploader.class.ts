/** `verikit/proof-uploader/class`: <vk-proof-uploader>'s class, events and types; registers nothing. */
export * from './elements/proof-uploader/proof-uploader.js';
export * from './elements/proof-uploader/proof-uploader.events.js';
export * from './elements/proof-uploader/proof-uploader.types.js';
export type * from './elements/proof-uploader/proof-uploader.schema.js';
export * from './elements/proof-uploader/proof-handoff.events.js';
export type * from './elements/proof-uploader/proof-handoff.schema.js';
