/** `verikit/proof-uploader`: registers <vk-proof-uploader> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/proof-uploader/class` does. */
import './elements/proof-uploader/vk-proof-uploader.js';
export * from './proof-uploader.class.js';
