// What the package suite, the interop suite, the SSR suite and the benchmarks share: building dist/
// with `npm run build`, and a node_modules/verikit link so esbuild resolves `verikit/...`
// through package.json `exports`, exactly as in a partner's app.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npm run build` (tsc, rollup for the CDN bundle, literal minification, the manifest);
 * returns { ok, output }. `npm test` builds once before the suites and sets VK_PACKAGE_BUILT=1
 * (its own check counts a failed build), so each suite does not build again.
 */
export function buildPackage() {
  if (process.env.VK_PACKAGE_BUILT === '1') return { ok: true, output: '' };
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: packageRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stderr}\n${result.stdout}` };
}

/**
 * Empties `dir` and links `dir/node_modules/verikit` to this package. Returns a function that
 * removes the link (a link back to the repository root confuses tools that walk folders).
 */
export function linkPackageInto(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  const link = join(dir, 'node_modules/verikit');
  symlinkSync(packageRoot, link, 'dir');
  return () => rmSync(link, { force: true });
}
