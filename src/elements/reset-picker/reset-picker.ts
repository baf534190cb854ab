import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../../core/announcer.js';
import { VkElement } from '../../core/base-element.js';
import { LatestRequest } from '../../core/latest-request.js';
import { dispatchRequest } from '../../core/events.js';
import { formatDuration, isolate, safeLocale } from '../../core/i18n.js';
import { parseHostList } from '../../core/schema.js';
import { baseStyles } from '../../core/styles.js';
import {
  VkFaceScanChooseEvent,
  VkMigrationStartEvent,
  VkResetItemsAcceptedEvent,
  VkResetItemsChangeEvent,
  VkResetItemsConfirmEvent,
  type VkResetSelection,
} from './reset-picker.events.js';
import { pickerMessages, type PickerMessageKey } from './reset-picker.messages.js';
import { factorSchema, resetConfirmAnswerSchema, type Factor } from './reset-picker.schema.js';
import { resetPickerStyles } from './reset-picker.styles.js';
import { contactFactorKinds, factorKinds, type FactorKind, type KycLevel, type ResetRoute } from './reset-picker.types.js';

/** `cancelled`: the user stopped waiting; the picks and agreement are kept and they may confirm again. */
type RequestStatus = 'idle' | 'pending' | 'waiting' | 'error' | 'cancelled' | 'accepted' | 'refused';

const HOUR_MS = 3_600_000;
/** What the feedback line says (and the live region announces) in each request status. */
const statusMessageKeys: Partial<Record<RequestStatus, PickerMessageKey>> = {
  pending: 'picker.pending',
  waiting: 'picker.waiting',
  error: 'picker.error',
  cancelled: 'picker.cancelled',
};

/**
 * The first step of a security reset: the user ticks the security items they can no longer use
 * (several at once), sees which remaining items they will verify next, reads the reset instructions
 * and the withdrawal restriction, agrees, and confirms. Routes the special cases: a self-frozen
 * account is refused with the reason; logged out with no contact factor left leads to migration;
 * advanced-KYC accounts are offered a face scan instead of codes. The same steps serve the
 * logged-out entry ("Reset security verification") and the logged-in one (Security → item →
 * Change → Reset): only the migration case depends on `logged-in`.
 *
 * While the confirmation waits for the host's answer, a Cancel button next to the pending message
 * aborts the request (the detail's `signal`), keeps the picks and agreement, says so politely and
 * returns focus to the confirm button.
 *
 * Once the host accepts, the picker shows an "accepted" panel. To let the user change what they
 * lost (e.g. a flow's Back button returns to this step), call `edit()`: the form comes back with
 * the same ticks and agreement, and a changed pick must be confirmed again (a new
 * `vk-reset-items-confirm`, then `vk-reset-items-accepted` with the new `toVerify`).
 *
 * @summary Pick the unavailable security items and confirm their reset.
 *
 * @fires {VkResetItemsChangeEvent} vk-reset-items-change - The user ticked or unticked an item. Detail `{ lost, toVerify, route }`.
 * @fires {VkResetItemsConfirmEvent} vk-reset-items-confirm - Request: the user agreed and confirmed. Detail `{ lost, toVerify, route, respond, signal }`; answer `{ ok: true }` or `{ ok: false, reason: 'refused' | 'error', message? }`.
 * @fires {VkResetItemsAcceptedEvent} vk-reset-items-accepted - The host accepted the reset. Detail `{ lost, toVerify }`.
 * @fires {VkMigrationStartEvent} vk-migration-start - Logged out with every contact factor lost, the user chose the migration path. Detail `{ lost }`.
 * @fires {VkFaceScanChooseEvent} vk-face-scan-choose - An advanced-KYC user chose a face scan instead of codes. Detail `{ lost }`.
 *
 * @csspart form - The picking form.
 * @csspart factors - The fieldset of security items.
 * @csspart legend - The question above the items.
 * @csspart hint - The help text under the question.
 * @csspart factor - One item's row (label); `data-unbound` when the item is not bound.
 * @csspart checkbox - An item's checkbox.
 * @csspart factor-label - An item's name.
 * @csspart factor-detail - An item's masked value, or "not bound".
 * @csspart error - A validation message.
 * @csspart next - What the user verifies next.
 * @csspart face-scan - The face-scan alternative.
 * @csspart migration - The migration notice.
 * @csspart instructions - The reset instructions.
 * @csspart restriction - The 24-hour withdrawal / fiat / C2C restriction notice.
 * @csspart agreement - The agreement checkbox row.
 * @csspart confirm - The confirm button.
 * @csspart alternative - The face-scan or migration button.
 * @csspart feedback - Pending, waiting, error or cancelled text.
 * @csspart cancel - Stops waiting for the host's answer to the confirmation (shown only while it is pending or waiting); the picks are kept.
 * @csspart result - The accepted or refused panel.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-reset-picker-gap - Space between sections.
 * @cssprop --vk-reset-picker-factor-background - Background of an item row.
 * @cssprop --vk-reset-picker-factor-border-color - Border of an item row.
 * @cssprop --vk-reset-picker-notice-background - Background of the instruction and route notices.
 */
