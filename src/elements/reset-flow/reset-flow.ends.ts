/**
 * How a journey ends (under review, done, reset at once, refused) and what every dead end offers:
 * the restriction in the exchange's words, the note about a password reset, "Contact support".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, isolate } from '../../core/i18n.js';
import type { SupportReason } from '../../core/support.js';
import type { Restriction } from './reset-flow.machine.js';
import type { RestrictionText, StepView } from './reset-flow.steps.js';

/** What a restriction blocks ("withdrawals and fiat trading") and for how long ("24 hours"), in the user's words. */
export function restrictionText(t: StepView['t'], formatList: StepView['formatList'], locale: string, restriction: Restriction | undefined): RestrictionText {
  const items = restriction?.items ?? (['withdrawals', 'fiat', 'c2c'] as const);
  return { items: formatList(items.map((item) => t(`flow.restricted.${item}`))), duration: formatDuration((restriction?.hours ?? 24) * 3_600_000, locale, { largestUnit: 'hour' }) };
}

/** "Contact support": the host opens its own support with the journey, step and reason. */
export function supportButton(view: StepView, reason: SupportReason): TemplateResult {
  return html`<button part="support" class="vk-button" data-variant="secondary" type="button" @click=${() => view.on.support(reason)}>${view.t('flow.support')}</button>`;
}

/** Before the user commits: what the reset blocks, and for how long. */
export function restrictionNotice(view: StepView): TemplateResult {
  return html`<p part="notice">${view.t('flow.restriction', view.restriction)}</p>`;
}

/** Logged out [000 §1.2, 001]: reset the lost items before "Forgot password", which blocks withdrawals too. */
export function passwordNote(view: StepView): TemplateResult | typeof nothing {
  return view.passwordRestriction ? html`<p part="password-note">${view.t('flow.password.note', view.passwordRestriction)}</p>` : nothing;
}

/** The exact time the restriction lifts (server time), else its duration. */
function restrictionEnd(view: StepView): TemplateResult {
  const until = view.restrictedUntil;
  return until === undefined ? restrictionNotice(view) : html`<p part="notice">${view.t('flow.restriction.until', { ...view.restriction, moment: until })}</p>`;
}

/** The request's number, when the host's submit answer gave one: what the user quotes to support. */
function reference(view: StepView): TemplateResult | typeof nothing {
  return view.reference ? html`<p part="reference">${view.t('flow.reference', { reference: isolate(view.reference) })}</p>` : nothing;
}

export function renderEnd(view: StepView, step: 'review' | 'done' | 'reset' | 'refused'): TemplateResult {
  switch (step) {
    case 'refused':
      return html`<p part="intro">${view.account?.frozenReason?.trim() ? view.account.frozenReason : view.t('flow.refused.frozen')}</p>
        ${supportButton(view, 'frozen')}`;
    case 'reset': {
      const items = view.flow.lost.map((kind) => view.t(`flow.item.${kind}`));
      return html`<p part="intro">${view.t('flow.reset.info')}</p>
        ${reference(view)} ${items.length ? html`<p part="reset-items">${view.t('flow.reset.items', { items: view.formatList(items) })}</p>` : nothing} ${restrictionEnd(view)}
        ${passwordNote(view)}
        <button part="login" class="vk-button" type="button" @click=${view.on.loginReturn}>${view.t('flow.reset.login')}</button>`;
    }
    case 'review':
      return html`<p part="intro">${view.t('flow.review.info')}</p>
        ${reference(view)} ${view.eta === undefined ? nothing : html`<p part="eta">${view.t('flow.review.eta', { moment: view.eta })}</p>`} ${restrictionEnd(view)}
        <p part="intro">${view.t('flow.rebind')}</p>
        ${passwordNote(view)}`;
    case 'done':
      return html`<p part="intro">${view.t('flow.done.info')}</p>
        ${reference(view)} ${restrictionEnd(view)}`;
  }
}
