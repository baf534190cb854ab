import { defineElement } from '../../core/define.js';
import { VkResetFlow } from './reset-flow.js';

defineElement('vk-reset-flow', VkResetFlow);

declare global {
  interface HTMLElementTagNameMap {
    'vk-reset-flow': VkResetFlow;
  }
}

export { VkResetFlow };
