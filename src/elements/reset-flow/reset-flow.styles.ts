import { css } from 'lit';

export const resetFlowStyles = css`
  :host {
    --_gap: var(--vk-reset-flow-gap, calc(var(--_vk-space) * 2));
    max-inline-size: var(--vk-reset-flow-max-width, 40rem);
  }
  [part~='flow'] {
    display: grid;
    gap: var(--_gap);
  }
  [part~='progress'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='progress-step'] {
    flex: 1 1 0;
    min-inline-size: 1.5rem;
    block-size: 6px;
    border-radius: 3px;
    background: var(--vk-reset-flow-progress-color, var(--_vk-border));
  }
  [part~='progress-step'][data-state='done'],
  [part~='progress-step'][aria-current='step'] {
    background: var(--vk-reset-flow-progress-active-color, var(--_vk-accent));
  }
  [part~='position'] {
    margin: 0;
    color: var(--_vk-muted);
    font-size: 0.875em;
  }
  [part~='step'] {
    display: grid;
    gap: var(--_gap);
  }
  [part~='step'][hidden] {
    display: none;
  }
  [part~='heading'] {
    margin: 0;
    font-size: 1.25em;
  }
  /* Focused by the flow itself: a ring only for a user moving with the keyboard (reset-flow.focus.ts). */
  [part~='heading']:focus,
  [part~='next-missing']:focus {
    outline: none;
  }
  [part~='heading'][data-focus-ring]:focus-visible,
  [part~='next-missing'][data-focus-ring]:focus-visible {
    outline: 2px solid var(--_vk-focus);
  }
  p {
    margin: 0;
  }
  form,
  [part~='field'] {
    display: grid;
    gap: calc(var(--_vk-space) / 2);
  }
  form {
    gap: var(--_gap);
  }
  [part~='phone-fields'] {
    display: grid;
    grid-template-columns: minmax(5rem, 7rem) 1fr;
    gap: var(--_vk-space);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='password'] {
    font: inherit;
    min-block-size: 44px;
    padding: 0 var(--_vk-space);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: var(--_vk-text);
    inline-size: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_vk-danger);
  }
  [part~='terms'],
  [part~='agreement'] {
    display: flex;
    gap: var(--_vk-space);
    align-items: flex-start;
    min-block-size: 44px;
  }
  [part~='terms'] input,
  [part~='agreement'] input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
  }
  [part~='instructions'] ul {
    margin: var(--_vk-space) 0 0;
    padding-inline-start: calc(var(--_vk-space) * 2.5);
  }
  [part~='error'] {
    color: var(--_vk-danger);
  }
  [part~='verified'],
  [part~='success'] {
    color: var(--_vk-success);
  }
  [part~='next-missing'] {
    color: var(--_vk-muted);
  }
  [part~='next-missing'][part~='error'] {
    color: var(--_vk-danger);
  }
  [part~='notice'] {
    padding: var(--_vk-space) calc(var(--_vk-space) * 1.5);
    border-inline-start: 4px solid var(--_vk-warning);
    background: var(--_vk-bg-subtle);
    border-radius: var(--_vk-radius);
  }
  [part~='summary'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px var(--_gap);
    margin: 0;
  }
  [part~='summary'] dt {
    color: var(--_vk-muted);
  }
  [part~='summary'] dd {
    margin: 0;
  }
  [part~='change'] {
    min-block-size: 44px;
    margin-inline-start: var(--_vk-space);
  }
  [part~='recovery'],
  [part~='links'] button {
    min-block-size: 44px;
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_vk-space) * 2);
  }
  [part~='lock'] {
    display: grid;
    gap: calc(var(--_vk-space) / 2);
    padding: var(--_vk-space) calc(var(--_vk-space) * 1.5);
    border-inline-start: 4px solid var(--_vk-danger);
    background: var(--_vk-bg-subtle);
    border-radius: var(--_vk-radius);
  }
  [part~='lock-timer'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='password-note'],
  [part~='reset-items'] {
    color: var(--_vk-muted);
  }
  [part~='contact-choice'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_vk-space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  [part~='contact-choice'] legend {
    inline-size: 100%;
    padding: 0;
    margin-block-end: calc(var(--_vk-space) / 2);
  }
  [part~='choice'] {
    display: flex;
    gap: var(--_vk-space);
    align-items: center;
    min-block-size: 44px;
  }
  [part~='choice'] input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
  }
  [part~='support'],
  [part~='login'] {
    justify-self: start;
  }
  [part~='nav'] {
    display: flex;
    justify-content: space-between;
    gap: var(--_vk-space);
  }
  [part~='nav'] [part~='next'] {
    margin-inline-start: auto;
  }
`;
