#!/usr/bin/env node
// Server-side rendering with @lit-labs/ssr, as a partner's Node server would do it: every tag of
// `verikit/define` renders in Node to declarative shadow DOM without touching `window` or
// `document` (at import or in constructors), then the page hydrates in Chromium with
// @lit-labs/ssr-client: no hydration mismatch, no console error or warning, the server's nodes
// kept, and a later update works. Ends with "ssr: N passed, N failed".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildPackage, linkPackageInto } from '../package/build.mjs';
import { launchChromium, serve } from '../interop/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'test-artifacts/ssr');

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function finish(extraFailures = 0) {
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed + extraFailures;
  console.log(`\nssr: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

console.log('ssr: building the package…');
const built = buildPackage();
if (!built.ok) {
  console.log(`  ✗ build failed\n${built.output.slice(-2000)}`);
  finish(1);
}

// Any read of `window` or `document` from verikit's own code is recorded (Lit's node build and
// @lit-labs/ssr may look for them; they are not verikit). Node has neither global.
const touched = [];
for (const name of ['window', 'document']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (caller.includes(join(root, 'dist'))) touched.push(`${name} from ${caller.trim()}`);
      return undefined;
    },
  });
}

const { render, html: serverHtml } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
// Resolved through package.json `exports`, as `import 'verikit/define'` in a partner's server.
await import('verikit/define');
const tags = ['vk-provider', 'vk-code-input', 'vk-reset-picker', 'vk-questionnaire', 'vk-proof-uploader', 'vk-totp-setup', 'vk-reset-flow', 'vk-recovery-codes'];

await check('importing verikit/define in Node touches neither window nor document, and registers every tag', () => {
  assert(touched.length === 0, touched.join('\n'));
  const missing = tags.filter((tag) => !customElements.get(tag));
  assert(missing.length === 0, `not registered: ${missing.join(', ')}`);
});

/** The page a server sends around `content` (a Lit template), as in docs/ssr.md. */
const pageOf = (title, tagsToCheck, content) => serverHtml`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body data-tags=${JSON.stringify(tagsToCheck)}>
    ${content}
    <script type="module" src="./client.js"></script>
  </body>
</html>`;
// Every tag alone in its default state, and the form docs/ssr.md shows.
const pages = [
  ...tags.map((tag) => ({ id: tag, tags: [tag], content: html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`, what: `<${tag}>` })),
  {
    id: 'recipe',
    tags: ['vk-code-input'],
    content: html`<form method="post" action="/verify"><vk-code-input name="code"></vk-code-input></form>`,
    what: 'the docs/ssr.md form (<vk-code-input name="code">)',
  },
];

mkdirSync(artifacts, { recursive: true });
const unlinkPackage = linkPackageInto(artifacts);
const rendered = [];
for (const page of pages) {
  await check(`${page.what} renders in Node to declarative shadow DOM with its styles, touching neither window nor document`, () => {
    const before = touched.length;
    const text = collectResultSync(render(pageOf(page.what, page.tags, page.content)));
    assert(touched.length === before, touched.slice(before).join('\n'));
    for (const tag of page.tags) {
      const element = new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"[^>]*><style>`).exec(text);
      assert(element, `no declarative shadow root with styles for <${tag}>: ${text.slice(0, 300)}`);
    }
    writeFileSync(join(artifacts, `${page.id}.html`), text);
    rendered.push(page);
  });
}

// The client bundle hydrates each page.
await build({
  entryPoints: { client: join(root, 'test/ssr/client.js') },
  outdir: artifacts,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  // Lit's development build: it reports hydration problems in detail.
  conditions: ['development'],
  nodePaths: [join(artifacts, 'node_modules'), join(root, 'node_modules')],
  logLevel: 'error',
});

const server = await serve(root, { allowed: ['test-artifacts/ssr'] });
const browser = await launchChromium();
try {
  for (const { id, what } of rendered) {
    await check(`${what} hydrates in Chromium: no mismatch, no console error or warning, the server's nodes kept, a later update works`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => {
        const text = message.text();
        if ((message.type() === 'error' || message.type() === 'warning') && !text.includes('Lit is in dev mode')) problems.push(`console.${message.type()}: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await page.goto(`${server.origin}/test-artifacts/ssr/${id}.html`);
      await page.waitForFunction(() => Array.isArray(window.verikitSsr), null, { timeout: 15_000 }).catch(() => problems.push('the client never finished hydrating'));
      const states = (await page.evaluate(() => window.verikitSsr)) ?? [];
      assert(problems.length === 0, problems.join('\n'));
      assert(states.length > 0, 'nothing checked');
      for (const state of states) {
        assert(state.serverRendered, `<${state.tag}>: the page had no server-rendered shadow root`);
        assert(state.hydrated, `<${state.tag}> never updated`);
        assert(state.sameNodes, `<${state.tag}> re-rendered instead of adopting the server-rendered nodes`);
        assert(state.clientCount === state.serverCount, `<${state.tag}>: the shadow root held ${state.serverCount} elements from the server and ${state.clientCount} after hydrating`);
      }
      await page.close();
    });
  }
} finally {
  await browser.close();
  await server.close();
  unlinkPackage();
}
finish();
