import { defineElement } from '../../core/define.js';
import { VkProofUploader } from './proof-uploader.js';

defineElement('vk-proof-uploader', VkProofUploader);

declare global {
  interface HTMLElementTagNameMap {
    'vk-proof-uploader': VkProofUploader;
  }
}

export { VkProofUploader };
