import { property } from 'lit/decorators.js';
import { VkElement } from './base-element.js';

/**
 * Base of the form-associated elements: name/value in the owning `<form>`, validity anchored on
 * the inner control, reset and restore, and custom states (`:state(expired)`) for styling.
 */
export class VkFormControl<Key extends string = string> extends VkElement<Key> {
  static formAssociated = true;

  /** Name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** The user must fill this in before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the control (also set by a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;

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
}
