/**
 * The flow's own forms: the reset instructions' agreement, the account lookup, the new contact and
 * the final terms + submit. What they ask the host goes through the element's `HostRequest`s
 * (`view.requests`); their feedback is the request's shared template, or the form's own check.
 *
 * The new contact stays a form of the flow, not an element of its own: it lives on the flow's
 * state (the chosen contact, the human-check slot, the code input that verifies it, Back/Change),
 * its pure part is `contact.ts`, and a separate tag would add a registration, a catalog, slot
 * forwarding and `exportparts` for no use outside the flow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isolate } from '../../core/i18n.js';
import type { VkCodeVerifiedEvent } from '../code-input/code-input.events.js';
import { factorPurpose, newContactKind, newContactPurpose, summarise } from './reset-flow.machine.js';
import type { FlowMessageKey } from './reset-flow.messages.js';
import type { FlowChannel, StepView } from './reset-flow.steps.js';
import { codePurposes } from './reset-flow.types.js';

export const formOf = (event: Event) => event.currentTarget as HTMLFormElement;
export const inputOf = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
/** A form's text field, trimmed ('' when absent). */
export const textOf = (form: HTMLFormElement, name: string) => inputOf(form, name)?.value.trim() ?? '';

/** The submission's own wording (else the shared `request.*` texts), when the host gives no message of its own. */
export const submitTexts = { pending: 'flow.submit.pending', error: 'flow.submit.error', network: 'flow.submit.network' } as const;
/** The host's reasons for no, in the flow's words ('error' has none: the host's message, else ours, shows). */
export const hostReasons: Partial<Record<string, FlowMessageKey>> = {
  'not-found': 'flow.account.notFound',
  'wrong-password': 'flow.account.wrongPassword',
  locked: 'flow.account.locked',
  'same-contact': 'flow.contact.same',
  taken: 'flow.contact.taken',
  invalid: 'flow.contact.invalid',
  refused: 'flow.submit.refused',
};

/** Adapter for every `<vk-code-input>` of the flow: a code of a known purpose was verified. */
export function codeVerified(view: StepView): (event: VkCodeVerifiedEvent) => void {
  return (event) => {
    const purpose = codePurposes.find((known) => known === event.detail.purpose);
    if (purpose) view.on.send({ type: 'code-verified', purpose });
  };
}

/** A form's feedback: its own check's message, else the request's state (pending, waiting, error…). */
function feedback(view: StepView, channel: FlowChannel, id: string): TemplateResult | typeof nothing {
  const invalid = view.invalid[channel];
  return invalid ? html`<p part="error" id=${id}>${view.t(invalid)}</p>` : view.requests[channel].render(id);
}

function isInvalid(view: StepView, channel: FlowChannel): 'true' | 'false' {
  return view.invalid[channel] || view.requests[channel].status === 'error' ? 'true' : 'false';
}

/** The step's own button; disabled only while a request is pending (a waiting one may be retried). */
function action(view: StepView, channel: FlowChannel | undefined, key: FlowMessageKey): TemplateResult {
  return html`<button part="action" class="vk-button" type="submit" ?disabled=${channel !== undefined && view.requests[channel].status === 'pending'}>
    ${view.t(key)}
  </button>`;
}

/** A checkbox the user must tick to go on (the agreement, the terms). */
function checkbox(name: 'agreement' | 'terms', checked: boolean, errorId: string | undefined, onChange: (event: Event) => void, label: string): TemplateResult {
  return html`<label part=${name}>
    <input name=${name} type="checkbox" .checked=${checked} aria-invalid=${errorId ? 'true' : 'false'} aria-describedby=${ifDefined(errorId)} @change=${onChange} />
    <span>${label}</span>
  </label>`;
}

export function renderAgreement(view: StepView): TemplateResult {
  const { restriction: duration, agreementMissing: missing } = view;
  return html`
    <div part="instructions">
      <p part="intro">${view.t('flow.agreement.intro')}</p>
      <ul>
        <li>${view.t('flow.agreement.steps')}</li>
        <li>${view.t('flow.rebind')}</li>
      </ul>
    </div>
    <p part="notice">${view.t('flow.restriction', { duration })}</p>
    <form novalidate @submit=${view.on.agreementSubmit}>
      ${checkbox('agreement', view.flow.agreed, missing ? 'agreement-error' : undefined, view.on.agreementChange, view.t('flow.agreement.agree', { duration }))}
      ${missing ? html`<p part="error" id="agreement-error">${view.t('flow.agreement.required')}</p>` : nothing}
      ${action(view, undefined, 'flow.agreement.confirm')}
    </form>
  `;
}

