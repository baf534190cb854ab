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
import { repeat } from 'lit/directives/repeat.js';
import { isolate } from '../../core/i18n.js';
import { maskToShow, readContact } from './contact.js';
import type { SupportReason } from '../../core/support.js';
import type { VkCodeSentEvent, VkCodeVerifiedEvent } from '../code-input/code-input.events.js';
import type { VkProofChangeDetail } from '../proof-uploader/proof-uploader.events.js';
import { passwordNote, restrictionNotice, supportButton } from './reset-flow.ends.js';
import { factorPurpose, newContactKind, newContactPurpose, summarise, type FlowEvent, type FlowState } from './reset-flow.machine.js';
import type { FlowMessageKey } from './reset-flow.messages.js';
import type { ResetFlowAccount } from './reset-flow.schema.js';
import type { FlowChannel, FormProblem, JourneyRun, StepHandlers, StepView } from './reset-flow.steps.js';
import { codePurposes, contactKinds, type ContactKind, type FactorKind } from './reset-flow.types.js';

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

/** The host's refusals only support can solve (a wrong password or an invalid contact the user can fix). */
export const supportFor: Partial<Record<string, SupportReason>> = { locked: 'locked', 'not-found': 'not-found', taken: 'taken', refused: 'refused' };

/** Adapter for every `<vk-code-input>` of the flow: a code of a known purpose was verified. */
export function codeVerified(view: StepView): (event: VkCodeVerifiedEvent) => void {
  return (event) => {
    const purpose = codePurposes.find((known) => known === event.detail.purpose);
    if (purpose) view.on.codeVerified(purpose);
  };
}

/** Each factor's code channel. */
const codeChannel = { email: 'email', phone: 'sms', totp: 'totp' } as const satisfies Record<FactorKind, string>;

/** One code input per factor still to verify; in `new-contact` too, for journeys that verify there (OKX). */
export function factorCodes(view: StepView): TemplateResult {
  const { flow } = view;
  return html`${repeat(
    flow.toVerify,
    (kind) => kind,
    (kind) => {
      const purpose = factorPurpose(kind);
      const masked = view.account?.factors.find((factor) => factor.kind === kind)?.masked;
      return html`${flow.verified.includes(purpose) ? html`<p part="verified">${view.t('flow.verify.verified', { item: view.t(`flow.factor.${kind}`) })}</p>` : nothing}
        <vk-code-input
          channel=${codeChannel[kind]}
          purpose=${purpose}
          masked-destination=${ifDefined(masked)}
          label=${view.t(`flow.verify.${kind}`)}
          @vk-code-verified=${codeVerified(view)}
          @vk-code-lock=${() => view.on.choose({ codeLocked: true })}
        ></vk-code-input>`;
    },
  )}`;
}

/** What the forms' handlers need from the element. */
export interface FormContext {
  flow(): FlowState;
  run(): JourneyRun;
  account(): ResetFlowAccount | undefined;
  send(event: FlowEvent): void;
  /** A form's own check failed (the field at fault gets the focus); without a problem, clears it. */
  setInvalid(channel: FlowChannel, problem?: FormProblem, field?: HTMLElement | null): void;
  agreementMissing(missing: boolean): void;
  lookup(identifier: string, password: string | undefined): void;
  submitContact(kind: ContactKind, value: string): void;
  submit(): void;
}

