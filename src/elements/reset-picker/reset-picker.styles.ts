import { css } from 'lit';

export const resetPickerStyles = css`
  :host {
    --_gap: var(--vk-reset-picker-gap, calc(var(--_vk-space) * 2));
    --_factor-bg: var(--vk-reset-picker-factor-background, var(--_vk-bg));
    --_factor-border: var(--vk-reset-picker-factor-border-color, var(--_vk-border));
    --_notice-bg: var(--vk-reset-picker-notice-background, var(--_vk-bg-subtle));
  }
  form,
  .panel {
    display: grid;
    gap: var(--_gap);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_vk-space);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_vk-space) / 2);
  }
  .hint,
  .detail {
    color: var(--_vk-muted);
    margin: 0;
  }
  .factor,
  .agreement {
    display: flex;
    align-items: center;
    gap: var(--_vk-space);
    min-block-size: 44px;
    padding-block: calc(var(--_vk-space) / 2);
    padding-inline: calc(var(--_vk-space) * 1.5);
    border: 1px solid var(--_factor-border);
    border-radius: var(--_vk-radius);
    background: var(--_factor-bg);
    cursor: pointer;
  }
  .agreement {
    border: none;
    padding-inline: 0;
    background: none;
    align-items: flex-start;
  }
  .factor[data-unbound] {
    cursor: default;
    color: var(--_vk-muted);
  }
  .factor:has(input:checked) {
    border-color: var(--_vk-accent);
  }
  .factor-text {
    display: grid;
  }
  input[type='checkbox'] {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    flex: none;
    accent-color: var(--_vk-accent);
  }
  .agreement input {
    margin-block-start: 2px;
  }
  .error {
    color: var(--_vk-danger);
    margin: 0;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_vk-space) * 1.5);
    border-radius: var(--_vk-radius);
    background: var(--_notice-bg);
    display: grid;
    gap: var(--_vk-space);
  }
  .notice p,
  .notice ul {
    margin: 0;
  }
  .notice ul {
    padding-inline-start: calc(var(--_vk-space) * 2.5);
  }
  .title {
    font-weight: 600;
    margin: 0;
  }
  .restriction {
    color: var(--_vk-warning);
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
  .feedback-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space);
  }
  .feedback {
    flex: 1 1 12rem;
    margin: 0;
  }
  .feedback[data-kind='error'] {
    color: var(--_vk-danger);
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 2px solid var(--_vk-focus);
  }
`;
