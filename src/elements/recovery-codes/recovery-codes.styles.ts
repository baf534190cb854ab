import { css } from 'lit';

export const recoveryCodesStyles = css`
  :host {
    --_gap: var(--vk-recovery-codes-gap, calc(var(--_vk-space) * 2));
    --_codes-bg: var(--vk-recovery-codes-background, var(--_vk-bg-subtle));
    --_code-min: var(--vk-recovery-codes-column-width, 11rem);
    max-inline-size: var(--vk-recovery-codes-max-width, 36rem);
  }
  .base,
  form,
  .panel {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25rem;
  }
  .issuer,
  .hint {
    color: var(--_vk-muted);
  }
  .issuer,
  .title {
    font-weight: 600;
  }
  .codes {
    list-style: none;
    margin: 0;
    padding: var(--_gap);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_code-min), 100%), 1fr));
    gap: var(--_vk-space);
    border: 1px dashed var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_codes-bg);
    font-family: var(--vk-font-family-mono, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    font-size: 1.125rem;
    letter-spacing: 0.08em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space);
  }
  .notice {
    padding: calc(var(--_vk-space) * 1.5);
    border-radius: var(--_vk-radius);
    background: var(--_codes-bg);
    display: grid;
    gap: var(--_vk-space);
  }
  textarea {
    font: inherit;
    font-family: var(--vk-font-family-mono, ui-monospace, monospace);
    inline-size: 100%;
    margin-block-start: calc(var(--_vk-space) / 2);
  }
  .saved {
    display: flex;
    align-items: flex-start;
    gap: var(--_vk-space);
    min-block-size: 44px;
    cursor: pointer;
  }
  input {
    inline-size: 20px;
    block-size: 20px;
    margin: 2px 0 0;
    flex: none;
    accent-color: var(--_vk-accent);
  }
  .error {
    color: var(--_vk-danger);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  /* Printed (Print button or the browser's menu): only the issuer and the codes. */
  @media print {
    :host(:state(printing)) {
      visibility: visible !important;
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 100%;
    }
    .screen {
      display: none !important;
    }
    .codes {
      border-color: #000;
      background: none;
      color: #000;
    }
  }
`;
