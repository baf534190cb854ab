#!/usr/bin/env node
// The Storybook walk: builds the static Storybook (or reuses a build newer than every source),
// serves it on 127.0.0.1, opens every story alone in headless Chromium and checks what a user
// would see: the story's vk-* element rendered with a shadow root, no console error, no failed
// request, axe-clean, and its play function (if any) passing. Also opens the partner page.
// Saves a screenshot per story to test-artifacts/storybook/<id>.png and ends with
// "storybook: N passed, N failed". Run alone: `node test/storybook/walk.suite.mjs [filter]`.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The static server and the Chromium launch (flags of web-test-runner.config.mjs) the Node suites share.
import { launchChromium, serve } from '../interop/browser.mjs';
// The Storybook build and axe, shared with the partner-page walk (partner-page.suite.mjs).
import { axeSource as readAxe, ensureBuild, outDir, root, runAxe as runAxeWith } from './storybook-static.mjs';

const artifacts = join(root, 'test-artifacts', 'storybook');
const filter = process.argv[2] ?? '';
const STORY_TIMEOUT_MS = 20_000;
// The README's screenshot (docs/demo.png), refreshed with VK_UPDATE_DEMO_SCREENSHOT=1.
const README_SCREENSHOT_STORY = 'elements-code-input--email-code-verified';
// Page-level rules that judge Storybook's iframe, not the story: a story is a fragment.
const axePageRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'html-has-lang', 'document-title'];

/** Runs before any page script: records Storybook's render phases and play-function failures. */
function recordStorybookEvents() {
  const record = { finished: undefined, docsRendered: false, errors: [], actions: [] };
  Object.defineProperty(window, '__vkWalk', { value: record });
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (next) => {
      channel = next;
      const failures = ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing', 'unhandledErrorsWhilePlaying'];
      for (const name of failures) next.on(name, (detail) => record.errors.push(`${name}: ${JSON.stringify(detail).slice(0, 600)}`));
      next.on('docsRendered', () => (record.docsRendered = true));
      next.on('storybook/actions/action-event', (event) => record.actions.push(event?.data?.name));
      next.on('storyFinished', (detail) => {
        record.finished = detail?.status ?? 'unknown';
        for (const report of detail?.reporters ?? []) {
          if (report.status === 'failed') record.errors.push(`${report.type} report failed: ${JSON.stringify(report.result).slice(0, 600)}`);
        }
      });
    },
  });
}

/** A page whose console errors, page errors, failed requests and HTTP errors land in `problems`. */
async function watchedPage(context, problems) {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 400)}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error.message ?? error).slice(0, 400)}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? ''})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(recordStorybookEvents);
  return page;
}

/** Opens a story (optionally with toolbar globals such as `locale:ar;theme:dark`) and checks it. */
/** Runs `work(page, problems)` in a watched page; a thrown error (e.g. a timeout) is one more problem. */
async function inPage(context, work) {
  const problems = [];
  const page = await watchedPage(context, problems);
  try {
    await work(page, problems);
  } catch (error) {
    problems.push(`walk error: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function checkStory(context, baseUrl, entry, axeSource, globals = '') {
  const screenshotName = globals ? `${entry.id}--${globals.replace(/[^a-z0-9]+/gi, '-')}` : entry.id;
  return inPage(context, async (page, problems) => {
    const globalsParam = globals ? `&globals=${encodeURIComponent(globals)}` : '';
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globalsParam}`, { timeout: STORY_TIMEOUT_MS });
    await page.waitForFunction(() => window.__vkWalk?.finished !== undefined, undefined, { timeout: STORY_TIMEOUT_MS });
    // Let Lit finish any update the play function or a last answer queued.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const state = await page.evaluate(async () => {
      const wrapper = document.querySelector('#storybook-root demo-backend');
      const tag = wrapper?.getAttribute('data-component') ?? '';
      const candidates = tag ? [...document.querySelectorAll(`#storybook-root ${tag}`)] : [];
      const element = candidates[0];
      // Every vk-* event the manifest documents for the element reaches the Actions panel: each is
      // dispatched on the element, not bubbling (no mock backend or other listener sees it), and
      // must come back as the Actions panel's channel event.
      const declarations = (window.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?.modules ?? []).flatMap((module) => module.declarations ?? []);
      const documented = (declarations.find((declaration) => declaration.tagName === tag)?.events ?? []).map((event) => event.name).filter((name) => name?.startsWith('vk-'));
      const finished = window.__vkWalk.finished;
      const errors = [...window.__vkWalk.errors];
      const before = window.__vkWalk.actions.length;
      for (const name of documented) element?.dispatchEvent(new Event(name));
      const logged = () => new Set(window.__vkWalk.actions.slice(before));
      for (let waited = 0; waited < 2000 && documented.some((name) => !logged().has(name)); waited += 50) await new Promise((done) => setTimeout(done, 50));
      return {
        unhandledEvents: documented.filter((name) => !logged().has(name)),
        finished,
        errors,
        tag,
        rendered: Boolean(element?.shadowRoot && element.shadowRoot.childElementCount > 0),
        errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
      };
    });
    if (state.finished !== 'success') problems.push(`story finished with status "${state.finished}"`);
    problems.push(...state.errors);
    if (state.errorDisplay) problems.push('Storybook shows its error display');
    if (state.unhandledEvents.length) problems.push(`not in the Actions panel: ${state.unhandledEvents.join(', ')}`);
    if (!state.tag) problems.push('the story declares no vk-* component');
    else if (!state.rendered) problems.push(`<${state.tag}> is missing or has an empty shadow root`);
    problems.push(...(await runAxe(page, axeSource, '#storybook-root')));
    await page.screenshot({ path: join(artifacts, `${screenshotName}.png`), fullPage: true });
  });
}

