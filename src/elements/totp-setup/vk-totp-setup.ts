import { defineElement } from '../../core/define.js';
import { VkTotpSetup } from './totp-setup.js';

defineElement('vk-totp-setup', VkTotpSetup);

declare global {
  interface HTMLElementTagNameMap {
    'vk-totp-setup': VkTotpSetup;
  }
}

export { VkTotpSetup };
export * from './totp-setup.events.js';
export type { VkTotpSetupState, VkTotpVerifyPurpose } from './totp-setup.types.js';
