#!/usr/bin/env node
// Keeps `npm run bench` working: runs the tachometer runtime benchmark in its smoke mode (two
// samples per page, no countdowns) and checks that tachometer drove the system Chromium through the
// system chromedriver and that every page reported both of its performance measures.
// Ends with "bench: N passed, N failed". Run alone: `node test/bench/runtime.suite.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'test-artifacts', 'bench-runtime');
let passed = 0;
let failed = 0;
const check = (name, problems) => {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${name}`);
    for (const problem of problems) console.log(`      ${problem}`);
  }
};

const driver = spawnSync('chromedriver', ['--version'], { encoding: 'utf8' });
check('a chromedriver on PATH (Debian: apt-get install chromium-driver)', driver.status === 0 ? [] : [String(driver.error ?? driver.stderr)]);

const started = performance.now();
const run = spawnSync(process.execPath, [join(root, 'bench', 'runtime.mjs'), '--smoke'], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
check(`bench/runtime.mjs --smoke exits 0 (${((performance.now() - started) / 1000).toFixed(1)} s)`, run.status === 0 ? [] : [`exit ${run.status}`, run.stdout.slice(-1500), run.stderr.slice(-1500)]);

const expected = {
  'render-1000': ['vk-code-input ×1000', 'sl-input ×1000', 'lit six inputs ×1000', 'native input ×1000'],
  'reset-flow': ['vk-reset-flow logged out', 'vk-reset-flow logged in'],
};
for (const [name, pages] of Object.entries(expected)) {
  const file = join(work, `${name}.results.json`);
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { benchmarks: [] };
  for (const page of pages) {
    const problems = [];
    for (const measure of ['updateComplete', 'layout']) {
      const row = results.benchmarks.find((benchmark) => benchmark.name === `${page} [${measure}]`);
      if (!row) problems.push(`no ${measure} result`);
      else if (!(row.samples.length >= 2 && row.samples.every((sample) => Number.isFinite(sample) && sample > 0))) problems.push(`${measure} samples ${JSON.stringify(row.samples)}`);
      else if (!/Chrome\/\d+/.test(row.browser?.userAgent ?? '')) problems.push(`user agent ${row.browser?.userAgent}`);
    }
    check(`tachometer measured ${page} (updateComplete, layout)`, problems);
  }
}
console.log(`bench: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
