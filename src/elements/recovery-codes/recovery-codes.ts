import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../../core/base-element.js';
import { VkDeveloperError } from '../../core/errors.js';
import type { AnswerSchema } from '../../core/events.js';
import { checked, type Check } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import type { VkRecoveryCodesRegenerateAnswer } from './recovery-codes.answers.js';
import {
  VkRecoveryCodesRegenerateEvent,
  VkRecoveryCodesRegeneratedEvent,
  VkRecoveryCodesSavedEvent,
} from './recovery-codes.events.js';
import { ambiguousCodes, checkCodes, codeGroups, groupedCode } from './recovery-codes.format.js';
import { recoveryCodesMessages, type RecoveryCodesMessageKey } from './recovery-codes.messages.js';
import { recoveryCodesStyles } from './recovery-codes.styles.js';
import { recoveryCodeAlphabet, type VkRecoveryCodesSaveMethod } from './recovery-codes.types.js';

/**
 * The host's answer is checked by a schema loaded when the element first asks (`import()`): zod is
 * then not part of `verikit/recovery-codes`'s first download (measured with `node bench/size.mjs`:
 * lit + 8.9 KB gzip up front, against about lit + 15 KB with the schema imported statically).
 */
const regenerateAnswers: AnswerSchema<VkRecoveryCodesRegenerateAnswer> = () => import('./recovery-codes.answers.js').then((m) => m.regenerateAnswerSchema);

/** A string property; nothing (`null`, `undefined`) means empty. */
const textCheck: Check<string> = (value) =>
  typeof value === 'string' ? { ok: true, value } : value == null ? { ok: true, value: '' } : { ok: false, problem: 'must be a string' };

/** While the Print button prints: everything on the page but this element is hidden (a constructed sheet, so a strict CSP allows it). */
let printSheet: CSSStyleSheet | undefined;

/**
 * Backup codes the host's backend made, shown once so the user can keep them: a grid of grouped
 * codes (`ABCD-EFGH`), each with an accessible name that spells it group by group, "Copy all"
 * (selecting the codes when the clipboard is blocked), a `.txt` download named after the issuer
 * and the date, a print view with only the issuer and the codes, and a required "I have saved
 * these codes" tick before Continue. "Get new codes" asks the host, after a confirm step, for a
 * fresh set: the old codes stop working and are replaced on screen.
 *
 * The codes never go into an attribute, an event detail or a console message. Continue fires
 * `vk-recovery-codes-saved` (without the codes) and the element forgets them: `codes` is empty again.
 *
 * Expected alphabet: digits 2–9 and capital letters without I, L and O (`recoveryCodeAlphabet`),
 * 4–16 characters per code, grouped by the host with dashes or spaces (else in fours). Codes with
 * characters that are easy to misread are shown as given, with a developer warning naming them by
 * position.
 *
 * @summary Show backup (recovery) codes once and make sure the user saved them.
 *
 * @fires {VkRecoveryCodesRegenerateEvent} vk-recovery-codes-regenerate - Request, after the user confirmed "Get new codes": make new codes. Detail `{ respond, signal }` (no codes); answer `{ ok: true, codes } | { ok: false, reason: 'error', message? }`.
 * @fires {VkRecoveryCodesRegeneratedEvent} vk-recovery-codes-regenerated - The new codes are shown; the old ones no longer work. Detail `{ count }`.
 * @fires {VkRecoveryCodesSavedEvent} vk-recovery-codes-saved - The user ticked "I have saved these codes" and pressed Continue; the element has forgotten the codes. Detail `{ methods }` (`copy`, `download`, `print`: what the user did, never the codes).
 *
 * @csspart base - The wrapper of everything.
 * @csspart issuer - The issuer's name (printed with the codes).
 * @csspart heading - The heading.
 * @csspart intro - What the codes are for.
 * @csspart codes - The grid of codes (an ordered list).
 * @csspart code - One code.
 * @csspart empty - Shown when there are no codes.
 * @csspart actions - The Copy all / Download / Print row.
 * @csspart copy - The "Copy all" button.
 * @csspart download - The "Download (.txt)" button.
 * @csspart print - The Print button.
 * @csspart copy-status - "Codes copied." or the advice when copying was blocked.
 * @csspart codes-text - The selected text of the codes, shown when copying was blocked.
 * @csspart regenerate - The "Get new codes" button.
 * @csspart confirm - The confirm step before new codes are made.
 * @csspart confirm-regenerate - "Yes, get new codes".
 * @csspart keep - "Keep my codes" (leaves the confirm step).
 * @csspart feedback - Pending, waiting, error or cancelled text of the request for new codes.
 * @csspart cancel - Stops waiting for new codes.
 * @csspart retry - Asks for new codes again after a failure.
 * @csspart form - The saved tick and Continue.
 * @csspart saved - The "I have saved these codes" row.
 * @csspart error - The message when Continue is pressed without the tick.
 * @csspart continue - The Continue button.
 * @csspart done - The panel shown once the codes are saved.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-recovery-codes-max-width - Maximum width of the element (default `36rem`).
 * @cssprop --vk-recovery-codes-gap - Space between sections.
 * @cssprop --vk-recovery-codes-background - Background of the codes grid and the confirm step.
 * @cssprop --vk-recovery-codes-column-width - Narrowest column of the codes grid (default `11rem`).
 *
 * @cssstate empty - No codes to show.
 * @cssstate confirming - The "Get new codes" confirm step is open.
 * @cssstate pending - New codes were asked for and the host has not answered yet.
 * @cssstate saved - The user pressed Continue; the codes are gone.
 * @cssstate printing - The Print button is printing the codes.
 */