export class VkResetPicker extends VkElement {
  static override styles = [baseStyles, resetPickerStyles];

  /** The account is self-frozen: nothing can be reset. */
  @property({ type: Boolean, reflect: true }) frozen = false;

  /** Why the account is frozen, shown to the user (already translated by the host). */
  @property({ attribute: 'frozen-reason' }) frozenReason = '';

  /** The user is signed in (Security → item → Change → Reset). Logged out, losing every contact factor means migration. */
  @property({ type: Boolean, attribute: 'logged-in', reflect: true }) loggedIn = false;

  /** The account's KYC level; `advanced` offers a face scan instead of verification codes. */
  @property({ attribute: 'kyc-level' }) kycLevel: KycLevel = 'none';

  /** How long withdrawals, fiat and C2C selling stay blocked after a reset. */
  @property({ type: Number, attribute: 'restriction-hours' }) restrictionHours = 24;

  @state() private parsedFactors: Factor[] = [];
  @state() private ticked: ReadonlySet<FactorKind> = new Set();
  @state() private agreed = false;
  @state() private showSelectionError = false;
  @state() private showAgreementError = false;
  @state() private status: RequestStatus = 'idle';
  @state() private hostMessage = '';

  readonly #announcer = new Announcer(this);
  readonly #request = new LatestRequest();

  /**
   * The account's security items: `{ kind: 'email' | 'phone' | 'totp', bound, masked? }[]`, each kind
   * at most once. Only bound items can be ticked. Invalid data throws a `VkDeveloperError`.
   */
  get factors(): Factor[] {
    return this.parsedFactors;
  }

  set factors(value: readonly unknown[]) {
    this.parsedFactors = parseHostList({ list: '<vk-reset-picker> factors', item: '<vk-reset-picker> factor' }, 'kind', factorSchema, value);
  }

  /** The ticked (unavailable) items. Set it to restore a draft; unbound kinds are ignored. */
  get value(): FactorKind[] {
    return this.selection.lost;
  }

  set value(kinds: readonly FactorKind[]) {
    this.ticked = new Set(kinds.filter((kind) => (factorKinds as readonly string[]).includes(kind)));
  }

  /** The current picks and where they lead. */
  get selection(): VkResetSelection {
    const bound = factorKinds.filter((kind) => this.parsedFactors.some((factor) => factor.kind === kind && factor.bound));
    const lost = bound.filter((kind) => this.ticked.has(kind));
    const toVerify = bound.filter((kind) => !this.ticked.has(kind));
    return { lost, toVerify, route: this.#route(lost, toVerify) };
  }

  /**
   * Returns an accepted picker to editing with the same ticks and agreement, so the user can
   * change what they lost. Does nothing unless the reset was accepted (a refusal stays final).
   */
  edit(): void {
    if (this.status === 'accepted') this.#setStatus('idle');
  }

  #route(lost: readonly FactorKind[], toVerify: readonly FactorKind[]): ResetRoute {
    if (this.frozen) return 'refused';
    if (lost.length === 0) return 'none';
    const contactLeft = toVerify.some((kind) => contactFactorKinds.includes(kind));
    if (!this.loggedIn && !contactLeft) return 'migration';
    return this.kycLevel === 'advanced' ? 'face-scan-available' : 'reset';
  }

