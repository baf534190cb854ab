import { css } from 'lit';

export const codeInputStyles = css`
  :host {
    --_slot-size: var(--vk-code-input-slot-size, 3rem);
    --_slot-height: var(--vk-code-input-slot-height, 3.25rem);
    --_gap: var(--vk-code-input-gap, var(--_vk-space));
    --_slot-border: var(--vk-code-input-slot-border-color, var(--_vk-border));
    --_slot-bg: var(--vk-code-input-slot-background, var(--_vk-bg));
    --_code-size: var(--vk-code-input-font-size, 1.5rem);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_vk-space);
    max-width: 100%;
  }
  .label {
    font-weight: 600;
  }
  .destination,
  .status,
  .timer,
  .links {
    margin: 0;
  }
  .destination,
  .timer {
    color: var(--_vk-muted);
  }
  .vk-button .timer {
    color: inherit;
  }
  .status:empty {
    display: none;
  }
  .status[data-tone='danger'] {
    color: var(--_vk-danger);
  }
  .status[data-tone='success'] {
    color: var(--_vk-success);
  }
  /* One real input lies over the slot boxes: taps, paste and OTP autofill all reach it. */
  .field {
    position: relative;
    display: inline-grid;
    max-width: 100%;
    align-self: flex-start;
  }
  .slots {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, var(--_slot-size));
    gap: var(--_gap);
  }
  /* Recovery codes: smaller slots in groups of four (or five) that wrap as a whole. */
  :host([channel='recovery']) {
    --_slot-size: var(--vk-code-input-slot-size, 2.25rem);
    --_code-size: var(--vk-code-input-font-size, 1.25rem);
  }
  :host([channel='recovery']) .slots {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) calc(var(--_gap) * 2);
  }
  .group {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--_slot-size);
    gap: calc(var(--_gap) / 2);
  }
  .slot {
    display: grid;
    place-items: center;
    min-height: max(44px, var(--_slot-height));
    min-width: 0;
    border: 1px solid var(--_slot-border);
    border-radius: var(--_vk-radius);
    background: var(--_slot-bg);
    font-size: var(--_code-size);
    font-variant-numeric: tabular-nums;
    transition:
      border-color var(--_vk-duration),
      box-shadow var(--_vk-duration);
  }
  .slot[part~='slot-active'] {
    border-color: var(--_vk-focus);
    box-shadow: 0 0 0 2px var(--_vk-focus);
  }
  .input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    outline: none;
    background: transparent;
    color: transparent;
    caret-color: transparent;
    /* 16px keeps iOS from zooming on focus. */
    font-size: 16px;
    letter-spacing: 0;
    cursor: text;
  }
  .input::selection {
    background: transparent;
  }
  .input:disabled {
    cursor: not-allowed;
  }
  :host([disabled]) .slots {
    opacity: 0.55;
  }
  :host(:state(wrong)) .slot,
  :host(:state(expired)) .slot {
    border-color: var(--_vk-danger);
  }
  :host(:state(success)) .slot {
    border-color: var(--_vk-success);
  }
  :host(:state(locked)) .slots {
    opacity: 0.55;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space);
  }
  .actions:empty {
    display: none;
  }
  .window-timer {
    display: flex;
    align-items: center;
    gap: var(--_vk-space);
  }
  .window {
    inline-size: 6rem;
    block-size: 0.375rem;
    accent-color: var(--_vk-accent);
  }
  .lock {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_vk-space) / 2);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_vk-space) * 2);
  }
  .links .vk-link {
    min-height: 44px;
  }
  .help summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    color: var(--_vk-accent);
  }
  .help ul {
    margin: 0 0 var(--_vk-space);
    padding-inline-start: calc(var(--_vk-space) * 2.5);
    color: var(--_vk-muted);
  }
`;