export function renderAccount(view: StepView): TemplateResult {
  const invalid = isInvalid(view, 'lookup');
  return html`
    <p part="intro">${view.t('flow.account.intro')}</p>
    <form novalidate @submit=${view.on.accountSubmit}>
      <label part="field">
        <span>${view.t('flow.account.identifier')}</span>
        <input part="input" name="identifier" type="text" autocomplete="username" aria-invalid=${invalid} aria-describedby="account-feedback" />
      </label>
      ${view.flow.journey.askPassword
        ? html`<label part="field">
            <span>${view.t('flow.account.password')}</span>
            <input part="input" name="password" type="password" autocomplete="current-password" aria-describedby="account-feedback" />
          </label>`
        : nothing}
      ${feedback(view, 'lookup', 'account-feedback')} ${action(view, 'lookup', 'flow.account.continue')}
    </form>
  `;
}

export function renderNewContact(view: StepView): TemplateResult {
  const { flow, on } = view;
  const kind = newContactKind(flow);
  const chosen = flow.newContact;
  if (!chosen) {
    const invalid = isInvalid(view, 'contact');
    return html`
      <p part="intro">${view.t(`flow.contact.intro.${kind}`)}</p>
      <form novalidate @submit=${on.contactSubmit}>
        ${kind === 'email'
          ? html`<label part="field">
              <span>${view.t('flow.contact.email')}</span>
              <input part="input" name="email" type="email" autocomplete="email" inputmode="email" .value=${view.run.newContactValue} aria-invalid=${invalid} aria-describedby="contact-feedback" />
            </label>`
          : html`<div part="phone-fields">
              <label part="field">
                <span>${view.t('flow.contact.countryCode')}</span>
                <input part="input" name="country" type="tel" autocomplete="tel-country-code" inputmode="tel" .value=${view.host.countryCode} aria-invalid=${invalid} aria-describedby="contact-feedback" />
              </label>
              <label part="field">
                <span>${view.t('flow.contact.phone')}</span>
                <input part="input" name="phone" type="tel" autocomplete="tel-national" inputmode="tel" aria-invalid=${invalid} aria-describedby="contact-feedback" />
              </label>
            </div>`}
        ${feedback(view, 'contact', 'contact-feedback')} ${action(view, 'contact', 'flow.contact.use')}
      </form>
    `;
  }
  const waitForHumanCheck = flow.journey.humanCheck === true && !flow.humanCheckDone;
  return html`
    <p part="intro">
      ${view.t('flow.contact.chosen', { masked: isolate(chosen.masked) })}
      ${chosen.verified ? nothing : html`<button part="change" class="vk-link" type="button" @click=${on.contactChange}>${view.t('flow.contact.change')}</button>`}
    </p>
    ${waitForHumanCheck
      ? html`<p part="intro">${view.t('flow.contact.humanCheck')}</p>
          <slot name="human-check"></slot>`
      : html`<vk-code-input
          channel=${kind === 'email' ? 'email' : 'sms'}
          purpose=${newContactPurpose(kind)}
          masked-destination=${chosen.masked}
          label=${view.t(`flow.contact.code.${kind}`)}
          @vk-code-verified=${codeVerified(view)}
        ></vk-code-input>`}
  `;
}

export function renderSubmit(view: StepView): TemplateResult {
  const { flow, on } = view;
  const summary = summarise(flow, view.run.files);
  const list = (items: string[]) => (items.length ? view.formatList(items) : view.t('flow.submit.none'));
  const verified = [
    ...flow.toVerify.filter((kind) => flow.verified.includes(factorPurpose(kind))).map((kind) => view.t(`flow.factor.${kind}`)),
    ...(summary.faceScan ? [view.t('flow.faceScan')] : []),
  ];
  const fileCount = Object.values(summary.files).reduce((sum, slots) => sum + Object.values(slots).reduce((n, ids) => n + ids.length, 0), 0);
  const termsMissing = view.invalid.submit !== undefined;
  const row = (key: FlowMessageKey, value: unknown) => html`<dt>${view.t(key)}</dt>
    <dd>${value}</dd>`;
  return html`
    <p part="intro">${view.t('flow.submit.intro')}</p>
    <dl part="summary">
      ${flow.journey.steps.includes('pick') || flow.lost.length > 0 ? row('flow.submit.lost', list(flow.lost.map((kind) => view.t(`flow.factor.${kind}`)))) : nothing}
      ${row('flow.submit.verified', list(verified))}
      ${summary.questionnaire === 'skipped' || summary.questionnaire === 'pending'
        ? nothing
        : row('flow.submit.questionnaire', view.t(`flow.submit.questionnaire.${summary.questionnaire}`))}
      ${fileCount > 0 ? row('flow.submit.files', fileCount) : nothing}
      ${summary.newContact
        ? html`<dt>${view.t('flow.submit.newContact')}</dt>
            <dd dir="ltr">${summary.newContact.masked}</dd>`
        : nothing}
    </dl>
    <form novalidate @submit=${on.submit}>
      ${checkbox('terms', flow.termsAccepted, termsMissing ? 'submit-feedback' : undefined, on.termsChange, view.t('flow.submit.terms'))}
      ${feedback(view, 'submit', 'submit-feedback')} ${action(view, 'submit', 'flow.submit.action')}
    </form>
  `;
}

