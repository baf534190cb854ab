/** `verikit/reset-flow/class`: <vk-reset-flow>'s class, events and types; registers nothing. */
export * from './elements/reset-flow/reset-flow.js';
export * from './elements/reset-flow/reset-flow.events.js';
export * from './elements/reset-flow/reset-flow.types.js';
export type * from './elements/reset-flow/reset-flow.schema.js';
export { journeys } from './elements/reset-flow/journeys.js';
export type { JourneyConfig, Restriction } from './elements/reset-flow/reset-flow.machine.js';
