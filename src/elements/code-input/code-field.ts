import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** Digits typed on Arabic and Persian keyboards, which NFKC leaves alone. */
const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Folds what a user typed, pasted or autofilled into code characters: NFKC (full-width digits),
 * Arabic-Indic digits to ASCII, then every separator and stray character dropped.
 */
export function normalizeCode(raw: string, alphanumeric: boolean): string {
  const folded = raw
    .normalize('NFKC')
    .replace(easternDigits, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)));
  return alphanumeric ? folded.replace(/[^0-9a-z]/gi, '').toUpperCase() : folded.replace(/[^0-9]/g, '');
}

export interface CodeFieldOptions {
  /** How many characters the code has. */
  length(): number;
  /** Letters count as code characters too. */
  alphanumeric(): boolean;
  /** Slots per group, drawn apart and wrapping as a whole (recovery codes: `ABCD EFGH`); 0 draws one row. */
  group(): number;
  /** The user changed the field (typing, paste, autofill); `wholeCode` when a whole code was pasted. */
  onEdit(code: string, wholeCode: boolean): void;
  /** Enter in the field. */
  onEnter(): void;
}

/** One slot box: its character and whether the caret (or the selection) is on it. */
export interface CodeSlot {
  character: string;
  active: boolean;
}

/** What the field shows, from the host's state. */
export interface CodeFieldState {
  value: string;
  /** The input's hidden description ("Enter the 6-digit code."). */
  hint: string;
  disabled: boolean;
  readOnly: boolean;
  required: boolean;
  invalid: boolean;
}

/**
 * The editing model of a one-time-code field drawn as slots over one real `<input>` (Web Awesome's
 * segmented-field controller idea, for a single segment): it folds every input path (typing,
 * paste, autofill) into code characters, replaces everything with a pasted whole code and puts a
 * fragment at the caret, overwrites at the caret in a full code, and follows the caret and the
 * selection so the slots show where the caret is. `render()` draws the slots and the real input
 * (transparent over them) with these handlers bound; it re-dispatches `change`, which does not
 * leave a shadow root by itself. Arrows, Home/End, Backspace and select-all stay the input's own.
 */
