import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VkElement } from '../../core/base-element.js';
import { allLostModes, restrictedItems, type AllLostMode, type RestrictedItem } from '../../core/factors.js';
import { acceptHostValue, checked, listOf, oneOf, schemaCheck, wholeNumber } from '../../core/host-data.js';
import { HostRequest } from '../../core/host-request.js';
import { formatDuration, isolate } from '../../core/i18n.js';
import { VkSupportRequestEvent } from '../../core/support.js';
import * as z from '../../core/zod.js';
import {
  VkFaceScanChooseEvent,
  VkMigrationStartEvent,
  VkRecoveryCodeChooseEvent,
  VkResetItemsAcceptedEvent,
  VkResetItemsChangeEvent,
  VkResetItemsConfirmEvent,
  type VkResetSelection,
} from './reset-picker.events.js';
import { pickerMessages, type PickerMessageKey } from './reset-picker.messages.js';
import { factorSchema, resetConfirmAnswerSchema, type Factor } from './reset-picker.schema.js';
import { resetPickerStyles } from './reset-picker.styles.js';
import { contactFactorKinds, factorKinds, kycLevels, type FactorKind, type KycLevel, type ResetRoute } from './reset-picker.types.js';

/** Where the host's answer left the picker: still editing, or a final accepted / refused panel. */
type Outcome = 'editing' | 'accepted' | 'refused';

const HOUR_MS = 3_600_000;
const lostKindsCheck = schemaCheck(z.array(z.enum(factorKinds)));
const restrictedCheck = schemaCheck(z.array(z.enum(restrictedItems)));
/** `restricted-items="withdrawals fiat"`: a space-separated list. */
const wordList = { fromAttribute: (value: string | null) => value?.split(/\s+/).filter(Boolean) ?? [] };

/**
 * The first step of a security reset: the user ticks the security items they can no longer use
 * (several at once), sees which remaining items they will verify next, reads the reset instructions
 * and the withdrawal restriction, agrees, and confirms. Routes the special cases: a self-frozen
 * account is refused with the reason (and "Contact support"); logged out with no contact factor
 * left leads to migration, unless `all-lost="reset"` (MEXC resets all three at once); advanced-KYC
 * accounts are offered a face scan instead of codes. The same steps serve the logged-out entry
 * ("Reset security verification") and the logged-in one (Security → item → Change → Reset): only
 * the migration case depends on `logged-in`.
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
 * @fires {VkSupportRequestEvent} vk-support-request - The user chose "Contact support" after a refusal. Detail `{ step: 'pick', reason: 'frozen' | 'refused' }`.
 * @fires {VkRecoveryCodeChooseEvent} vk-recovery-code-choose - With `has-recovery-codes`, the user chose to verify with a recovery code instead of the lost items. Detail `{ lost }`.
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
 * @csspart alternative - The face-scan, migration or recovery-code button.
 * @csspart recovery-code - The "Use a recovery code" button (with `has-recovery-codes`).
 * @csspart feedback - Pending, waiting, error or cancelled text.
 * @csspart cancel - Stops waiting for the host's answer to the confirmation (shown only while it is pending or waiting); the picks are kept.
 * @csspart result - The accepted or refused panel.
 * @csspart support - "Contact support" in the refused panel.
 * @csspart status - The polite live region (visually hidden).
 *
 * @cssprop --vk-reset-picker-gap - Space between sections.
 * @cssprop --vk-reset-picker-factor-background - Background of an item row.
 * @cssprop --vk-reset-picker-factor-border-color - Border of an item row.
 * @cssprop --vk-reset-picker-notice-background - Background of the instruction and route notices.
 */
export class VkResetPicker extends VkElement<PickerMessageKey> {
  static override styles = [VkElement.styles, resetPickerStyles];
  static override messages = pickerMessages;

  /** The account is self-frozen: nothing can be reset. */
  @property({ type: Boolean, reflect: true }) frozen = false;

  /** Why the account is frozen, shown to the user (already translated by the host). */
  @property({ attribute: 'frozen-reason' }) frozenReason = '';

