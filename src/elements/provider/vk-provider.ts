import { defineElement } from '../../core/define.js';
import { VkProvider } from './provider.js';

defineElement('vk-provider', VkProvider);

declare global {
  interface HTMLElementTagNameMap {
    'vk-provider': VkProvider;
  }
}

export { VkProvider };
