import { defineElement } from '../../core/define.js';
import { VkQuestionnaire } from './questionnaire.js';

defineElement('vk-questionnaire', VkQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'vk-questionnaire': VkQuestionnaire;
  }
}

export { VkQuestionnaire };
