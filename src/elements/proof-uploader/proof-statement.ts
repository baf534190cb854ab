/**
 * The text to write by hand (verification video, selfie with a statement): what the slot's
 * statement says, with a missing account value shown as missing (never an empty line), a button
 * that copies it, and a print stylesheet (proof-uploader.styles.ts) that prints it large on its own.
 */
import { html, type TemplateResult } from 'lit';
import type { VkElement } from '../../core/base-element.js';
import { dateFormat } from '../../core/i18n.js';
import { isProofMessageKey, type ProofMessageKey } from './proof-uploader.messages.js';
import type { ProofText } from './proof-uploader.schema.js';

type Host = VkElement<ProofMessageKey>;

/** The statement last copied, per element, so its button says "Copied" until another is copied. */
const copied = new WeakMap<Host, string>();

/** The statement in the user's locale: dates written out ("23 November 2026": no day/month mix-up), a verbatim phrase as given. */
export function statementText(host: Host, locale: string, statement: ProofText): string {
  if (typeof statement === 'string') return statement;
  if (!isProofMessageKey(statement.key)) return statement.key;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(statement.params ?? {})) {
    params[name] = value instanceof Date ? dateFormat(locale, { dateStyle: 'long' }).format(value) : value === '' ? host.t('proof.statement.missing') : value;
  }
  return host.t(statement.key, params);
}

async function copy(host: Host, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    copied.set(host, text);
    host.announce(host.t('proof.statement.copied'));
  } catch {
    copied.delete(host);
    host.announce(host.t('proof.statement.copyFailed'));
  }
  host.requestUpdate();
}

export function renderStatement(host: Host, locale: string, statement: ProofText): TemplateResult {
  const text = statementText(host, locale, statement);
  return html`<figure part="statement" class="statement">
    <figcaption>${host.t('proof.statement.label')}</figcaption>
    <p class="statement-text" dir="auto">${text}</p>
    <button type="button" part="copy-button" class="vk-button" data-variant="secondary" @click=${() => void copy(host, text)}>
      ${host.t(copied.get(host) === text ? 'proof.statement.copied' : 'proof.statement.copy')}
    </button>
  </figure>`;
}