  /** The user is signed in (Security → item → Change → Reset). Logged out, losing every contact factor means migration. */
  @property({ type: Boolean, attribute: 'logged-in', reflect: true }) loggedIn = false;

  /**
   * The account has recovery codes (saved from `<vk-recovery-codes>`): once an item is ticked, "Use a
   * recovery code" is offered as a way to verify instead of the lost items (`vk-recovery-code-choose`).
   */
  @property({ type: Boolean, attribute: 'has-recovery-codes' }) hasRecoveryCodes = false;

  /** The account's KYC level; `advanced` offers a face scan instead of verification codes. */
  @property({ attribute: 'kyc-level' }) @checked(oneOf(kycLevels)) kycLevel: KycLevel = 'none';

  /** Logged out with neither e-mail nor phone left: `migrate` (default) leads to migration, `reset` resets them all at once (MEXC). */
  @property({ attribute: 'all-lost' }) @checked(oneOf(allLostModes)) allLost: AllLostMode = 'migrate';

  /** How long the restricted items stay blocked after a reset. */
  @property({ type: Number, attribute: 'restriction-hours' }) @checked(wholeNumber(0)) restrictionHours = 24;

  /** What the restriction blocks, worded per exchange (space-separated in the attribute): `withdrawals`, `fiat`, `c2c`, `p2p`. */
  @property({ attribute: 'restricted-items', converter: wordList }) @checked(restrictedCheck) restrictedItems: RestrictedItem[] = ['withdrawals', 'fiat', 'c2c'];

  /**
   * The account's security items: `{ kind: 'email' | 'phone' | 'totp', bound, masked? }[]`, each kind
   * at most once. Only bound items can be ticked. Bad data is reported on the console and the
   * previous list kept.
   */
  @property({ attribute: false }) @checked(listOf('kind', factorSchema)) factors: Factor[] = [];

  @state() private ticked: ReadonlySet<FactorKind> = new Set();
  @state() private agreed = false;
  @state() private showSelectionError = false;
  @state() private showAgreementError = false;
  @state() private outcome: Outcome = 'editing';
  @state() private refusal = '';

  readonly #confirmRequest = new HostRequest(this, { onCancel: () => this.#focus('[part~="confirm"]') });

  /** The ticked (unavailable) items. Set it to restore a draft; unbound kinds are ignored. */
  get value(): FactorKind[] {
    return this.selection.lost;
  }

  set value(kinds: readonly FactorKind[]) {
    this.ticked = new Set(acceptHostValue(this, 'value', lostKindsCheck, kinds, [...this.ticked]));
  }

  /** The current picks and where they lead. */
  get selection(): VkResetSelection {
    const bound = factorKinds.filter((kind) => this.factors.some((factor) => factor.kind === kind && factor.bound));
    const lost = bound.filter((kind) => this.ticked.has(kind));
    const toVerify = bound.filter((kind) => !this.ticked.has(kind));
    return { lost, toVerify, route: this.#route(lost, toVerify) };
  }

  /**
   * Returns an accepted picker to editing with the same ticks and agreement, so the user can
   * change what they lost. Does nothing unless the reset was accepted (a refusal stays final).
   */
  edit(): void {
    if (this.outcome !== 'accepted') return;
    this.outcome = 'editing';
    this.#confirmRequest.reset();
  }

  #route(lost: readonly FactorKind[], toVerify: readonly FactorKind[]): ResetRoute {
    if (this.frozen) return 'refused';
    if (lost.length === 0) return 'none';
    const contactLeft = toVerify.some((kind) => contactFactorKinds.includes(kind));
    if (!this.loggedIn && !contactLeft && this.allLost === 'migrate') return 'migration';
    return this.kycLevel === 'advanced' ? 'face-scan-available' : 'reset';
  }

