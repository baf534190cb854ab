import { answerOnDocument, log } from './host.js';
import { VkCodeInput } from '/dist/verikit.min.js';

answerOnDocument();
// The CDN bundle also exports the classes: the registered tag is this very class.
log({ type: 'same-class', value: customElements.get('vk-code-input') === VkCodeInput });
window.verikitReady = true;