/** The flow's own forms: each checks what it can before asking the host, and puts the focus on the field at fault. */
export function formHandlers(context: FormContext): Pick<StepHandlers, 'agreementSubmit' | 'agreementChange' | 'accountSubmit' | 'contactSubmit' | 'termsChange' | 'submit'> {
  return {
    agreementSubmit: (event) => {
      event.preventDefault();
      const checkbox = inputOf(formOf(event), 'agreement');
      const agreed = checkbox?.checked === true;
      context.agreementMissing(!agreed);
      if (agreed) context.send({ type: 'agreement-change', agreed: true });
      else checkbox?.focus();
    },
    agreementChange: (event) => {
      // Ticking counts only once confirmed; unticking withdraws the agreement at once.
      if ((event.currentTarget as HTMLInputElement).checked) context.agreementMissing(false);
      else context.send({ type: 'agreement-change', agreed: false });
    },
    accountSubmit: (event) => {
      event.preventDefault();
      const form = formOf(event);
      const identifier = textOf(form, 'identifier');
      const password = context.flow().journey.askPassword ? (inputOf(form, 'password')?.value ?? '') : undefined;
      if (!identifier) context.setInvalid('lookup', { key: 'flow.account.required', field: 'identifier' }, inputOf(form, 'identifier'));
      else if (password === '') context.setInvalid('lookup', { key: 'flow.account.passwordRequired', field: 'password' }, inputOf(form, 'password'));
      else context.lookup(identifier, password);
    },
    contactSubmit: (event) => {
      event.preventDefault();
      const typed = readContactForm(formOf(event), context.flow(), context.run(), context.account());
      if ('problem' in typed) context.setInvalid('contact', typed.problem, typed.field);
      else context.submitContact(typed.kind, typed.value);
    },
    termsChange: (event) => {
      const accepted = (event.currentTarget as HTMLInputElement).checked;
      if (accepted) context.setInvalid('submit');
      context.send({ type: 'terms-change', accepted });
    },
    submit: (event) => {
      event.preventDefault();
      context.submit();
    },
  };
}

/** The new-contact form as typed: the contact to record, or what is wrong (and its field, to focus). */
function readContactForm(
  form: HTMLFormElement,
  flow: FlowState,
  run: JourneyRun,
  account: ResetFlowAccount | undefined,
): { kind: ContactKind; value: string } | { problem: FormProblem; field: HTMLInputElement | null } {
  const bound = newContactKind(flow);
  const kind = flow.journey.newContact === 'choice' ? (run.contactKind ?? (bound === 'phone' ? 'phone' : 'email')) : bound === 'phone' ? 'phone' : 'email';
  const typed = readContact(kind, { email: textOf(form, 'email'), country: textOf(form, 'country'), phone: textOf(form, 'phone') }, account?.[kind]);
  if (!('problem' in typed)) return { kind, value: typed.value };
  const { problem, field, expected } = typed;
  return { problem: { key: `flow.contact.${problem}`, field, ...(expected ? { params: { expected } } : {}) }, field: inputOf(form, field) };
}

/** The new contact's code was sent: a host naming another destination is its bug; the code field keeps the contact entered. */
export function keepDestination(event: VkCodeSentEvent, flow: FlowState, run: JourneyRun): void {
  const chosen = flow.newContact;
  const sent = event.detail.maskedDestination;
  const source = `the vk-code-request answer's maskedDestination for "${event.detail.purpose}"`;
  if (chosen && sent !== undefined && maskToShow(chosen.kind, run.newContactValue, sent, source) !== sent) {
    (event.currentTarget as HTMLElement & { maskedDestination: string }).maskedDestination = chosen.masked;
  }
}

/** The host's files of an upload step, by slot, from its uploader's report. */
export function uploadedIds(detail: VkProofChangeDetail): Record<string, string[]> {
  const ids = Object.entries(detail.slots).map(([slotId, slot]) => [slotId, slot.files.flatMap((file) => (file.status === 'uploaded' && file.uploadedId ? [file.uploadedId] : []))]);
  return Object.fromEntries(ids) as Record<string, string[]>;
}

/** A form's feedback: its own check's message, else the request's state (pending, waiting, error…), and "Contact support" after a refusal only support can solve. */
function feedback(view: StepView, channel: FlowChannel, id: string): TemplateResult | typeof nothing {
  const invalid = view.invalid[channel];
  const refusal = view.refusals[channel];
  return html`${invalid ? html`<p part="error" id=${id}>${view.t(invalid.key, invalid.params)}</p>` : view.requests[channel].render(id)}
  ${refusal && !invalid ? supportButton(view, refusal) : nothing}`;
}

