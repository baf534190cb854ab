#!/usr/bin/env node
// `npm run bench` (runtime): tachometer (the Lit team's benchmark runner) drives the system
// Chromium through the system chromedriver (Debian's chromium-driver) and prints its confidence
// intervals. The pages load esbuild bundles of the sources (minified, Lit's production build),
// i.e. the code a partner ships, and report `performance.measure` entries:
//  1. 1,000 elements in one page, to every `updateComplete` and to the first layout:
//     <vk-code-input>, Shoelace's <sl-input>, a minimal Lit element with six inputs, native <input>.
//  2. The first render of <vk-reset-flow> (logged out: account step; logged in: two code inputs),
//     until the flow and every vk-* element inside it finished updating, then to the first layout.
//  3. Script time of 10 running countdowns (10 <vk-code-input> with a sent code: validity and
//     resend timers) against the same page idle and a blank page, from Chromium's own counters
//     (CDP Performance.getMetrics, through Playwright: tachometer measures one page load, not a
//     page left running). Median and min–max of several windows.
// Flags: --short (fewer samples and windows), --samples N (tachometer samples per page, default 30),
// --smoke (2 samples, no countdowns: test/bench/runtime.suite.mjs checks that the bench still runs).
// Figures only, nothing fails. The machine is shared and noisy: compare within one run.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { launchChromium, serve } from '../test/interop/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-artifacts/bench-runtime');
const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const short = argv.includes('--short');
const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const samples = option('--samples', smoke ? 2 : short ? 10 : 30);
const windows = short ? 2 : 3;
const windowSeconds = 10;

