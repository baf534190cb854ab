// What the Node suites and benches that open the built Storybook share (test/storybook/*.suite.mjs,
// bench/lighthouse.mjs): build it once (or reuse a build newer than every source, so the walk and the
// Lighthouse check in one `npm test` build it once), and run axe in a page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const outDir = join(root, 'storybook-static');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds unless storybook-static/index.json is newer than every input. Returns seconds spent.
 * On a failed build prints the output and the closing line `<name>: 0 passed, 1 failed`, and exits.
 */
export function ensureBuild(name) {
  const inputs = ['src', 'stories', '.storybook', 'demo', 'custom-elements-manifest.config.mjs', 'scripts/cem-parsed-types.mjs', 'package-lock.json'];
  const newestInput = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  const index = join(outDir, 'index.json');
  if (existsSync(index) && statSync(index).mtimeMs > newestInput && !process.env.VK_STORYBOOK_REBUILD) {
    console.log(`${name}: reusing the fresh build in storybook-static/`);
    return 0;
  }
  console.log(`${name}: building the static Storybook…`);
  const started = performance.now();
  const storybookBin = join(root, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js');
  const build = () =>
    spawnSync(process.execPath, [storybookBin, 'build', '--quiet', '--disable-telemetry', '-o', outDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  let result = build();
  if (result.status !== 0) {
    // A file saved mid-build on a shared working tree can break one build; a second failure is real.
    console.log(`${name}: the build failed; trying once more`);
    result = build();
  }
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.log(result.stdout);
    console.error(result.stderr);
    console.log(`${name}: the static build failed`);
    console.log(`${name}: 0 passed, 1 failed`);
    process.exit(1);
  }
  console.log(`${name}: built in ${seconds.toFixed(1)} s`);
  return seconds;
}

export const axeSource = () => readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe violations under `selector` (whole document when missing), rules in `disabled` off. */
export async function runAxe(page, source, selector, disabled = []) {
  await page.addScriptTag({ content: source });
  const violations = await page.evaluate(
    async ({ selector, disabled }) => {
      const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
      const result = await window.axe.run(document.querySelector(selector) ?? document, { rules, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    },
    { selector, disabled },
  );
  return violations.map((violation) => `axe: ${violation}`);
}