/** Only the field at fault is invalid: the one the form's check named, else (after the host said no) the form's main field. */
function isInvalid(view: StepView, channel: FlowChannel, field: string, main = true): 'true' | 'false' {
  const problem = view.invalid[channel];
  return (problem ? problem.field === field : main && view.requests[channel].status === 'error') ? 'true' : 'false';
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
  const { agreementMissing: missing } = view;
  return html`
    <div part="instructions">
      <p part="intro">${view.t('flow.agreement.intro')}</p>
      <ul>
        <li>${view.t('flow.agreement.steps')}</li>
        <li>${view.t('flow.rebind')}</li>
      </ul>
    </div>
    ${restrictionNotice(view)}
    <form novalidate @submit=${view.on.agreementSubmit}>
      ${checkbox('agreement', view.flow.agreed, missing ? 'agreement-error' : undefined, view.on.agreementChange, view.t('flow.agreement.agree', view.restriction))}
      ${missing ? html`<p part="error" id="agreement-error">${view.t('flow.agreement.required')}</p>` : nothing}
      ${action(view, undefined, 'flow.agreement.confirm')}
    </form>
  `;
}

export function renderAccount(view: StepView): TemplateResult {
  return html`
    <p part="intro">${view.t('flow.account.intro')}</p>
    <form novalidate @submit=${view.on.accountSubmit}>
      <label part="field">
        <span>${view.t('flow.account.identifier')}</span>
        <input part="input" name="identifier" type="text" autocomplete="username" aria-invalid=${isInvalid(view, 'lookup', 'identifier')} aria-describedby="account-feedback" />
      </label>
      ${view.flow.journey.askPassword
        ? html`<label part="field">
            <span>${view.t('flow.account.password')}</span>
            <input
              part="input"
              name="password"
              type="password"
              autocomplete="current-password"
              aria-invalid=${isInvalid(view, 'lookup', 'password', false)}
              aria-describedby="account-feedback"
            />
          </label>`
        : nothing}
      ${feedback(view, 'lookup', 'account-feedback')} ${action(view, 'lookup', 'flow.account.continue')}
    </form>
    ${renderLock(view)} ${passwordNote(view)}
  `;
}

/** The account is locked [000 §1.3]: until when, a live countdown, and the ways to unlock it sooner. */
function renderLock(view: StepView): TemplateResult | typeof nothing {
  const lock = view.lock;
  if (!lock) return nothing;
  const link = (via: 'forgot-password' | 'reset-verification', key: FlowMessageKey) =>
    html`<button part=${via} class="vk-link" type="button" @click=${() => view.on.unlock(via)}>${view.t(key)}</button>`;
  return html`<div part="lock">
    <p>${view.t('flow.account.lockedUntil', { time: lock.until })}</p>
    <p part="lock-timer" aria-hidden="true">${view.t('flow.account.unlocksIn', { time: lock.countdown })}</p>
    <p part="links">${link('forgot-password', 'flow.account.forgotPassword')} ${link('reset-verification', 'flow.account.resetVerification')}</p>
  </div>`;
}

/** The e-mail or phone fields of the new-contact form. */
function contactFields(view: StepView, kind: ContactKind): TemplateResult {
  const invalid = (field: string) => isInvalid(view, 'contact', field, field !== 'country');
  return kind === 'email'
    ? html`<label part="field">
        <span>${view.t('flow.contact.email')}</span>
        <input part="input" name="email" type="email" autocomplete="email" inputmode="email" .value=${view.run.newContactValue} aria-invalid=${invalid('email')} aria-describedby="contact-feedback" />
      </label>`
    : html`<div part="phone-fields">
        <label part="field">
          <span>${view.t('flow.contact.countryCode')}</span>
          <input part="input" name="country" type="tel" autocomplete="tel-country-code" inputmode="tel" .value=${view.host.countryCode} aria-invalid=${invalid('country')} aria-describedby="contact-feedback" />
        </label>
        <label part="field">
          <span>${view.t('flow.contact.phone')}</span>
          <input part="input" name="phone" type="tel" autocomplete="tel-national" inputmode="tel" aria-invalid=${invalid('phone')} aria-describedby="contact-feedback" />
        </label>
      </div>`;
}

