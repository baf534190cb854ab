#!/usr/bin/env node
// `npm test`: type-check, then every browser test in headless system Chromium, then a closing
// line "N passed, N failed". Extra arguments go to web-test-runner (e.g. `-- --files test/core/clock.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidates, findChromium } from './find-chromium.mjs';

const extraArgs = process.argv.slice(2);

function findSuites(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findSuites(path));
    else if (entry.name.endsWith('.suite.mjs')) found.push(path);
  }
  return found.sort();
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (process.platform === 'linux' && isRoot && hasApt) {
    console.log("verikit: no Chromium found; installing Debian's `chromium` package with apt-get…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'verikit: the browser tests need a Chromium or Chrome, and none was found.',
      `Looked at $CHROME_PATH (${process.env.CHROME_PATH ?? 'unset'}) and: ${candidates.join(', ')}, and on PATH.`,
      'Install one, e.g. on Debian/Ubuntu: sudo apt-get install chromium',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}

const chromium = ensureChromium();
console.log(`verikit: testing in ${chromium.path}`);

// VK_SKIP_TYPECHECK=1 is for quick local runs of a few files; CI always type-checks.
const skipTypecheck = process.env.VK_SKIP_TYPECHECK === '1' && !process.env.CI;
console.log(skipTypecheck ? 'verikit: type-check skipped (VK_SKIP_TYPECHECK=1)' : 'verikit: type-checking…');
const tscStatus = skipTypecheck ? 0 : run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);

const countsFile = join(tmpdir(), `verikit-counts-${process.pid}.json`);
const wtrStatus = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...extraArgs], {
  env: { ...process.env, CHROME_PATH: chromium.path, VK_COUNTS_FILE: countsFile },
});

let passed = 0;
let failed = 0;
let suitesFailed = false;
if (existsSync(countsFile)) {
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  passed += counts.passed;
  failed += counts.failed + counts.skipped; // a skipped test is a defect here
  rmSync(countsFile);
} else {
  failed += 1; // the runner died before reporting
}
// Node-driven suites (whole-page walks in Chromium, package checks): every test/**/*.suite.mjs,
// each ending with a line "<name>: N passed, N failed". Skipped when only some files were asked for.
const suites = extraArgs.length ? [] : findSuites('test');
for (const suite of suites) {
  console.log(`\nverikit: running ${suite}`);
  const result = spawnSync(process.execPath, [suite], {
    env: { ...process.env, CHROME_PATH: chromium.path },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  const closing = [...(result.stdout ?? '').matchAll(/^\w[\w-]*: (\d+) passed, (\d+) failed/gm)].at(-1);
  if (closing) {
    passed += Number(closing[1]);
    failed += Number(closing[2]);
  }
  if (result.status !== 0 || !closing) {
    suitesFailed = true;
    if (!closing || Number(closing[2]) === 0) failed += 1;
  }
}

if (tscStatus !== 0) {
  console.error('verikit: type-check failed.');
  failed += 1;
}
if (wtrStatus !== 0 && failed === 0) failed += 1;

console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && tscStatus === 0 && wtrStatus === 0 && !suitesFailed ? 0 : 1);
