/** `verikit/code-input`: registers <vk-code-input> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/code-input/class` does. */
import './elements/code-input/vk-code-input.js';
export * from './code-input.class.js';
