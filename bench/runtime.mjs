#!/usr/bin/env node
// `npm run bench` (runtime), in the system headless Chromium with the test flags:
//  1. Time to render 1,000 <vk-code-input> (CDN bundle) until every `updateComplete`, then until
//     the first layout; beside it 1,000 native <input>, 1,000 minimal Lit elements with six slot
//     inputs, and 1,000 Shoelace <sl-input>. Median of several fresh pages.
//  2. Script time (CDP Performance.getMetrics ScriptDuration, TaskDuration) of a page with 10
//     running countdowns (10 <vk-code-input> with a sent code: validity + resend timers) over 30 s,
//     against the same page with no countdown running and a blank page.
// Flags: --short (countdowns over 10 s instead of 30 s), --runs N (default 7), --no-build.
// Figures only, nothing fails. The machine is shared and noisy: compare ratios within one run.
import { spawnSync } from 'node:child_process';
import { buildPackage } from '../test/package/build.mjs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, serve } from '../test/interop/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-artifacts/bench-runtime');
const argv = process.argv.slice(2);
const short = argv.includes('--short');
const countdownSeconds = short ? 10 : 30;
const runsIndex = argv.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 7;

if (!argv.includes('--no-build')) {
  console.log('bench: building the package…');
  const built = buildPackage();
  if (!built.ok) {
    console.error(built.output);
    process.exit(1);
  }
}

// The reference elements, bundled once: a minimal Lit element and Shoelace's input.
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const bundle = (contents, outfile) =>
  build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    outfile: join(work, outfile),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
await bundle(
  `import { LitElement, html, css } from 'lit';
  customElements.define('x-six-slots', class extends LitElement {
    static styles = css\`:host{display:flex;gap:8px} input{width:3rem;height:3.25rem}\`;
    render() { return html\`\${[0, 1, 2, 3, 4, 5].map((i) => html\`<input part="slot" inputmode="numeric" maxlength="1" aria-label=\${'Digit ' + (i + 1)}>\`)}\`; }
  });`,
  'lit-six.js',
);
let shoelaceError = '';
await bundle(`import '@shoelace-style/shoelace/dist/components/input/input.js';`, 'shoelace-input.js').catch((error) => {
  shoelaceError = String(error.message).split('\n')[0];
});
writeFileSync(join(work, 'page.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');

const server = await serve(root, { allowed: ['dist', 'test-artifacts/bench-runtime'] });
const browser = await launchChromium();
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Renders 1,000 `tag` in a fresh page after loading `script`; returns [ms to updateComplete, ms to first layout]. */
async function renderThousand(tag, script) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/test-artifacts/bench-runtime/page.html`);
  if (script) await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction((t) => t === 'input' || customElements.get(t) !== undefined, tag);
  const timings = await page.evaluate(async (t) => {
    const host = document.createElement('div');
    document.body.append(host);
    const start = performance.now();
    const elements = [];
    for (let i = 0; i < 1000; i++) elements.push(host.appendChild(document.createElement(t)));
    await Promise.all(elements.map((element) => element.updateComplete));
    const rendered = performance.now();
    void document.body.offsetHeight; // the first style + layout of all of them
    return [rendered - start, performance.now() - start];
  }, tag);
  await page.close();
  return timings;
}

const renderCases = [
  ['<vk-code-input> (verikit CDN bundle)', 'vk-code-input', '/dist/verikit.min.js'],
  ['native <input>', 'input', ''],
  ['minimal Lit element, six slot inputs', 'x-six-slots', '/test-artifacts/bench-runtime/lit-six.js'],
  ...(shoelaceError ? [] : [['Shoelace <sl-input>', 'sl-input', '/test-artifacts/bench-runtime/shoelace-input.js']]),
];
const renderRows = [];
for (const [label, tag, script] of renderCases) {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await renderThousand(tag, script));
  renderRows.push({ label, rendered: median(samples.map((s) => s[0])), laidOut: median(samples.map((s) => s[1])) });
}

/** Script and task time a page spends over `seconds`, from Chromium's own counters. */
async function scriptTimeOver(seconds, setup) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/test-artifacts/bench-runtime/page.html`);
  await page.addScriptTag({ url: '/dist/verikit.min.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('vk-code-input') !== undefined);
  await page.evaluate(setup);
  await page.waitForTimeout(1500); // let first render and layout settle
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await page.waitForTimeout(seconds * 1000);
  const after = await metrics();
  const running = await page.evaluate(() => document.querySelectorAll('vk-code-input').length);
  await page.close();
  const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
  return { script: delta('ScriptDuration') * 1000, task: delta('TaskDuration') * 1000, layouts: delta('LayoutCount'), styles: delta('RecalcStyleCount'), running };
}

const tenInputs = (withCountdown) => {
  const now = Date.now();
  for (let i = 0; i < 10; i++) {
    const input = document.createElement('vk-code-input');
    input.purpose = `bench-${i}`;
    if (withCountdown) {
      input.maskedDestination = 'j•••@mail.com';
      input.expiresAt = now + 15 * 60_000;
      input.resendAt = now + 10 * 60_000;
    }
    document.body.append(input);
  }
};
const countdownRows = [
  ['10 <vk-code-input>, countdowns running', await scriptTimeOver(countdownSeconds, `(${tenInputs})(true)`)],
  ['10 <vk-code-input>, idle (no countdown)', await scriptTimeOver(countdownSeconds, `(${tenInputs})(false)`)],
  ['blank page (bundle loaded, no element)', await scriptTimeOver(countdownSeconds, '0')],
];

await browser.close();
await server.close();

const version = spawnSync(process.env.CHROME_PATH ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium';
const ms = (n) => `${n.toFixed(1)} ms`;
console.log(`\nRender 1,000 elements in one page (${version} headless, median of ${runs} fresh pages):`);
console.log('| elements | to updateComplete | to first layout | vs native input (layout) |');
console.log('|---|---:|---:|---:|');
const native = renderRows.find((r) => r.label === 'native <input>');
for (const r of renderRows) console.log(`| ${r.label} | ${ms(r.rendered)} | ${ms(r.laidOut)} | ${native ? `${(r.laidOut / native.laidOut).toFixed(1)}×` : ''} |`);
if (shoelaceError) console.log(`(Shoelace <sl-input> not measured: ${shoelaceError})`);

console.log(`\nScript time over ${countdownSeconds} s${short ? ' (--short; the default is 30 s)' : ''} (CDP Performance.getMetrics):`);
console.log('| page | ScriptDuration | TaskDuration | layouts | style recalcs |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, r] of countdownRows) console.log(`| ${label} | ${ms(r.script)} | ${ms(r.task)} | ${r.layouts} | ${r.styles} |`);
const [running, idle] = countdownRows.map(([, r]) => r);
console.log('\nTargets:');
const code = renderRows[0];
console.log(`- 1,000 <vk-code-input> < 100 ms: ${ms(code.rendered)} to updateComplete, ${ms(code.laidOut)} with layout`);
const ratio = idle.script >= 1 ? `${(running.script / idle.script).toFixed(1)}×` : 'idle is ≈ 0 ms, so compare absolute cost';
console.log(
  `- countdown page ≤ 2× idle script time: ${ms(running.script)} vs ${ms(idle.script)} (${ratio}): ` +
    `${(running.script / countdownSeconds).toFixed(2)} ms of script and ${(running.task / countdownSeconds).toFixed(1)} ms of work (script, style, layout, paint) per second ` +
    `for 10 countdowns; ${running.layouts} layouts and ${running.styles} style recalcs in ${countdownSeconds} s`,
);
