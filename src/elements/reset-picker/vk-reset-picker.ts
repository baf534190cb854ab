import { defineElement } from '../../core/define.js';
import { VkResetPicker } from './reset-picker.js';

defineElement('vk-reset-picker', VkResetPicker);

declare global {
  interface HTMLElementTagNameMap {
    'vk-reset-picker': VkResetPicker;
  }
}

export { VkResetPicker };
