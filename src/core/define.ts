/**
 * Registers a tag once. A second copy of verikit on the page (or a second import) skips an
 * already-defined tag instead of throwing, and says so when it is a different class.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`verikit: <${tag}> is already defined by another copy; keeping the first.`);
    return;
  }
  customElements.define(tag, ctor);
}