export class VkRecoveryCodes extends VkElement<RecoveryCodesMessageKey> {
  static override styles = [VkElement.styles, recoveryCodesStyles];
  static override messages = recoveryCodesMessages;

  /**
   * The codes, as the host's backend made them, e.g. `['ABCD-EFGH', …]`. Only a property (never an
   * attribute). Bad data is reported without the codes and the previous list kept; emptied at Continue.
   */
  @property({ attribute: false }) @checked(checkCodes, { secret: true }) codes: string[] = [];

  /** Who the codes are for, e.g. `Example Exchange`: shown above the heading, printed, and in the file name. */
  @property() @checked(textCheck) issuer = '';

  @state() private confirming = false;
  @state() private ticked = false;
  @state() private showTickError = false;
  @state() private done = false;
  @state() private copyStatus: 'idle' | 'copied' | 'denied' = 'idle';

  readonly #regenerate = new HostRequest(this, { onCancel: () => this.#focus('[part~="regenerate"]') });
  readonly #methods = new Set<VkRecoveryCodesSaveMethod>();
  #focusTarget: string | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('codes') || !this.codes.length) return;
    // New codes (from the host, or after "Get new codes"): saving starts over.
    this.done = false;
    this.ticked = false;
    this.showTickError = false;
    this.copyStatus = 'idle';
    this.#methods.clear();
    const misreadable = ambiguousCodes(this.codes);
    if (misreadable.length) {
      console.warn(
        new VkDeveloperError(
          `verikit: <${this.localName}> codes ${misreadable.join(', ')} hold characters that are easy to misread (0, 1, I, L, O); they are shown as given. Make codes from ${recoveryCodeAlphabet}.`,
        ),
      );
    }
  }

  override updated(): void {
    const empty = !this.codes.length;
    this.setStates({ empty: empty && !this.done, confirming: this.confirming, pending: this.#regenerate.busy, saved: this.done });
    const target = this.#focusTarget;
    this.#focusTarget = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base">${this.done ? this.#renderDone() : this.#renderCodes()} ${this.liveRegion()}</div>`;
  }

  #renderDone(): TemplateResult {
    return html`<div part="done" class="panel" tabindex="-1">
      <h2 part="heading">${this.t('recovery.done.title')}</h2>
      <p>${this.t('recovery.done.text')}</p>
    </div>`;
  }

  #renderCodes(): TemplateResult {
    const codes = this.codes;
    return html`${this.issuer ? html`<p part="issuer" class="issuer">${this.issuer}</p>` : nothing}
      <h2 part="heading" id="heading" class="screen" tabindex="-1">${this.t('recovery.title')}</h2>
      <p part="intro" class="screen">${this.t('recovery.intro')}</p>
      ${codes.length
        ? html`<ol part="codes" class="codes" aria-labelledby="heading">
              ${codes.map(
                (code, index) =>
                  html`<li part="code">
                    <span class="visually-hidden">${this.t('recovery.code', { number: index + 1, characters: this.#spell(code) })}</span
                    ><span aria-hidden="true" dir="ltr">${groupedCode(code)}</span>
                  </li>`,
              )}
            </ol>
            <div part="actions" class="actions screen">
              <button type="button" part="copy" class="vk-button" data-variant="secondary" @click=${this.#copy}>${this.t('recovery.copy')}</button>
              <button type="button" part="download" class="vk-button" data-variant="secondary" @click=${this.#download}>${this.t('recovery.download')}</button>
              <button type="button" part="print" class="vk-button" data-variant="secondary" @click=${this.#print}>${this.t('recovery.print')}</button>
            </div>
            ${this.#renderCopyStatus()}`
        : html`<p part="empty" class="hint screen">${this.t('recovery.empty')}</p>`}
      <div class="screen">${this.#renderRegenerate()}</div>
      ${codes.length ? this.#renderForm() : nothing}`;
  }

  #renderCopyStatus(): TemplateResult | typeof nothing {
    if (this.copyStatus === 'idle') return nothing;
    const denied = this.copyStatus === 'denied';
    return html`<div class="screen">
      <p part="copy-status" class="hint">${this.t(denied ? 'recovery.copyDenied' : 'recovery.copied')}</p>
      ${denied
        ? html`<label>
            <span class="visually-hidden">${this.t('recovery.copyText')}</span>
            <textarea part="codes-text" readonly rows=${this.codes.length} .value=${this.#plainText()}></textarea>
          </label>`
        : nothing}
    </div>`;
  }

  #renderRegenerate(): TemplateResult {
    if (this.confirming) {
      return html`<div part="confirm" class="notice" role="group" aria-labelledby="confirm-title">
        <p id="confirm-title" class="title" tabindex="-1">${this.t('recovery.regenerate.title')}</p>
        <p>${this.t('recovery.regenerate.warning')}</p>
        <div class="actions">
          <button type="button" part="confirm-regenerate" class="vk-button" @click=${this.#requestCodes}>${this.t('recovery.regenerate.confirm')}</button>
          <button type="button" part="keep" class="vk-button" data-variant="secondary" @click=${this.#keep}>${this.t('recovery.regenerate.keep')}</button>
        </div>
      </div>`;
    }
    const asking = this.#regenerate.status === 'pending';
    return html`<div class="panel">
      ${this.#regenerate.render()}
      <div class="actions">
        <button type="button" part="regenerate" class="vk-button" data-variant="secondary" aria-disabled=${asking ? 'true' : 'false'} @click=${this.#askToRegenerate}>
          ${this.t('recovery.regenerate')}
        </button>
      </div>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const error = this.showTickError;
    return html`<form part="form" class="screen" novalidate @submit=${this.#continue}>
      <label part="saved" class="saved">
        <input
          type="checkbox"
          data-saved
          .checked=${this.ticked}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'tick-error' : nothing}
          @change=${this.#onTick}
        />
        <span>${this.t('recovery.saved')}</span>
      </label>
      ${error ? html`<p id="tick-error" part="error" class="error">${this.t('recovery.savedRequired')}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="continue" class="vk-button" aria-disabled=${this.#regenerate.busy ? 'true' : 'false'}>${this.t('recovery.continue')}</button>
      </div>
    </form>`;
  }

  /** The accessible name's spelling: character by character, group by group ("A B C D, E F G H"). */
  #spell(code: string): string {
    return this.formatList(
      // Codes are ASCII letters and digits (checkCodes): one character is one code unit.
      codeGroups(code).map((group) => Array.from(group).join(' ')),
      { type: 'unit', style: 'short' },
    );
  }

  /** The codes as copied: one grouped code per line. */
  #plainText(): string {
    return this.codes.map(groupedCode).join('\n');
  }

  #focus(selector: string): void {
    this.#focusTarget = selector;
    this.requestUpdate();
  }

  #say(key: RecoveryCodesMessageKey, params?: Readonly<Record<string, string>>): void {
    this.announce(this.t(key, params));
  }

  async #copy(): Promise<void> {
    try {
      // Missing outside secure contexts (a TypeError here), refused without permission or focus.
      await navigator.clipboard.writeText(this.#plainText());
      this.copyStatus = 'copied';
      this.#methods.add('copy');
      this.#say('recovery.copied');
    } catch {
      // Blocked: the codes as text, selected, so copying by hand is one step.
      this.copyStatus = 'denied';
      this.#say('recovery.copyDenied');
      await this.updateComplete;
      const text = this.renderRoot.querySelector('textarea');
      text?.focus();
      text?.select();
    }
  }

  /** `<issuer>-recovery-codes-<yyyy-mm-dd>.txt`, with the core clock's local date. */
  get #fileName(): string {
    const now = new Date(this.clock.now());
    const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
    const issuer = this.issuer
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\da-z]+/g, '-')
      .replace(/^-|-$/g, '');
    return `${issuer ? `${issuer}-` : ''}recovery-codes-${day}.txt`;
  }

  #download(): void {
    const file = this.#fileName;
    const date = this.formatDate(this.clock.now(), { dateStyle: 'long' });
    const lines = [this.issuer, this.t('recovery.file.heading', { date }), '', this.#plainText(), '', this.t('recovery.file.advice'), ''];
    const url = URL.createObjectURL(new Blob([lines.filter((line, index) => index || line).join('\n')], { type: 'text/plain;charset=utf-8' }));
    const link = Object.assign(this.ownerDocument.createElement('a'), { href: url, download: file });
    link.click();
    // Some browsers read the file after the click returns: release it (and the codes in it) a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#methods.add('download');
    this.#say('recovery.downloaded', { file });
  }

  #print(): void {
    const page = this.ownerDocument;
    if (!printSheet) {
      printSheet = new CSSStyleSheet();
      printSheet.replaceSync('@media print { body * { visibility: hidden !important; } }');
    }
    const sheet = printSheet;
    page.adoptedStyleSheets = [...page.adoptedStyleSheets, sheet];
    this.setStates({ printing: true });
    page.defaultView?.addEventListener(
      'afterprint',
      () => {
        page.adoptedStyleSheets = page.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
        this.setStates({ printing: false });
      },
      { once: true },
    );
    this.#methods.add('print');
    page.defaultView?.print();
  }

  #askToRegenerate(): void {
    if (this.#regenerate.status === 'pending') return;
    this.confirming = true;
    this.#focus('#confirm-title');
  }

  #keep(): void {
    this.confirming = false;
    this.#focus('[part~="regenerate"]');
  }

  async #requestCodes(): Promise<void> {
    this.confirming = false;
    this.#focus('[part~="regenerate"]');
    const answer = await this.#regenerate.run(
      VkRecoveryCodesRegenerateEvent.eventName,
      regenerateAnswers,
      (respond, signal) => new VkRecoveryCodesRegenerateEvent({ respond, signal }),
      { pending: 'recovery.regenerate.pending', retry: () => void this.#requestCodes() },
    );
    if (!answer) return;
    if (!answer.ok) {
      this.#regenerate.fail(answer.message);
      return;
    }
    this.codes = answer.codes;
    this.emit(new VkRecoveryCodesRegeneratedEvent({ count: answer.codes.length }));
    this.#say('recovery.regenerated');
    this.#focus('#heading');
  }

  #onTick(event: Event): void {
    this.ticked = (event.target as HTMLInputElement).checked;
    if (this.ticked) this.showTickError = false;
  }

  #continue(event: Event): void {
    event.preventDefault();
    if (this.#regenerate.busy) return;
    if (!this.ticked) {
      this.showTickError = true;
      this.#focus('input[data-saved]');
      return;
    }
    const methods = [...this.#methods];
    // Forget the codes: nothing of them stays in the element's properties, state or DOM.
    this.codes = [];
    this.#methods.clear();
    this.copyStatus = 'idle';
    this.done = true;
    this.#regenerate.reset();
    this.#focus('[part~="done"]');
    this.emit(new VkRecoveryCodesSavedEvent({ methods }));
  }
}
