import { css } from 'lit';

export const proofUploaderStyles = css`
  :host {
    --_drop-border: var(--vk-proof-uploader-drop-border-color, var(--_vk-border));
    --_drop-active: var(--vk-proof-uploader-drop-active-color, var(--_vk-accent));
    --_thumb-size: var(--vk-proof-uploader-thumbnail-size, 48px);
    --_progress-color: var(--vk-proof-uploader-progress-color, var(--_vk-accent));
  }
  .slots {
    display: grid;
    gap: calc(var(--_vk-space) * 3);
  }
  .slot {
    display: grid;
    gap: var(--_vk-space);
    padding: calc(var(--_vk-space) * 2);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
  }
  .slot-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_vk-space);
  }
  .slot-title {
    margin: 0;
    font-size: 1.1em;
  }
  .badge {
    font-size: 0.85em;
    color: var(--_vk-muted);
  }
  .guidance {
    margin: 0;
    padding-inline-start: 1.25em;
    color: var(--_vk-muted);
  }
  .statement {
    margin: 0;
    padding: var(--_vk-space) calc(var(--_vk-space) * 1.5);
    border-inline-start: 4px solid var(--_vk-accent);
    background: var(--_vk-bg-subtle);
    border-radius: var(--_vk-radius);
  }
  .statement-text {
    margin: 4px 0 0;
    white-space: pre-line;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .statement [part~='copy-button'] {
    margin-block-start: var(--_vk-space);
  }
  /* Printing the page prints the sheet to copy: only the statements, large, without the controls. */
  @media print {
    .slot:not(:has(.statement)),
    .slot > :not(.statement),
    .statement > :not(.statement-text) {
      display: none;
    }
    .slot,
    .statement {
      border: 0;
      padding: 0;
      background: none;
    }
    .statement-text {
      font-size: 20pt;
      line-height: 1.6;
      color: #000;
    }
  }
  .choice {
    display: grid;
    gap: 4px;
    justify-items: start;
  }
  select {
    font: inherit;
    min-height: 44px;
    min-width: 12em;
    max-width: 100%;
    padding: 0 var(--_vk-space);
    border: 1px solid var(--_vk-border);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg);
    color: inherit;
  }
  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_vk-space);
    padding: calc(var(--_vk-space) * 2);
    border: 2px dashed var(--_drop-border);
    border-radius: var(--_vk-radius);
    transition: border-color var(--_vk-duration), background-color var(--_vk-duration);
  }
  .drop-zone[data-active] {
    border-color: var(--_drop-active);
    background: var(--_vk-bg-subtle);
  }
  .drop-hint,
  .limits {
    color: var(--_vk-muted);
    margin: 0;
  }
  /* The native camera input only helps on touch devices; a desktop picker ignores capture. */
  .capture-button {
    display: none;
  }
  @media (pointer: coarse) {
    .capture-button {
      display: inline-block;
    }
  }
  .camera {
    display: grid;
    gap: var(--_vk-space);
    justify-items: start;
  }
  .camera video {
    width: 100%;
    max-width: 480px;
    border-radius: var(--_vk-radius);
    background: #000;
  }
  .camera-actions,
  .file-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_vk-space);
  }
  .problem,
  .rejections {
    color: var(--_vk-danger);
    margin: 0;
  }
  .rejections {
    padding-inline-start: 1.25em;
  }
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_vk-space);
  }
  .file {
    display: grid;
    grid-template-columns: var(--_thumb-size) minmax(0, 1fr);
    gap: 4px calc(var(--_vk-space) * 1.5);
    align-items: center;
    padding: var(--_vk-space);
    border-radius: var(--_vk-radius);
    background: var(--_vk-bg-subtle);
  }
  .thumbnail {
    grid-row: span 2;
    width: var(--_thumb-size);
    height: var(--_thumb-size);
    object-fit: cover;
    border-radius: calc(var(--_vk-radius) / 2);
    background: var(--_vk-border);
  }
  .file-main {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_vk-space);
    align-items: baseline;
    min-width: 0;
  }
  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .file-size,
  .file-status {
    color: var(--_vk-muted);
  }
  .file[data-status='failed'] .file-status {
    color: var(--_vk-danger);
  }
  .file[data-status='uploaded'] .file-status {
    color: var(--_vk-success);
  }
  .file-detail {
    grid-column: 2;
    display: grid;
    gap: 4px;
  }
  progress {
    width: 100%;
    height: 8px;
    accent-color: var(--_progress-color);
  }
  .file-actions .vk-button {
    min-width: 44px;
  }
`;
