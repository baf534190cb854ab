/** `verikit/reset-picker`: registers <vk-reset-picker> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/reset-picker/class` does. */
import './elements/reset-picker/vk-reset-picker.js';
export * from './reset-picker.class.js';