export class CodeField implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #options: CodeFieldOptions;
  #start = 0;
  #end = 0;
  #focused = false;

  constructor(host: ReactiveControllerHost & EventTarget, options: CodeFieldOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** A removed input gets no `blur`: it is not focused when it comes back. */
  hostDisconnected(): void {
    this.#focused = false;
    this.#host.requestUpdate();
  }

  /** The slot boxes for `code`, with the caret's slot (or the selected ones) active while focused. */
  slots(code: string): CodeSlot[] {
    const length = this.#options.length();
    const [start, end] = [this.#start, this.#end];
    const caretSlot = Math.min(start, length - 1);
    return Array.from({ length }, (_, index) => ({
      character: code[index] ?? '',
      active: this.#focused && (start === end ? index === caretSlot : index >= start && index < end),
    }));
  }

  /** The slot boxes (`part="slots"`, hidden from assistive technology) and the real input, described by `#hint` and `#status`. */
  render({ value, hint, disabled, readOnly, required, invalid }: CodeFieldState): TemplateResult {
    const alphanumeric = this.#options.alphanumeric();
    return html`<div part="field" class="field">
      <div part="slots" class="slots" aria-hidden="true" dir="ltr">${this.#slots(value)}</div>
      <input
        part="input"
        id="input"
        class="input"
        dir="ltr"
        autocomplete="one-time-code"
        inputmode=${alphanumeric ? 'text' : 'numeric'}
        pattern=${alphanumeric ? nothing : '[0-9]*'}
        autocapitalize=${alphanumeric ? 'characters' : 'off'}
        autocorrect="off"
        spellcheck="false"
        enterkeyhint="done"
        .value=${live(value)}
        ?disabled=${disabled}
        ?readonly=${readOnly}
        ?required=${required}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="hint status"
        @input=${this.#onInput}
        @beforeinput=${this.#onBeforeInput}
        @paste=${this.#onPaste}
        @keydown=${this.#onKeyDown}
        @keyup=${this.#onSelectionChange}
        @pointerup=${this.#onSelectionChange}
        @selectionchange=${this.#onSelectionChange}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @change=${this.#onChange}
      />
      <span id="hint" class="visually-hidden">${hint}</span>
    </div>`;
  }

  #slots(value: string): TemplateResult[] {
    const slots = this.slots(value).map(
      ({ character, active }) => html`<span part=${`slot${character ? ' slot-filled' : ''}${active ? ' slot-active' : ''}`} class="slot">${character}</span>`,
    );
    const size = this.#options.group();
    if (!size) return slots;
    return Array.from({ length: Math.ceil(slots.length / size) }, (_, group) => html`<span class="group">${slots.slice(group * size, group * size + size)}</span>`);
  }

  /** Focuses the input with the whole code selected, so the user can retype over it at once. */
  selectAll(input: HTMLInputElement | null): void {
    if (!input) return;
    input.focus();
    input.select();
    this.#track(input);
  }

  /** Typing and autofill (the native `input` event goes on to the host by itself: it is composed). */
  readonly #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#apply(input, input.value, input.selectionStart ?? input.value.length, false);
  };

  /** A full code overwrites the character after the caret instead of pushing the rest out. */
  readonly #onBeforeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const start = input.selectionStart;
    const length = this.#options.length();
    if (event.inputType !== 'insertText' || !event.data || start === null || start !== input.selectionEnd) return;
    if (input.value.length < length || start >= length) return;
    event.preventDefault();
    const typed = normalizeCode(event.data, this.#options.alphanumeric());
    if (typed) this.#replace(input, input.value.slice(0, start) + typed + input.value.slice(start + typed.length), start + typed.length, false);
  };

  /** A pasted whole code replaces everything; a fragment goes where the caret is. */
  readonly #onPaste = (event: ClipboardEvent): void => {
    const input = event.target as HTMLInputElement;
    if (input.readOnly) return;
    event.preventDefault();
    const pasted = normalizeCode(event.clipboardData?.getData('text') ?? '', this.#options.alphanumeric());
    const length = this.#options.length();
    if (!pasted) return;
    if (pasted.length >= length) {
      this.#replace(input, pasted, length, true);
      return;
    }
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    this.#replace(input, input.value.slice(0, start) + pasted + input.value.slice(end), start + pasted.length, false);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.#options.onEnter();
    }
  };

  /** The caret may have moved (keys, pointer, select-all): the slots follow it. */
  readonly #onSelectionChange = (event: Event): void => {
    this.#track(event.target as HTMLInputElement);
  };

  readonly #onFocus = (event: FocusEvent): void => {
    this.#focused = true;
    this.#track(event.target as HTMLInputElement);
    this.#host.requestUpdate();
  };

  readonly #onBlur = (): void => {
    this.#focused = false;
    this.#host.requestUpdate();
  };

  readonly #onChange = (): void => {
    this.#host.dispatchEvent(new Event('change', { bubbles: true }));
  };

  /** Paths that cancel the native insertion still owe the host an `input` event. */
  #replace(input: HTMLInputElement, raw: string, caret: number, wholeCode: boolean): void {
    const before = input.value;
    this.#apply(input, raw, caret, wholeCode);
    if (input.value !== before) this.#host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Normalises the input's text, keeps the caret after the same characters, and hands the code on. */
  #apply(input: HTMLInputElement, raw: string, caret: number, wholeCode: boolean): void {
    const alphanumeric = this.#options.alphanumeric();
    const code = normalizeCode(raw, alphanumeric).slice(0, this.#options.length());
    const caretAfter = Math.min(normalizeCode(raw.slice(0, caret), alphanumeric).length, code.length);
    if (input.value !== code) input.value = code;
    input.setSelectionRange(caretAfter, caretAfter);
    this.#track(input);
    this.#options.onEdit(code, wholeCode);
  }

  #track(input: HTMLInputElement): void {
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    if (start === this.#start && end === this.#end) return;
    this.#start = start;
    this.#end = end;
    this.#host.requestUpdate();
  }
}
