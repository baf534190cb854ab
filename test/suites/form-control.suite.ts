/**
 * The form-control contract (Web Awesome's `runFormControlBaseTests` idea), for every
 * form-associated element: value in FormData under `name`, `required` validity, form reset,
 * disabled by a `<fieldset disabled>`, and restore.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { settle } from '../helpers.js';

interface FormControl extends LitElement {
  name: string;
  value: unknown;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  checkValidity(): boolean;
  formStateRestoreCallback?(state: string | File | FormData | null, mode: string): void;
}

/** A registered Lit element whose class is form-associated (what this suite tests). */
function isFormControl(el: HTMLElement): el is FormControl {
  return 'updateComplete' in el && Reflect.get(el.constructor, 'formAssociated') === true;
}

export interface FormControlSuiteOptions {
  tag: string;
  /** A complete value the user could enter, as FormData carries it. */
  validValue: string;
  /** Enters `value` as a user would (typing, pasting…). */
  fill(el: FormControl, value: string): Promise<void>;
}

export function runFormControlSuite(name: string, options: FormControlSuiteOptions): void {
  async function inForm(attributes = ''): Promise<{ form: HTMLFormElement; el: FormControl }> {
    // fixtureSync: fixture() of a plain root waits for an animation frame, which a background test page may never get.
    const form = fixtureSync<HTMLFormElement>(html`<form></form>`);
    // The tag comes from the element's suite; attributes are fixed strings of the suite itself.
    const el = document.createElement(options.tag);
    if (!isFormControl(el)) throw new Error(`<${options.tag}> is not a registered form-associated element`);
    for (const attribute of attributes.split(' ').filter(Boolean)) {
      const [key = '', value = ''] = attribute.split('=');
      el.setAttribute(key, value);
    }
    el.setAttribute('name', 'field');
    form.append(el);
    await settle(el);
    return { form, el };
  }

  describe(`${name}: form control`, () => {
    it('is associated with its form and submits its value under its name', async () => {
      const { form, el } = await inForm();
      expect(el.form).to.equal(form);
      await options.fill(el, options.validValue);
      expect(new FormData(form).get('field')).to.equal(options.validValue);
    });

    it('is invalid while required and empty, valid once filled', async () => {
      const { el } = await inForm('required');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      await options.fill(el, options.validValue);
      expect(el.checkValidity()).to.equal(true);
    });

    it('empties on form reset', async () => {
      const { form, el } = await inForm();
      await options.fill(el, options.validValue);
      form.reset();
      await settle(el);
      expect(el.value).to.equal('');
      expect(new FormData(form).get('field')).to.equal('');
    });

    it('is disabled by a disabled fieldset and then left out of the form data', async () => {
      const { form, el } = await inForm();
      await options.fill(el, options.validValue);
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await settle(el);
      expect(el.disabled).to.equal(true);
      expect(new FormData(form).has('field')).to.equal(false);
    });

    it('restores a value the browser kept (back/forward, autofill restore)', async () => {
      const { form, el } = await inForm();
      el.formStateRestoreCallback?.(options.validValue, 'restore');
      await settle(el);
      expect(el.value).to.equal(options.validValue);
      expect(new FormData(form).get('field')).to.equal(options.validValue);
    });
  });
}