  #factorName(kind: FactorKind): string {
    return this.t(`picker.factor.${kind}`);
  }

  /** The restriction's params: what it blocks ("withdrawals and fiat trading") and for how long. */
  get #restriction(): { items: string; duration: string } {
    const items = this.formatList(this.restrictedItems.map((item) => this.t(`picker.restricted.${item}`)));
    return { items, duration: formatDuration(this.restrictionHours * HOUR_MS, this.locale, { largestUnit: 'hour' }) };
  }

  #focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('outcome') && this.outcome !== 'editing') this.renderRoot.querySelector<HTMLElement>('[part="result"]')?.focus();
  }

  #onFactorToggle(kind: FactorKind, event: Event): void {
    const before = this.selection.route;
    const ticked = new Set(this.ticked);
    if ((event.target as HTMLInputElement).checked) ticked.add(kind);
    else ticked.delete(kind);
    this.ticked = ticked;
    this.showSelectionError = false;
    // A pending confirmation was for the old picks.
    if (this.#confirmRequest.busy) this.#confirmRequest.abort();
    const selection = this.selection;
    this.emit(new VkResetItemsChangeEvent(selection));
    if (selection.route !== before) this.#announceRoute(selection);
  }

  #announceRoute(selection: VkResetSelection): void {
    if (selection.route === 'migration') this.announce(this.t('picker.migration.title'));
    else if (selection.route === 'face-scan-available') this.announce(this.t('picker.faceScan.info'));
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
    this.#focus(this.showSelectionError ? 'input[data-factor]:not(:disabled)' : 'input[data-agreement]');
    return false;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.#confirmRequest.status === 'pending' || !this.#validate()) return;
    void this.#confirm();
  }

  #onFaceScan(): void {
    if (!this.#validate()) return;
    this.emit(new VkFaceScanChooseEvent({ lost: this.selection.lost }));
  }

  /** A recovery code stands in for the lost items: after the agreement, except on the migration route (which has none). */
  #onRecoveryCode(): void {
    const selection = this.selection;
    if (selection.route !== 'migration' && !this.#validate()) return;
    this.emit(new VkRecoveryCodeChooseEvent({ lost: selection.lost }));
  }

  #renderRecoveryCode() {
    return this.hasRecoveryCodes
      ? html`<button type="button" part="alternative recovery-code" class="vk-button" data-variant="secondary" @click=${this.#onRecoveryCode}>
          ${this.t('picker.recoveryCode')}
        </button>`
      : nothing;
  }

  #onMigration(): void {
    this.emit(new VkMigrationStartEvent({ lost: this.selection.lost }));
  }

  async #confirm(): Promise<void> {
    const selection = this.selection;
    const answer = await this.#confirmRequest.run(
      VkResetItemsConfirmEvent.eventName,
      resetConfirmAnswerSchema,
      (respond, signal) => new VkResetItemsConfirmEvent({ ...selection, respond, signal }),
      { retry: () => void this.#confirm() },
    );
    if (!answer) return;
    if (answer.ok) {
      this.outcome = 'accepted';
      this.emit(new VkResetItemsAcceptedEvent({ lost: selection.lost, toVerify: selection.toVerify }));
    } else if (answer.reason === 'refused') {
      this.outcome = 'refused';
      this.refusal = answer.message ?? '';
    } else {
      this.#confirmRequest.fail(answer.message);
    }
  }

  override render() {
    return html`${this.#renderBody()} ${this.liveRegion()}`;
  }

  #renderBody() {
    if (this.frozen) return this.#renderResult('picker.refused.title', this.frozenReason || this.t('picker.refused.frozen'), 'frozen');
    if (this.outcome === 'refused') return this.#renderResult('picker.refused.title', this.refusal || this.t('picker.refused.host'), 'refused');
    const selection = this.selection;
    if (this.outcome === 'accepted') return this.#renderResult('picker.accepted', this.#nextStepText(selection));
    const isMigration = selection.route === 'migration';
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${this.#renderFactors()}
      ${selection.route === 'none' ? nothing : html`<p part="next" class="detail">${this.#nextStepText(selection)}</p>`}
      ${isMigration ? this.#renderMigration() : this.#renderInstructions(selection.route)}
    </form>`;
  }

  #renderResult(titleKey: PickerMessageKey, body: string, refusal?: 'frozen' | 'refused') {
    return html`<div part="result" class="panel" tabindex="-1">
        <p class="title">${this.t(titleKey)}</p>
        <p dir="auto">${body}</p>
      </div>
      ${refusal
        ? html`<button type="button" part="support" class="vk-button" data-variant="secondary" @click=${() => this.emit(new VkSupportRequestEvent({ step: 'pick', reason: refusal }))}>
            ${this.t('picker.support')}
          </button>`
        : nothing}`;
  }

  #nextStepText(selection: VkResetSelection): string {
    if (selection.toVerify.length === 0) return this.t('picker.next.nothingLeft');
    const items = selection.toVerify.map((kind) => {
      const masked = this.factors.find((factor) => factor.kind === kind)?.masked;
      return masked ? this.t('picker.factorWithValue', { name: this.#factorName(kind), masked: isolate(masked) }) : this.#factorName(kind);
    });
    const lines = [this.t('picker.next.verify', { items: this.formatList(items) })];
    if (selection.toVerify.some((kind) => kind !== 'totp')) lines.push(this.t('picker.next.sentCodes'));
    if (selection.toVerify.includes('totp')) lines.push(this.t('picker.next.totpCodes'));
    return lines.join(' ');
  }

  #renderFactors() {
    const ordered = factorKinds.flatMap((kind) => this.factors.filter((factor) => factor.kind === kind));
    return html`<fieldset part="factors" aria-describedby=${this.showSelectionError ? 'hint selection-error' : 'hint'}>
      <legend part="legend">${this.t('picker.legend')}</legend>
      <p id="hint" part="hint" class="hint">${this.t('picker.hint')}</p>
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
            <span part="factor-label" dir="auto">${this.#factorName(factor.kind)}</span>
            ${factor.bound && !factor.masked
              ? nothing
              : html`<span part="factor-detail" class="detail" dir=${factor.bound ? 'ltr' : 'auto'}>${factor.bound ? factor.masked : this.t('picker.notBound')}</span>`}
          </span>
        </label>`,
      )}
      ${this.showSelectionError ? html`<p id="selection-error" part="error" class="error">${this.t('picker.noneTicked')}</p>` : nothing}
    </fieldset>`;
  }

  #renderMigration() {
    return html`<div part="migration" class="notice">
        <p class="title">${this.t('picker.migration.title')}</p>
        <p>${this.t('picker.migration.info')}</p>
        <p part="restriction" class="restriction">${this.t('picker.instructions.restriction', this.#restriction)}</p>
      </div>
      <div class="actions">
        <button type="button" part="alternative" class="vk-button" @click=${this.#onMigration}>${this.t('picker.migration.action')}</button>
        ${this.#renderRecoveryCode()}
      </div>`;
  }

  #renderInstructions(route: ResetRoute) {
    const restriction = this.#restriction;
    const pending = this.#confirmRequest.status === 'pending';
    return html`${route === 'face-scan-available' ? html`<p part="face-scan" class="detail">${this.t('picker.faceScan.info')}</p>` : nothing}
      <div part="instructions" class="notice">
        <p class="title">${this.t('picker.instructions.title')}</p>
        <ul>
          <li>${this.t('picker.instructions.verify')}</li>
          <li>${this.t('picker.instructions.review')}</li>
        </ul>
        <p part="restriction" class="restriction">${this.t('picker.instructions.restriction', restriction)}</p>
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
        <span>${this.t('picker.agree', restriction)}</span>
      </label>
      ${this.showAgreementError ? html`<p id="agreement-error" part="error" class="error">${this.t('picker.agreeRequired')}</p>` : nothing}
      ${this.#confirmRequest.render()}
      <div class="actions">
        <button type="submit" part="confirm" class="vk-button" aria-disabled=${pending ? 'true' : 'false'}>${this.t('picker.confirm')}</button>
        ${route === 'face-scan-available'
          ? html`<button type="button" part="alternative" class="vk-button" data-variant="secondary" @click=${this.#onFaceScan}>
              ${this.t('picker.faceScan.action')}
            </button>`
          : nothing}
        ${this.#renderRecoveryCode()}
      </div>`;
  }
}