const chromium = findChromium();
if (!chromium) {
  console.error('bench: no Chromium found (set CHROME_PATH)');
  process.exit(1);
}
const version = spawnSync(chromium.path, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium';

// ---------------------------------------------------------------------------------------------
// Bundles and pages
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const registerModule = (name) => {
  const path = join(root, 'src', 'elements', name, `vk-${name}.ts`);
  if (!existsSync(path)) throw new Error(`bench: ${relative(root, path)} not found (the element's register module)`);
  return `import ${JSON.stringify(path)};`;
};
const bundle = (contents, name, loader = 'js') =>
  build({
    stdin: { contents, resolveDir: root, loader, sourcefile: `${name}.entry.${loader}` },
    outfile: join(work, `${name}.js`),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'), // legacy decorators, as the package build compiles them
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
await Promise.all([
  bundle(registerModule('code-input'), 'code-input'),
  bundle(registerModule('reset-flow'), 'reset-flow'),
  bundle(
    `import { LitElement, html, css } from 'lit';
    customElements.define('x-six-inputs', class extends LitElement {
      static styles = css\`:host{display:flex;gap:8px} input{width:3rem;height:3.25rem}\`;
      render() { return html\`\${[0, 1, 2, 3, 4, 5].map((i) => html\`<input part="slot" inputmode="numeric" maxlength="1" aria-label=\${'Digit ' + (i + 1)}>\`)}\`; }
    });`,
    'lit-six',
  ),
  bundle(`import '@shoelace-style/shoelace/dist/components/input/input.js';`, 'shoelace-input'),
]);

/** Runs in the page: resolves once `element` and every vk-* element in its shadow tree finished updating. */
const settledSource = `async function settled(element) {
  const inside = (node) => [...(node.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('vk-')).flatMap((e) => [e, ...inside(e)]);
  for (let round = 0; round < 20; round++) {
    const all = [element, ...inside(element)];
    const done = await Promise.all(all.map((e) => e.updateComplete ?? true));
    if (done.every(Boolean) && inside(element).length === all.length - 1) return;
  }
}`;

const page = (name, title, script, body = '') =>
  writeFileSync(
    join(work, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
      `<body>${body}<script type="module">\n${script}\n</script></body></html>`,
  );

/** 1,000 `tag` appended at once: performance measures `updateComplete` and `layout`. */
const thousand = (name, tag, bundleName) =>
  page(
    name,
    `1,000 ${tag}`,
    `${bundleName ? `import './${bundleName}.js';\nawait customElements.whenDefined('${tag}');` : ''}
const host = document.body.appendChild(document.createElement('div'));
performance.mark('start');
const elements = [];
for (let i = 0; i < 1000; i++) elements.push(host.appendChild(document.createElement('${tag}')));
await Promise.all(elements.map((element) => element.updateComplete));
performance.measure('updateComplete', 'start');
void document.body.offsetHeight; // the first style and layout of all of them
performance.measure('layout', 'start');`,
  );
thousand('code-input', 'vk-code-input', 'code-input');
thousand('sl-input', 'sl-input', 'shoelace-input');
thousand('lit-six', 'x-six-inputs', 'lit-six');
thousand('native-input', 'input', '');

/** The first render of one <vk-reset-flow>, with its bundle already evaluated. */
const resetFlow = (name, setup) =>
  page(
    name,
    `<vk-reset-flow> ${name}`,
    `import './reset-flow.js';
${settledSource}
await customElements.whenDefined('vk-reset-flow');
performance.mark('start');
const flow = document.createElement('vk-reset-flow');
${setup}
document.body.append(flow);
await settled(flow);
performance.measure('updateComplete', 'start');
void document.body.offsetHeight;
performance.measure('layout', 'start');`,
  );
resetFlow('reset-flow-logged-out', `flow.journey = 'mexcLoggedOut';`);
resetFlow(
  'reset-flow-logged-in',
  `flow.journey = 'loggedInChangePhone';
flow.account = {
  loggedIn: true, uid: '48213377', email: 'jane.doe@example.com', phone: '+44 7700 900321', kycLevel: 'basic',
  factors: [{ kind: 'email', bound: true, masked: 'j•••@example.com' }, { kind: 'phone', bound: true, masked: '+44 •••• ••321' }, { kind: 'totp', bound: true }],
};`,
);
page('blank', 'blank', '');

// ---------------------------------------------------------------------------------------------
// tachometer
const browser = {
  name: 'chrome',
  headless: false, // tachometer would add a bare --headless; the flag below says which headless
  binary: chromium.path,
  addArguments: ['--headless=new', ...chromiumArgs],
  windowSize: { width: 390, height: 844 },
};
const measures = [
  { mode: 'performance', entryName: 'updateComplete' },
  { mode: 'performance', entryName: 'layout' },
];

/**
 * Runs one tachometer config. Its own tables (every page against every other, too wide for a
 * terminal with two measures per page) go to `<name>.tachometer.txt`; resolves to its JSON results.
 */
async function tachometer(name, benchmarks) {
  const config = join(work, `${name}.tachometer.json`);
  const results = join(work, `${name}.results.json`);
  const tables = join(work, `${name}.tachometer.txt`);
  writeFileSync(
    config,
    JSON.stringify(
      {
        $schema: 'https://raw.githubusercontent.com/google/tachometer/main/config.schema.json',
        root: '.', // paths are relative to this file: tachometer serves the bench folder alone
        sampleSize: samples,
        timeout: 0, // no auto-sampling past sampleSize: the machine is shared, keep runs bounded
        benchmarks: benchmarks.map(([label, pageName]) => ({ name: label, url: `${pageName}.html`, measurement: measures, browser })),
      },
      null,
      2,
    ),
  );
  const cli = join(root, 'node_modules', 'tachometer', 'bin', 'tach.js');
  const output = openSync(tables, 'w');
  const child = spawn(process.execPath, [cli, '--config', config, '--json-file', results], {
    stdio: ['ignore', output, 'inherit'], // stderr: tachometer's progress bar
    env: {
      ...process.env,
      // Selenium Manager: never try to download a driver or a browser, use the chromedriver on PATH
      // (our `chromedriver` stand-in package puts the system one first).
      SE_OFFLINE: 'true',
    },
  });
  const status = await new Promise((resolve) => child.on('close', resolve));
  closeSync(output);
  if (status !== 0 || !existsSync(results)) {
    console.error(readFileSync(tables, 'utf8'));
    throw new Error(`bench: tachometer exited with ${status} (${name})`);
  }
  return { ...JSON.parse(readFileSync(results, 'utf8')), tables: relative(root, tables) };
}

const ms = (n) => `${n.toFixed(1)} ms`;
const interval = ({ low, high }, format = ms) => `${format(low)} – ${format(high)}`;
const percent = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(0)} %`;

/**
 * Tachometer's intervals, compactly: per page and measure, the 95 % confidence interval of the
 * mean, and of the difference against the reference page (same measure), from its JSON.
 */
function printResults(title, results, reference) {
  console.log(`\n${title}`);
  console.log(`| page | measure | mean, 95 % interval | vs ${reference} (95 % interval) | samples |`);
  console.log('|---|---|---:|---:|---:|');
  const rows = results.benchmarks;
  for (const row of rows) {
    const measure = row.measurement.name;
    const page = row.name.replace(` [${measure}]`, '');
    const referenceIndex = rows.findIndex((other) => other.name === `${reference} [${measure}]`);
    const difference = referenceIndex >= 0 ? row.differences[referenceIndex] : null;
    const versus = difference ? `${interval(difference.percentChange, percent)} (${interval(difference.absolute)})` : '—';
    console.log(`| ${page} | ${measure} | ${interval(row.mean)} | ${versus} | ${row.samples.length} |`);
  }
  console.log(`(tachometer's full tables: ${results.tables})`);
}
const meanOf = (results, page, measure) => {
  const found = results.benchmarks.find((b) => b.name === `${page} [${measure}]`);
  return found ? (found.mean.low + found.mean.high) / 2 : NaN;
};

console.log(`bench: tachometer, ${samples} samples per page, ${version} (${browser.addArguments.slice(0, 2).join(' ')}), driver: system chromedriver`);
const renderResults = await tachometer('render-1000', [
  ['vk-code-input ×1000', 'code-input'],
  ['sl-input ×1000', 'sl-input'],
  ['lit six inputs ×1000', 'lit-six'],
  ['native input ×1000', 'native-input'],
]);
const flowResults = await tachometer('reset-flow', [
  ['vk-reset-flow logged out', 'reset-flow-logged-out'],
  ['vk-reset-flow logged in', 'reset-flow-logged-in'],
]);
console.log(`\nbench: ${version} headless, tachometer ${samples} samples per page; a shared 2-core machine (other work running), so read the intervals, not single figures.`);
printResults('Render 1,000 elements in one page (ms from appending them to every updateComplete / to the first layout):', renderResults, 'vk-code-input ×1000');
printResults('First render of <vk-reset-flow> (ms to the flow and every vk-* inside it updated / to the first layout):', flowResults, 'vk-reset-flow logged out');
if (smoke) process.exit(0);

// ---------------------------------------------------------------------------------------------
// Countdowns: script time of a page left running (Playwright + CDP counters)
const server = await serve(root, { allowed: ['test-artifacts/bench-runtime'] });
const playwrightBrowser = await launchChromium();

/** Script and task time a page spends over `seconds`, from Chromium's own counters. */
async function scriptTimeOver(seconds, setup) {
  const tab = await playwrightBrowser.newPage({ viewport: { width: 390, height: 844 } });
  await tab.goto(`${server.origin}/test-artifacts/bench-runtime/blank.html`);
  await tab.addScriptTag({ url: `${server.origin}/test-artifacts/bench-runtime/code-input.js`, type: 'module' });
  await tab.waitForFunction(() => customElements.get('vk-code-input') !== undefined);
  await tab.evaluate(setup);
  await tab.waitForTimeout(1500); // let the first render and layout settle
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await tab.waitForTimeout(seconds * 1000);
  const after = await metrics();
  await tab.close();
  const delta = (name) => (after[name] ?? 0) - (before[name] ?? 0);
  return { script: delta('ScriptDuration') * 1000, task: delta('TaskDuration') * 1000, layouts: delta('LayoutCount'), styles: delta('RecalcStyleCount') };
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
const countdownCases = [
  ['10 <vk-code-input>, countdowns running', `(${tenInputs})(true)`],
  ['10 <vk-code-input>, idle (no countdown)', `(${tenInputs})(false)`],
  ['blank page (bundle loaded, no element)', '0'],
];
const countdownRows = [];
for (const [label, setup] of countdownCases) {
  const runs = [];
  for (let run = 0; run < windows; run++) runs.push(await scriptTimeOver(windowSeconds, setup));
  countdownRows.push({ label, runs });
}
await playwrightBrowser.close();
await server.close();

// ---------------------------------------------------------------------------------------------
// Summary
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const spread = (values, format) => `${format(median(values))} (${format(sorted(values)[0])} – ${format(sorted(values).at(-1))})`;

console.log(`\nScript time of a page left running, per ${windowSeconds} s window (CDP Performance.getMetrics; median (min – max) of ${windows} windows):`);
console.log('| page | ScriptDuration | TaskDuration | layouts | style recalcs |');
console.log('|---|---:|---:|---:|---:|');
for (const { label, runs } of countdownRows) {
  console.log(
    `| ${label} | ${spread(runs.map((r) => r.script), ms)} | ${spread(runs.map((r) => r.task), ms)} | ${spread(runs.map((r) => r.layouts), String)} | ${spread(runs.map((r) => r.styles), String)} |`,
  );
}

const [running, idle] = countdownRows.map(({ runs }) => median(runs.map((r) => r.script)));
const runningTask = median(countdownRows[0].runs.map((r) => r.task));
console.log('\nTargets:');
console.log(
  `- 1,000 <vk-code-input> < 100 ms: ${ms(meanOf(renderResults, 'vk-code-input ×1000', 'updateComplete'))} to updateComplete, ` +
    `${ms(meanOf(renderResults, 'vk-code-input ×1000', 'layout'))} with layout (sl-input ${ms(meanOf(renderResults, 'sl-input ×1000', 'layout'))}, ` +
    `minimal Lit ${ms(meanOf(renderResults, 'lit six inputs ×1000', 'layout'))})`,
);
const ratio = idle >= 1 ? `${(running / idle).toFixed(1)}×` : 'idle is ≈ 0 ms, so compare absolute cost';
console.log(
  `- countdown page ≤ 2× idle script time: ${ms(running)} vs ${ms(idle)} per ${windowSeconds} s (${ratio}): ` +
    `${(running / windowSeconds).toFixed(2)} ms of script and ${(runningTask / windowSeconds).toFixed(1)} ms of work (script, style, layout, paint) per second for 10 countdowns`,
);
