/** `verikit/questionnaire/class`: <vk-questionnaire>'s class, events and types; registers nothing. */
export * from './elements/questionnaire/questionnaire.js';
export * from './elements/questionnaire/questionnaire.events.js';
export * from './elements/questionnaire/questionnaire.types.js';
export type * from './elements/questionnaire/questionnaire.schema.js';
