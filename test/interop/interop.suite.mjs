#!/usr/bin/env node
// verikit used the way partners use it, in the system Chromium: plain HTML with the CDN bundle,
// React 19 and Vue 3 pages bundled by esbuild from the package's own `exports`, a page under a
// strict CSP with Trusted Types enforced, and a class-only entry that registers nothing.
// Each page wires a pretend backend through the request events. Ends with
// "interop: N passed, N failed".
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildPackage, linkPackageInto } from '../package/build.mjs';
import { launchChromium, serve } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'test-artifacts/interop');
const pages = join(root, 'test/interop/pages');
const csp = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function finish(code = 0) {
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed + code;
  console.log(`\ninterop: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

console.log('interop: building the package…');
const built = buildPackage();
if (!built.ok) {
  console.log(`  ✗ build failed\n${built.output.slice(-2000)}`);
  finish(1);
}

// Bundle the framework pages as a partner would: `verikit/...` resolved through package.json
// `exports` (node_modules/verikit points at this package), production builds of React and Vue.
const unlinkPackage = linkPackageInto(artifacts);
await build({
  entryPoints: { react: join(pages, 'react.jsx'), vue: join(pages, 'vue.js'), 'class-entry': join(pages, 'class-entry.js') },
  outdir: artifacts,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  nodePaths: [join(artifacts, 'node_modules'), join(root, 'node_modules')],
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'error',
});

const server = await serve(root, {
  allowed: ['dist', 'test/interop/pages', 'test-artifacts/interop'],
  headersFor: (path) => (/\/csp(-all)?\.html$/.test(path) ? { 'content-security-policy': csp } : {}),
});
const browser = await launchChromium();

/** Opens a page, collecting console errors and uncaught exceptions. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => window.verikitReady === true, null, { timeout: 10_000 });
  return { page, problems };
}

const entries = (page, type) => page.evaluate((t) => (window.verikitLog ?? []).filter((entry) => entry.type === t), type);
const waitForEntry = (page, type) => page.waitForFunction((t) => (window.verikitLog ?? []).some((entry) => entry.type === t), type, { timeout: 10_000 });
const slotCount = (page, selector) => page.locator(`${selector} [part~="slot"]`).count();

/** The user's journey in every page: get a code, see where it went, type it, get verified. */
async function getAndEnterCode(page, selector, code) {
  await page.locator(`${selector} [part~="get-code"]`).click();
  await waitForEntry(page, 'vk-code-request');
  await page.locator(`${selector} [part~="destination"]`).filter({ hasText: 'j•••@mail.com' }).waitFor({ timeout: 10_000 });
  await page.locator(`${selector} [part~="input"]`).pressSequentially(code);
  await waitForEntry(page, 'vk-code-verified');
}

try {
  await check('plain HTML + CDN bundle: the tag renders, the page answers vk-code-request and vk-code-submit, the form gets the value', async () => {
    const { page, problems } = await open('/test/interop/pages/plain.html');
    assert((await slotCount(page, 'form vk-code-input')) === 6, 'expected 6 code slots');
    assert((await entries(page, 'same-class'))[0]?.value === true, 'the CDN bundle should export the registered class');
    await getAndEnterCode(page, 'form vk-code-input', '123456');
    const [submit] = await entries(page, 'vk-code-submit');
    assert(submit?.code === '123456' && submit.channel === 'email' && submit.purpose === 'login', `submit detail ${JSON.stringify(submit)}`);
    const formValue = await page.evaluate(() => new FormData(document.querySelector('form')).get('code'));
    assert(formValue === '123456', `the form should submit the code, got ${formValue}`);
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check('CDN bundle + <vk-provider locale="fr">: the French translation loads on demand from dist/cdn/', async () => {
    const { page, problems } = await open('/test/interop/pages/plain.html');
    await page.locator('#french [part~="get-code"]', { hasText: 'Recevoir un code' }).waitFor({ timeout: 10_000 });
    const english = await page.locator('form vk-code-input [part~="get-code"]').innerText();
    assert(english.includes('Get code'), `the English input should stay English, got "${english}"`);
    const lazy = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/cdn/')));
    assert(lazy.length >= 1, 'no translation file fetched from /dist/cdn/');
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check('React 19: length={4} and messages={…} set as properties, onvk-code-* props receive the events', async () => {
    const { page, problems } = await open('/test/interop/pages/react.html');
    await page.locator('vk-code-input [part~="slot"]').first().waitFor();
    assert((await slotCount(page, 'vk-code-input')) === 4, 'length={4} should give 4 slots');
    const wiring = await page.evaluate(() => {
      const input = document.querySelector('vk-code-input');
      const provider = document.querySelector('vk-provider');
      return { channel: input.getAttribute('channel'), lengthAttr: input.hasAttribute('length'), length: input.length, messagesAttr: provider.hasAttribute('messages') };
    });
    assert(wiring.channel === 'sms' && wiring.length === 4 && !wiring.lengthAttr && !wiring.messagesAttr, `React wiring ${JSON.stringify(wiring)}`);
    const label = await page.locator('vk-code-input [part~="get-code"]').innerText();
    assert(label.includes('Text me a code'), `the messages object should reach the provider, button says "${label}"`);
    await getAndEnterCode(page, 'vk-code-input', '1234');
    const [submit] = await entries(page, 'vk-code-submit');
    assert(submit?.code === '1234' && submit.channel === 'sms' && submit.purpose === 'react', `submit detail ${JSON.stringify(submit)}`);
    await page.locator('#react-state', { hasText: 'verified' }).waitFor({ timeout: 5000 });
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check('Vue 3: isCustomElement, :length and :messages as properties, @vk-code-* listeners', async () => {
    const { page, problems } = await open('/test/interop/pages/vue.html');
    await page.locator('vk-code-input [part~="slot"]').first().waitFor();
    assert((await slotCount(page, 'vk-code-input')) === 8, ':length="8" should give 8 slots');
    const label = await page.locator('vk-code-input [part~="get-code"]').innerText();
    assert(label.includes('Email me a code'), `the messages object should reach the provider, button says "${label}"`);
    await getAndEnterCode(page, 'vk-code-input', '12345678');
    const [submit] = await entries(page, 'vk-code-submit');
    assert(submit?.code === '12345678' && submit.purpose === 'vue', `submit detail ${JSON.stringify(submit)}`);
    await page.locator('#vue-state', { hasText: 'verified' }).waitFor({ timeout: 5000 });
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check(`strict CSP + Trusted Types (${csp}): no violation, styles applied, the flow works`, async () => {
    const { page, problems } = await open('/test/interop/pages/csp.html');
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    assert(header === csp, `the page must be served with the CSP, got ${header}`);
    assert(await page.evaluate(() => typeof window.trustedTypes?.createPolicy === 'function'), 'Trusted Types unavailable');
    // Constructable stylesheets are not blocked by style-src 'self': the 44px touch target holds.
    const height = await page.locator('vk-code-input [part~="get-code"]').evaluate((button) => button.getBoundingClientRect().height);
    assert(height >= 44, `get-code button is ${height}px high: styles missing`);
    await getAndEnterCode(page, 'vk-code-input', '123456');
    const violations = await page.evaluate(() => window.verikitViolations);
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check('every tag of the CDN bundle renders under the same CSP + Trusted Types, with no violation', async () => {
    const { page, problems } = await open('/test/interop/pages/csp-all.html');
    const tags = ['vk-code-input', 'vk-reset-picker', 'vk-questionnaire', 'vk-proof-uploader', 'vk-totp-setup', 'vk-reset-flow', 'vk-recovery-codes'];
    await page.waitForFunction((list) => list.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part]')), tags, { timeout: 10_000 });
    await page.locator('vk-totp-setup [part~="qr"] path').first().waitFor({ timeout: 10_000 });
    // <vk-recovery-codes> all the way: copy (refused without a user gesture or permission: the text fallback), the
    // print view's constructed sheet, new codes through the page's host, the tick and Continue.
    const codes = page.locator('vk-recovery-codes');
    await codes.locator('[part~="code"]').first().waitFor({ timeout: 10_000 });
    await codes.locator('[part~="print"]').click();
    await codes.locator('[part~="regenerate"]').click();
    await codes.locator('[part~="confirm-regenerate"]').click();
    await codes.locator('[part~="code"]', { hasText: 'P3XK-7RNV' }).waitFor({ timeout: 10_000 });
    await codes.locator('input[data-saved]').check();
    await codes.locator('[part~="continue"]').click();
    await codes.locator('[part~="done"]').waitFor({ timeout: 10_000 });
    assert((await entries(page, 'vk-recovery-codes-saved')).length === 1, 'vk-recovery-codes-saved not received');
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    assert(header === csp, `the page must be served with the CSP, got ${header}`);
    const violations = await page.evaluate(() => window.verikitViolations);
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check('"Continue on your phone" under the same CSP + Trusted Types: the QR code renders, the phone side opens, no violation', async () => {
    const { page, problems } = await open('/test/interop/pages/csp-all.html');
    await page.locator('#handoff-desktop [part~="handoff-start"]').click();
    await page.locator('#handoff-desktop [part~="handoff-qr"] path').waitFor({ timeout: 10_000 });
    const link = await page.locator('#handoff-desktop [part~="handoff-link"]').inputValue();
    assert(link === 'https://id.example.com/continue/Zq3xY8', `the link shown is ${link}`);
    await page.locator('#handoff-phone [part~="handoff-status"][data-phase="open"]').waitFor({ timeout: 10_000 });
    assert((await page.locator('#handoff-phone [part~="slot"]').count()) === 1, 'the phone should show the one slot handed off');
    const violations = await page.evaluate(() => window.verikitViolations);
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });

  await check('the CSP page really enforces: a string assigned to a script is refused, an inline style is reported', async () => {
    const { page } = await open('/test/interop/pages/csp.html');
    const scriptError = await page.evaluate(() => {
      try {
        document.createElement('script').textContent = 'window.inlineRan = true';
        return '';
      } catch (error) {
        return String(error);
      }
    });
    assert(scriptError.includes('TrustedScript'), `Trusted Types should refuse a plain string, got "${scriptError}"`);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await page.waitForFunction(() => window.verikitViolations.some((v) => v.directive.startsWith('style-src')), null, { timeout: 5000 });
    await page.close();
  });

  await check('verikit/code-input/class registers nothing; the host registers it under its own tag', async () => {
    const { page, problems } = await open('/test/interop/pages/class-entry.html');
    assert((await entries(page, 'defined-before'))[0]?.value === false, 'importing the class entry defined vk-code-input');
    assert(await page.evaluate(() => customElements.get('vk-code-input') === undefined), 'vk-code-input is defined');
    await page.locator('partner-code-input [part~="slot"]').first().waitFor();
    await page.locator('partner-code-input [part~="input"]').pressSequentially('654321');
    await waitForEntry(page, 'vk-code-submit');
    assert((await entries(page, 'vk-code-submit'))[0]?.code === '654321', 'submit not received');
    assert(problems.length === 0, problems.join('\n'));
    await page.close();
  });
} finally {
  await browser.close();
  await server.close();
  unlinkPackage();
}
finish();
