/** `verikit/provider`: registers <vk-provider> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/provider/class` does. */
import './elements/provider/vk-provider.js';
export * from './provider.class.js';
