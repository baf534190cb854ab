import { defineElement } from '../../core/define.js';
import { VkRecoveryCodes } from './recovery-codes.js';

defineElement('vk-recovery-codes', VkRecoveryCodes);

declare global {
  interface HTMLElementTagNameMap {
    'vk-recovery-codes': VkRecoveryCodes;
  }
}

export { VkRecoveryCodes };
export * from './recovery-codes.events.js';
