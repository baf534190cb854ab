import { property } from 'lit/decorators.js';
import { VkElement } from './base-element.js';

/**
 * Base of the form-associated elements: name/value in the owning `<form>`, validity anchored on
 * the inner control, reset and restore, and custom states (`:state(expired)`) for styling.
 */
export class VkFormControl extends VkElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;

  /** Name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** The user must fill this in before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the control (also set by a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Called by the form when a `<fieldset disabled>` around us changes. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Adds or removes a custom state, e.g. `:state(expired)`. */
  protected toggleState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }
}
