/**
 * Where focus goes when `<vk-reset-flow>` changes the screen by itself (a new step, the new
 * contact's code, the next code field, Next once the uploads are done): the next thing to do,
 * never the page body. A focused heading shows its ring only to a user moving with the keyboard
 * (Tab, Enter, Space, arrows); after a tap or a click it does not.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const navigationKeys = new Set(['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Escape']);

export class FlowFocus implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #keyboard = false;
  #target: (() => HTMLElement | null | undefined) | undefined;
  readonly #onKey = (event: KeyboardEvent) => {
    if (navigationKeys.has(event.key)) this.#keyboard = true;
  };
  readonly #onPointer = () => {
    this.#keyboard = false;
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKey, true);
    this.#host.addEventListener('pointerdown', this.#onPointer, true);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKey, true);
    this.#host.removeEventListener('pointerdown', this.#onPointer, true);
  }

  /** After the next render, focuses what `target` finds (the last call wins). */
  later(target: () => HTMLElement | null | undefined): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const element = this.#target?.();
    this.#target = undefined;
    if (!element) return;
    // Styled by `[data-focus-ring]:focus-visible` (reset-flow.styles.ts).
    element.toggleAttribute('data-focus-ring', this.#keyboard);
    element.focus();
  }

  /** Focus is on `within` (one of the flow's children) or lost to the page body: an automatic move takes nothing from the user. */
  static isIdle(root: ShadowRoot, within: Element | null): boolean {
    const active = root.activeElement;
    return active ? active === within : root.ownerDocument.activeElement === root.ownerDocument.body;
  }
}

/** The current step's section of the flow. */
export function currentSection(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('[part~="step"]:not([hidden])');
}

/** The step's first shown code field not verified yet. */
export function nextCodeField(root: ShadowRoot, verified: readonly string[]): HTMLElement | undefined {
  const inputs = currentSection(root)?.querySelectorAll<HTMLElement>('vk-code-input') ?? [];
  return [...inputs].find((input) => !verified.includes(input.getAttribute('purpose') ?? '') && input.offsetParent !== null);
}

/** After "Use this contact": the new contact's code field, else the host's human check, else "Change". */
export function afterContact(root: ShadowRoot): HTMLElement | null | undefined {
  const section = currentSection(root);
  const slot = section?.querySelector('slot[name="human-check"]');
  const check = slot instanceof HTMLSlotElement ? slot.assignedElements().find((element): element is HTMLElement => element instanceof HTMLElement) : undefined;
  return section?.querySelector<HTMLElement>('vk-code-input[purpose^="new-"]') ?? check ?? section?.querySelector<HTMLElement>('[part~="change"]');
}
