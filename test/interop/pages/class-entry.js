// `verikit/code-input/class` must register nothing: a host can pick its own tag name.
import { VkCodeInput, VkCodeSubmitEvent } from 'verikit/code-input/class';
import { log } from './host.js';

log({ type: 'defined-before', value: customElements.get('vk-code-input') !== undefined });
customElements.define('partner-code-input', VkCodeInput);
const input = document.createElement('partner-code-input');
input.setAttribute('channel', 'totp');
input.addEventListener(VkCodeSubmitEvent.eventName, (event) => {
  log({ type: event.type, code: event.detail.code });
  event.detail.respond({ ok: true });
});
document.body.append(input);
window.verikitReady = true;