  #text(key: PickerMessageKey, params?: Record<string, string | number>): string {
    return this.message(pickerMessages, key, params);
  }

  #factorName(kind: FactorKind): string {
    return this.#text(`picker.factor.${kind}`);
  }

  get #restrictionDuration(): string {
    return formatDuration(this.restrictionHours * HOUR_MS, this.locale, { largestUnit: 'hour' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request.abort();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('status') && (this.status === 'accepted' || this.status === 'refused')) {
      this.renderRoot.querySelector<HTMLElement>('[part="result"]')?.focus();
    }
  }

  #onFactorToggle(kind: FactorKind, event: Event): void {
    const before = this.selection.route;
    const ticked = new Set(this.ticked);
    if ((event.target as HTMLInputElement).checked) ticked.add(kind);
    else ticked.delete(kind);
    this.ticked = ticked;
    this.showSelectionError = false;
    // A pending confirmation was for the old picks.
    this.#request.abort();
    const selection = this.selection;
    this.dispatchEvent(new VkResetItemsChangeEvent(selection));
    if (selection.route !== before) this.#announceRoute(selection);
  }

  #announceRoute(selection: VkResetSelection): void {
    if (selection.route === 'migration') this.#announcer.announce(this.#text('picker.migration.title'));
    else if (selection.route === 'face-scan-available') this.#announcer.announce(this.#text('picker.faceScan.info'));
  }

  #onAgreementToggle(event: Event): void {
    this.agreed = (event.target as HTMLInputElement).checked;
    if (this.agreed) this.showAgreementError = false;
  }

  /** Checks the picks and the agreement; on failure shows the message and focuses the control. */
  #validate(): boolean {
    this.showSelectionError = this.selection.lost.length === 0;
    this.showAgreementError = !this.showSelectionError && !this.agreed;
    if (!this.showSelectionError && !this.showAgreementError) return true;
    void this.updateComplete.then(() => {
      const target = this.showSelectionError ? 'input[data-factor]:not(:disabled)' : 'input[data-agreement]';
      this.renderRoot.querySelector<HTMLInputElement>(target)?.focus();
    });
    return false;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.status === 'pending' || !this.#validate()) return;
    void this.#confirm();
  }

  #onFaceScan(): void {
    if (!this.#validate()) return;
    this.dispatchEvent(new VkFaceScanChooseEvent({ lost: this.selection.lost }));
  }

  #onMigration(): void {
    this.dispatchEvent(new VkMigrationStartEvent({ lost: this.selection.lost }));
  }

  /** The user stops waiting: the request's `signal` aborts, the picks stay, and confirm works again. */
  #onCancel(): void {
    this.#request.cancel();
    this.#setStatus('cancelled');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="confirm"]')?.focus());
  }

  async #confirm(): Promise<void> {
    const signal = this.#request.start();
    const selection = this.selection;
    this.#setStatus('pending');
    const outcome = await dispatchRequest(
      this,
      VkResetItemsConfirmEvent.eventName,
      resetConfirmAnswerSchema,
      (respond, signal) => new VkResetItemsConfirmEvent({ ...selection, respond, signal }),
      { signal, onUnanswered: () => this.#setStatus('waiting') },
    );
    if (!this.#request.finish(signal)) return; // superseded or cancelled
    if (outcome.kind === 'aborted') {
      this.#setStatus('idle');
    } else if (outcome.kind !== 'answered') {
      this.#setStatus('error');
    } else if (outcome.result.ok) {
      this.#setStatus('accepted');
      this.dispatchEvent(new VkResetItemsAcceptedEvent({ lost: selection.lost, toVerify: selection.toVerify }));
    } else {
      this.#setStatus(outcome.result.reason === 'refused' ? 'refused' : 'error', outcome.result.message);
    }
  }

  #setStatus(status: RequestStatus, hostMessage = ''): void {
    this.status = status;
    this.hostMessage = hostMessage;
    const key = statusMessageKeys[status];
    if (key) this.#announcer.announce(hostMessage || this.#text(key));
  }

  override render() {
    return html`${this.#renderBody()}
      <p part="status" role="status" class="visually-hidden">${this.#announcer.message}</p>`;
  }

  #renderBody() {
    if (this.frozen) return this.#renderResult('picker.refused.title', this.frozenReason || this.#text('picker.refused.frozen'));
    if (this.status === 'refused') return this.#renderResult('picker.refused.title', this.hostMessage || this.#text('picker.refused.host'));
    const selection = this.selection;
    if (this.status === 'accepted') return this.#renderResult('picker.accepted', this.#nextStepText(selection));
    const isMigration = selection.route === 'migration';
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${this.#renderFactors()}
      ${selection.route === 'none' ? nothing : html`<p part="next" class="detail">${this.#nextStepText(selection)}</p>`}
      ${isMigration ? this.#renderMigration() : this.#renderInstructions(selection.route)}
    </form>`;
  }

  #renderResult(titleKey: PickerMessageKey, body: string) {
    return html`<div part="result" class="panel" tabindex="-1">
      <p class="title">${this.#text(titleKey)}</p>
      <p>${body}</p>
    </div>`;
  }

  #nextStepText(selection: VkResetSelection): string {
    if (selection.toVerify.length === 0) return this.#text('picker.next.nothingLeft');
    const items = selection.toVerify.map((kind) => {
      const masked = this.parsedFactors.find((factor) => factor.kind === kind)?.masked;
      return masked ? this.#text('picker.factorWithValue', { name: this.#factorName(kind), masked: isolate(masked) }) : this.#factorName(kind);
    });
    const list = new Intl.ListFormat(safeLocale(this.locale), { type: 'conjunction' }).format(items);
    return this.#text('picker.next.verify', { items: list });
  }

  #renderFactors() {
    const ordered = factorKinds.flatMap((kind) => this.parsedFactors.filter((factor) => factor.kind === kind));
    return html`<fieldset part="factors" aria-describedby=${this.showSelectionError ? 'hint selection-error' : 'hint'}>
      <legend part="legend">${this.#text('picker.legend')}</legend>
      <p id="hint" part="hint" class="hint">${this.#text('picker.hint')}</p>
      ${ordered.map(
        (factor) => html`<label part="factor" class="factor" ?data-unbound=${!factor.bound}>
          <input
            type="checkbox"
            part="checkbox"
            data-factor=${factor.kind}
            .checked=${factor.bound && this.ticked.has(factor.kind)}
            ?disabled=${!factor.bound}
            aria-invalid=${this.showSelectionError ? 'true' : 'false'}
            @change=${(event: Event) => this.#onFactorToggle(factor.kind, event)}
          />
          <span class="factor-text">
            <span part="factor-label">${this.#factorName(factor.kind)}</span>
            ${factor.bound && !factor.masked
              ? nothing
              : html`<span part="factor-detail" class="detail" dir=${factor.bound ? 'ltr' : 'auto'}>${factor.bound ? factor.masked : this.#text('picker.notBound')}</span>`}
          </span>
        </label>`,
      )}
      ${this.showSelectionError ? html`<p id="selection-error" part="error" class="error">${this.#text('picker.noneTicked')}</p>` : nothing}
    </fieldset>`;
  }

  #renderMigration() {
    return html`<div part="migration" class="notice">
        <p class="title">${this.#text('picker.migration.title')}</p>
        <p>${this.#text('picker.migration.info')}</p>
        <p part="restriction" class="restriction">${this.#text('picker.instructions.restriction', { duration: this.#restrictionDuration })}</p>
      </div>
      <div class="actions">
        <button type="button" part="alternative" class="vk-button" @click=${this.#onMigration}>${this.#text('picker.migration.action')}</button>
      </div>`;
  }

  #renderInstructions(route: ResetRoute) {
    const duration = this.#restrictionDuration;
    const pending = this.status === 'pending';
    const inFlight = pending || this.status === 'waiting';
    const key = statusMessageKeys[this.status];
    return html`${route === 'face-scan-available' ? html`<p part="face-scan" class="detail">${this.#text('picker.faceScan.info')}</p>` : nothing}
      <div part="instructions" class="notice">
        <p class="title">${this.#text('picker.instructions.title')}</p>
        <ul>
          <li>${this.#text('picker.instructions.verify')}</li>
          <li>${this.#text('picker.instructions.review')}</li>
        </ul>
        <p part="restriction" class="restriction">${this.#text('picker.instructions.restriction', { duration })}</p>
      </div>
      <label part="agreement" class="agreement">
        <input
          type="checkbox"
          data-agreement
          .checked=${this.agreed}
          aria-invalid=${this.showAgreementError ? 'true' : 'false'}
          aria-describedby=${this.showAgreementError ? 'agreement-error' : nothing}
          @change=${this.#onAgreementToggle}
        />
        <span>${this.#text('picker.agree', { duration })}</span>
      </label>
      ${this.showAgreementError ? html`<p id="agreement-error" part="error" class="error">${this.#text('picker.agreeRequired')}</p>` : nothing}
      ${key
        ? html`<div class="feedback-row">
            <p part="feedback" class="feedback" data-kind=${this.status}>${this.hostMessage || this.#text(key)}</p>
            ${inFlight
              ? html`<button type="button" part="cancel" class="vk-button" data-variant="secondary" @click=${this.#onCancel}>${this.#text('picker.cancel')}</button>`
              : nothing}
          </div>`
        : nothing}
      <div class="actions">
        <button type="submit" part="confirm" class="vk-button" aria-disabled=${pending ? 'true' : 'false'}>${this.#text('picker.confirm')}</button>
        ${route === 'face-scan-available'
          ? html`<button type="button" part="alternative" class="vk-button" data-variant="secondary" @click=${this.#onFaceScan}>
              ${this.#text('picker.faceScan.action')}
            </button>`
          : nothing}
      </div>`;
  }
}