function runAxe(page, axeSource, selector) {
  return runAxeWith(page, axeSource, selector, axePageRules);
}

/**
 * A docs page: renders without errors; an element's autodocs shows the API tables read from
 * custom-elements.json (attributes/properties, events, parts…).
 */
async function checkDocs(context, baseUrl, entry) {
  return inPage(context, async (page, problems) => {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { timeout: STORY_TIMEOUT_MS });
    await page.waitForFunction(() => window.__vkWalk?.docsRendered, undefined, { timeout: STORY_TIMEOUT_MS });
    const state = await page.evaluate(() => ({
      text: document.querySelector('#storybook-docs')?.textContent?.length ?? 0,
      apiRows: document.querySelectorAll('#storybook-docs .docblock-argstable tbody tr').length,
      errors: window.__vkWalk.errors,
    }));
    problems.push(...state.errors);
    if (state.text < 200) problems.push('the docs page is (nearly) empty');
    if (!entry.importPath.endsWith('.mdx') && state.apiRows === 0) problems.push('no API table: is the element in custom-elements.json?');
  });
}

/** The partner page (demo/index.html) as a partner would ship it: renders, no errors, axe-clean. */
async function checkPartnerPage(context, baseUrl, axeSource) {
  return inPage(context, async (page, problems) => {
    await page.goto(`${baseUrl}/demo/index.html`, { timeout: STORY_TIMEOUT_MS });
    await page.waitForFunction(
      () => [...document.querySelectorAll('main *')].some((el) => el.localName.startsWith('vk-') && el.localName !== 'vk-provider' && el.shadowRoot?.childElementCount),
      undefined,
      { timeout: STORY_TIMEOUT_MS },
    );
    problems.push(...(await runAxe(page, axeSource, 'body')));
    await page.screenshot({ path: join(artifacts, 'partner-page.png'), fullPage: true });
  });
}

const started = performance.now();
ensureBuild('storybook');
mkdirSync(artifacts, { recursive: true });
const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
// The first story of each element is walked again in Arabic (right-to-left) and dark.
const firstOfEach = stories.filter((entry, position) => stories.findIndex((other) => other.title === entry.title) === position);
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.id.includes(filter));
const axeSource = readAxe();
const server = await serve(resolve(outDir), { allowed: ['.'] });
const baseUrl = server.origin;
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 900, height: 700 }, reducedMotion: 'reduce' });

let passed = 0;
let failed = 0;
const report = (name, problems, ms) => {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${name} (${ms} ms)`);
  } else {
    failed += 1;
    console.log(`  ✗ ${name} (${ms} ms)`);
    for (const problem of problems) console.log(`      ${problem}`);
  }
};

try {
  for (const entry of stories) {
    const storyStarted = performance.now();
    const problems = await checkStory(context, baseUrl, entry, axeSource);
    report(entry.id, problems, Math.round(performance.now() - storyStarted));
  }
  const variantGlobals = 'locale:ar;theme:dark';
  for (const entry of firstOfEach) {
    const variantStarted = performance.now();
    const problems = await checkStory(context, baseUrl, entry, axeSource, variantGlobals);
    report(`${entry.id} [${variantGlobals}]`, problems, Math.round(performance.now() - variantStarted));
  }
  for (const entry of docs) {
    const docsStarted = performance.now();
    report(entry.id, await checkDocs(context, baseUrl, entry), Math.round(performance.now() - docsStarted));
  }
  if ('partner-page'.includes(filter)) {
    const pageStarted = performance.now();
    report('partner-page (demo/index.html)', await checkPartnerPage(context, baseUrl, axeSource), Math.round(performance.now() - pageStarted));
  }
} finally {
  await browser.close();
  await server.close();
}
if (stories.length === 0) failed += 1; // an empty walk protects nothing
const readmeShot = join(artifacts, `${README_SCREENSHOT_STORY}.png`);
if (process.env.VK_UPDATE_DEMO_SCREENSHOT === '1' && existsSync(readmeShot)) {
  mkdirSync(join(root, 'docs'), { recursive: true });
  copyFileSync(readmeShot, join(root, 'docs', 'demo.png'));
  console.log('storybook: docs/demo.png updated');
}
console.log(`storybook: walked ${stories.length} stories (${firstOfEach.length} also in ar + dark), ${docs.length} docs pages and the partner page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
