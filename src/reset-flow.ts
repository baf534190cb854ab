/** `verikit/reset-flow`: registers <vk-reset-flow> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/reset-flow/class` does. */
import './elements/reset-flow/vk-reset-flow.js';
export * from './reset-flow.class.js';
