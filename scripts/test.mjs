#!/usr/bin/env node
// `npm test`: type-check; lint; build and pack the package and check it (publint, attw, size-limit);
// every browser test in headless system Chromium; the Node-driven suites; then a closing line
// "N passed, N failed". Extra arguments go to web-test-runner (e.g. `-- --files test/core/clock.test.ts`)
// and make it a quick run: browser tests only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

let passed = 0;
let failed = 0;
/** Counts a tool's run as one check and prints "<name>: ok|FAILED". */
function tool(name, command, args, options) {
  console.log(`\nverikit: ${name}…`);
  const status = run(command, args, options);
  if (status === 0) passed += 1;
  else failed += 1;
  console.log(`${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`}`);
  return status === 0;
}
const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
const npm = (args, options) => [npmCli[0], [...npmCli[1], ...args], options];

// Lint, then the package as a partner installs it. Skipped for a quick run of some files.
const quick = extraArgs.length > 0;
let built = false;
if (!quick) {
  tool('lint (eslint --max-warnings 0)', process.execPath, ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.']);
  built = tool('build (npm run build)', ...npm(['run', 'build', '--silent']));
  if (built) {
    // The tarball `npm publish` would upload (the build above is its prepack step).
    const packDir = join(tmpdir(), `verikit-pack-${process.pid}`);
    mkdirSync(packDir, { recursive: true });
    const packed = spawnSync(npmCli[0], [...npmCli[1], 'pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], { encoding: 'utf8' });
    const tarball = join(packDir, (packed.stdout ?? '').trim().split('\n').at(-1) ?? '');
    if (packed.status !== 0 || !existsSync(tarball)) {
      console.error(`verikit: npm pack failed\n${packed.stderr}`);
      failed += 2;
    } else {
      tool('publint', process.execPath, ['node_modules/publint/src/cli.js', 'run', '--strict', tarball]);
      // ESM-only package: node16 (from ESM) and bundler resolution must be clean; pattern entries listed explicitly.
      const localeEntries = readdirSync('src/locales').filter((file) => file.endsWith('.ts') && file !== 'load.ts').map((file) => `./locales/${file.slice(0, -3)}`);
      tool('attw (node16, bundler)', process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--include-entrypoints', ...localeEntries]);
    }
    rmSync(packDir, { recursive: true, force: true });
    // Size budgets (package.json "size-limit"): one check per budget in the closing count.
    console.log('\nverikit: size-limit…');
    const sizes = spawnSync(process.execPath, ['node_modules/size-limit/bin.js', '--json'], { encoding: 'utf8' });
    let results = [];
    try {
      results = JSON.parse(sizes.stdout);
    } catch {
      console.error(`size-limit: no JSON output\n${sizes.stdout}\n${sizes.stderr}`);
    }
    if (!Array.isArray(results) || results.length === 0) failed += 1;
    else {
      for (const result of results) {
        const ok = result.passed !== false && !result.error;
        if (ok) passed += 1;
        else failed += 1;
        console.log(`  ${ok ? '✓' : '✗'} ${result.name}: ${result.size} B gzip (budget ${result.sizeLimit} B)${result.error ? ` ${result.error}` : ''}`);
      }
      console.log(`size-limit: ${results.filter((r) => r.passed !== false && !r.error).length} of ${results.length} within budget`);
    }
  } else failed += 3; // publint, attw, size-limit could not run
}

const countsFile = join(tmpdir(), `verikit-counts-${process.pid}.json`);
const wtrStatus = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...extraArgs], {
  env: { ...process.env, CHROME_PATH: chromium.path, VK_COUNTS_FILE: countsFile },
});

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
const suites = quick ? [] : findSuites('test');
for (const suite of suites) {
  console.log(`\nverikit: running ${suite}`);
  const result = spawnSync(process.execPath, [suite], {
    // The package is built once above; a suite builds it itself only when run alone.
    env: { ...process.env, CHROME_PATH: chromium.path, ...(built ? { VK_PACKAGE_BUILT: '1' } : {}) },
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
