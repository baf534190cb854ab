/** `verikit/questionnaire`: registers <vk-questionnaire> (a side effect, listed in package.json `sideEffects`) and exports what `verikit/questionnaire/class` does. */
import './elements/questionnaire/vk-questionnaire.js';
export * from './questionnaire.class.js';
