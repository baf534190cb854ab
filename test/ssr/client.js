// The browser half of test/ssr/ssr.suite.mjs, bundled by esbuild from the package's exports the way
// a partner's bundler would. Lit's hydration support must load before Lit itself, so verikit comes
// in through a dynamic import, after the page noted which server-rendered node each shadow root starts with.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const tags = JSON.parse(document.body.dataset.tags ?? '[]');
const firstNodes = new Map(tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.querySelector(':not(style)') ?? null]));
const elementCount = (tag) => document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0;
const serverCounts = new Map(tags.map((tag) => [tag, elementCount(tag)]));

await import('verikit/define');
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
const elements = tags.map((tag) => document.querySelector(tag));
await Promise.all(elements.map((element) => element?.updateComplete));
// An update after hydration must patch the server's DOM, not throw or render a second copy.
for (const element of elements) element?.requestUpdate();
await Promise.all(elements.map((element) => element?.updateComplete));

window.verikitSsr = tags.map((tag, index) => {
  const element = elements[index];
  const first = firstNodes.get(tag);
  return {
    tag,
    serverRendered: first !== null,
    hydrated: element?.hasUpdated === true,
    // Hydration adopts the server's nodes: the first node found before verikit loaded is still in place.
    sameNodes: first !== null && first.isConnected && element?.shadowRoot?.contains(first) === true,
    // …and rendered nothing twice: without hydration Lit renders a second copy beside the server's
    // nodes (the top-level children grow); elements' own client-only DOM lives deeper (code-input's boxes).
    serverCount: serverCounts.get(tag),
    clientCount: elementCount(tag),
  };
});
