// The static Storybook (storybook-static/, with the partner page at /demo/index.html) that the
// Node suites walk and audit: built once, reused while it is newer than every input, so the walk
// and the Lighthouse check in one `npm test` build it once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const storybookDir = join(root, 'storybook-static');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds unless storybook-static/index.json is newer than every input (VK_STORYBOOK_REBUILD=1
 * forces a build). `log` prefixes its lines. Returns the seconds spent, or throws with the
 * build's output when it fails twice.
 */
export function ensureStorybookBuild(log = 'storybook') {
  const inputs = ['src', 'stories', '.storybook', 'demo', 'custom-elements-manifest.config.mjs', 'scripts/cem-parsed-types.mjs', 'package-lock.json'];
  const newestInput = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  const index = join(storybookDir, 'index.json');
  if (existsSync(index) && statSync(index).mtimeMs > newestInput && !process.env.VK_STORYBOOK_REBUILD) {
    console.log(`${log}: reusing the fresh build in storybook-static/`);
    return 0;
  }
  console.log(`${log}: building the static Storybook…`);
  const started = performance.now();
  const storybookBin = join(root, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js');
  const build = () =>
    spawnSync(process.execPath, [storybookBin, 'build', '--quiet', '--disable-telemetry', '-o', storybookDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  let result = build();
  if (result.status !== 0) {
    // A file saved mid-build on a shared working tree can break one build; a second failure is real.
    console.log(`${log}: the build failed; trying once more`);
    result = build();
  }
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the static Storybook build failed\n${result.stdout}\n${result.stderr}`);
  console.log(`${log}: built in ${seconds.toFixed(1)} s`);
  return seconds;
}
