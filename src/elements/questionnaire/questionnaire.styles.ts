import { css } from 'lit';

export const questionnaireStyles = css`
  :host {
    --_gap: var(--vk-questionnaire-gap, calc(var(--_vk-space) * 2));
    --_question-border: var(--vk-questionnaire-question-border-color, var(--_vk-border));
    --_option-bg: var(--vk-questionnaire-option-background, var(--_vk-bg));
  }
  form,
  .panel {
    display: grid;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--_vk-muted);
  }
  .hint-line {
    display: block;
  }
  .progress {
    display: grid;
    gap: calc(var(--_vk-space) / 2);
  }
  progress {
    inline-size: 100%;
    block-size: 6px;
    accent-color: var(--_vk-accent);
  }
  .question {
    margin: 0;
    padding: calc(var(--_vk-space) * 1.5);
    border: 1px solid var(--_question-border);
    border-radius: var(--_vk-radius);
    display: grid;
    gap: var(--_vk-space);
    min-inline-size: 0;
  }
  .question[data-invalid] {
    border-color: var(--_vk-danger);
  }
  legend {
    display: grid;
    padding: 0;
    float: inline-start;
    inline-size: 100%;
  }
  legend + * {
    clear: both;
  }
  .number {
    font-size: 0.875em;
    color: var(--_vk-muted);
  }
  .prompt {
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: calc(var(--_vk-space) / 2);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_vk-space);
    min-block-size: 44px;
    padding-inline: var(--_vk-space);
    border-radius: var(--_vk-radius);
    background: var(--_option-bg);
    cursor: pointer;
  }
  .choice input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    flex: none;
    accent-color: var(--_vk-accent);
  }
  .text {
    font: inherit;
    inline-size: 100%;
    min-block-size: 44px;
    padding-inline: calc(var(--_vk-space) * 1.5);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: inherit;
  }
  .text[aria-invalid='true'] {
    border-color: var(--_vk-danger);
  }
  .text:disabled {
    opacity: 0.6;
  }
  .range {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: var(--_vk-space);
  }
  .range-end {
    display: grid;
    gap: calc(var(--_vk-space) / 2);
  }
  .error {
    color: var(--_vk-danger);
  }
  .summary {
    padding: calc(var(--_vk-space) * 1.5);
    border-inline-start: 4px solid var(--_vk-warning);
    background: var(--_vk-bg-subtle);
    border-radius: var(--_vk-radius);
    display: grid;
    gap: calc(var(--_vk-space) / 2);
  }
  .title {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space);
  }
  .actions .vk-button {
    flex: 1 1 12rem;
  }
  .panel:focus,
  .summary:focus {
    outline: none;
  }
  .panel:focus-visible,
  .summary:focus-visible {
    outline: 2px solid var(--_vk-focus);
  }
`;
