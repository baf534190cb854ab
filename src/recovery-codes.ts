/** `verikit/recovery-codes`: registers <vk-recovery-codes> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/recovery-codes/class` does. */
import './elements/recovery-codes/vk-recovery-codes.js';
export * from './recovery-codes.class.js';
