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
  readonly #root: () => ShadowRoot;
  #keyboard = false;
  #target: (() => HTMLElement | null | undefined) | undefined;
  readonly #onKey = (event: KeyboardEvent) => {
    if (navigationKeys.has(event.key)) this.#keyboard = true;
  };
  readonly #onPointer = () => {
    this.#keyboard = false;
  };

  constructor(host: ReactiveControllerHost & HTMLElement, root: () => ShadowRoot) {
    this.#host = host;
    this.#root = root;
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
    // A child element (a code input) renders after us: it can take the focus once it has.
    const rendered = (element as Partial<ReactiveControllerHost>).updateComplete;
    if (rendered) void rendered.then(() => element.focus());
    else element.focus();
  }

  /** A new step: its heading. */
  heading(step: string): void {
    this.later(() => this.#root().querySelector<HTMLElement>(`#heading-${step}`));
  }

  /** The step's own button (after Cancel). */
  action(): void {
    this.later(() => currentSection(this.#root())?.querySelector<HTMLElement>('form [part~="action"]'));
  }

  /** Next was pressed too early: what is missing (its text, to announce). */
  blockedReason(): string {
    const hint = () => this.#root().getElementById('next-hint');
    this.later(hint);
    return hint()?.textContent.trim() ?? '';
  }

  /** One code accepted, the step not done: the first shown code field not verified yet. */
  nextCodeField(verified: () => readonly string[]): void {
    this.later(() => {
      const inputs = currentSection(this.#root())?.querySelectorAll<HTMLElement>('vk-code-input') ?? [];
      return [...inputs].find((input) => !verified().includes(input.getAttribute('purpose') ?? '') && input.offsetParent !== null);
    });
  }

  /** After "Use this contact": the new contact's code field, else the host's human check, else "Change". */
  afterContact(): void {
    this.later(() => {
      const section = currentSection(this.#root());
      const slot = section?.querySelector('slot[name="human-check"]');
      const check = slot instanceof HTMLSlotElement ? slot.assignedElements().find((element): element is HTMLElement => element instanceof HTMLElement) : undefined;
      return section?.querySelector<HTMLElement>('vk-code-input[purpose^="new-"]') ?? check ?? section?.querySelector<HTMLElement>('[part~="change"]');
    });
  }

  /**
   * The uploads are done: Next, if focus is in the uploader or was lost to the page body (a button
   * that went away); never taken from elsewhere (the heading on arrival, another field).
   */
  uploadsDone(): void {
    const root = this.#root();
    const active = root.activeElement;
    const idle = active ? active === currentSection(root)?.querySelector('vk-proof-uploader') : root.ownerDocument.activeElement === root.ownerDocument.body;
    if (idle) this.later(() => root.querySelector<HTMLElement>('[part~="next"]'));
  }
}

/** The current step's section of the flow. */
function currentSection(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>('[part~="step"]:not([hidden])');
}
