/** `verikit/totp-setup`: registers <vk-totp-setup> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/totp-setup/class` does. */
import './elements/totp-setup/vk-totp-setup.js';
export * from './totp-setup.class.js';
