import { defineElement } from '../../core/define.js';
import { VkCodeInput } from './code-input.js';

defineElement('vk-code-input', VkCodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'vk-code-input': VkCodeInput;
  }
}

export { VkCodeInput };
export * from './code-input.events.js';