/** MEXC: the new contact may be an e-mail or a phone number [001 step 6]. */
function contactChoice(view: StepView, kind: ContactKind): TemplateResult {
  return html`<fieldset part="contact-choice">
    <legend>${view.t('flow.contact.choose')}</legend>
    ${contactKinds.map(
      (option) => html`<label part="choice">
        <input type="radio" name="contact-kind" value=${option} .checked=${option === kind} @change=${() => view.on.choose({ contactKind: option })} />
        <span>${view.t(`flow.factor.${option}`)}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** Binding a lost authenticator again: the host's `<vk-totp-setup>` in the `totp-setup` slot (current step only). */
function renderTotpBinding(view: StepView): TemplateResult {
  if (view.flow.totpLinked) return html`<p part="verified">${view.t('flow.contact.totpLinked')}</p>`;
  return html`<p part="intro">${view.t('flow.contact.intro.totp')}</p>
    ${view.flow.step === 'new-contact' ? html`<slot name="totp-setup"></slot>` : nothing}`;
}

export function renderNewContact(view: StepView): TemplateResult {
  const { flow, on } = view;
  const journey = flow.journey;
  // A change journey's last commitment before the new contact gets its code: the restriction it brings.
  const notice = journey.steps.at(-1) === 'done' ? restrictionNotice(view) : nothing;
  const current = journey.verifyWithNewContact ? html`<p part="intro">${view.t('flow.contact.current')}</p>${factorCodes(view)}` : nothing;
  const bound = newContactKind(flow);
  if (bound === 'totp') return renderTotpBinding(view);
  const chosen = flow.newContact;
  if (!chosen) {
    const kind = journey.newContact === 'choice' ? (view.run.contactKind ?? bound) : bound;
    return html`
      <p part="intro">${view.t(`flow.contact.intro.${kind}`)}</p>
      ${notice}
      <form novalidate @submit=${on.contactSubmit}>
        ${journey.newContact === 'choice' ? contactChoice(view, kind) : nothing} ${contactFields(view, kind)}
        ${feedback(view, 'contact', 'contact-feedback')} ${action(view, 'contact', 'flow.contact.use')}
      </form>
      ${current}
    `;
  }
  const waitForHumanCheck = journey.humanCheck === true && !flow.humanCheckDone;
  return html`
    <p part="intro">
      ${view.t('flow.contact.chosen', { masked: isolate(chosen.masked) })}
      ${chosen.verified ? nothing : html`<button part="change" class="vk-link" type="button" @click=${on.contactChange}>${view.t('flow.contact.change')}</button>`}
    </p>
    ${notice}
    ${waitForHumanCheck
      ? html`<p part="intro">${view.t('flow.contact.humanCheck')}</p>
          <slot name="human-check"></slot>`
      : html`<vk-code-input
          channel=${chosen.kind === 'email' ? 'email' : 'sms'}
          purpose=${newContactPurpose(chosen.kind)}
          masked-destination=${chosen.masked}
          label=${view.t(`flow.contact.code.${chosen.kind}`)}
          @vk-code-verified=${codeVerified(view)}
          @vk-code-sent=${(event: VkCodeSentEvent) => on.codeSent(event)}
        ></vk-code-input>`}
    ${current}
  `;
}

/** The review line says what happened: the questions not passed, or documents by the user's choice (after a reload: only that documents were sent). */
const fallbackSummary = {
  'attempts-exhausted': 'flow.submit.questionnaire.failed',
  'user-choice': 'flow.submit.questionnaire.chosen',
  unknown: 'flow.submit.questionnaire.fallback',
} as const;

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
        : row('flow.submit.questionnaire', view.t(summary.questionnaire === 'accepted' ? 'flow.submit.questionnaire.accepted' : fallbackSummary[view.run.fallbackReason ?? 'unknown']))}
      ${fileCount > 0 ? row('flow.submit.files', fileCount) : nothing}
      ${summary.newContact
        ? html`<dt>${view.t('flow.submit.newContact')}</dt>
            <dd dir="ltr">${summary.newContact.masked}</dd>`
        : nothing}
    </dl>
    ${restrictionNotice(view)}
    <form novalidate @submit=${on.submit}>
      ${checkbox('terms', flow.termsAccepted, termsMissing ? 'submit-feedback' : undefined, on.termsChange, view.t('flow.submit.terms'))}
      ${feedback(view, 'submit', 'submit-feedback')} ${action(view, 'submit', 'flow.submit.action')}
    </form>
  `;
}

