#!/usr/bin/env node
// The published package, checked from Node: builds it, packs it as `npm pack` would, and checks
// every `exports` entry (file and .d.ts present, resolvable by name, types compile for a consumer
// of the packed tarball), `sideEffects` (class entries register nothing, element entries register
// their tag), the CDN bundle (one file, no imports) and that nothing private ships. Ends with
// "package: N passed, N failed". (publint and attw check the same tarball's metadata in npm test.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import ts from 'typescript';
import { buildPackage } from './build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = [];
function check(name, fn) {
  try {
    fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\npackage: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
const run = (command, args) => spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

console.log('package: building (npm run build)…');
const build = buildPackage();
check('npm run build succeeds', () => assert(build.ok, build.output.slice(-3000)));
if (!build.ok) finish();

// The tarball a partner installs (scripts skipped: the build above is the prepack step).
const tarballDir = join(root, 'test-artifacts/pack');
rmSync(tarballDir, { recursive: true, force: true });
mkdirSync(tarballDir, { recursive: true });
const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballDir]);
let packed = new Set();
let tarball = '';
check('npm pack makes the tarball', () => {
  assert(pack.status === 0, pack.stderr);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
  packed = new Set(info.files.map((file) => file.path));
  tarball = join(tarballDir, info.filename);
  assert(packed.size > 0 && existsSync(tarball), 'no files');
});

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const shipped = (target) => packed.has(posix.normalize(target.replace(/^\.\//, '')));
const committed = run('git', ['ls-files', 'src']).stdout.split('\n').filter(Boolean);
/** Elements with a committed register module: the ones the package must offer. */
const elements = committed.flatMap((file) => /^src\/elements\/([^/]+)\/vk-\1\.ts$/.exec(file)?.[1] ?? []);

const conditions = (value) => (typeof value === 'string' ? { default: value } : value);
// `null` targets hide a path a pattern would otherwise expose (e.g. `./locales/load`).
const hidden = Object.keys(pkg.exports).filter((key) => pkg.exports[key] === null);
const fixedExports = Object.entries(pkg.exports).filter(([key, value]) => !key.includes('*') && value !== null);
const patternExports = Object.entries(pkg.exports).filter(([key]) => key.includes('*'));

check('every exports target and its .d.ts is in the package', () => {
  const missing = [];
  for (const [key, value] of fixedExports) {
    const { types, default: target } = conditions(value);
    if (!shipped(target)) missing.push(`${key} → ${target}`);
    if (target.endsWith('.js') && (!types || !shipped(types))) missing.push(`${key} types → ${types}`);
  }
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
});

check('pattern exports (locales) ship a .js and .d.ts for each committed source', () => {
  const problems = [];
  for (const [key, value] of patternExports) {
    const { types, default: target } = conditions(value);
    const [prefix, suffix] = target.replace('./dist/', '').split('*');
    const sources = committed.filter((file) => file.startsWith(`src/${prefix}`) && file.endsWith('.ts') && !file.slice(`src/${prefix}`.length).includes('/'));
    for (const source of sources) {
      const name = source.slice(`src/${prefix}`.length, -3);
      // A module hidden by a `null` export (the folder's own entry, e.g. `verikit/locales`) is no pattern match.
      if (hidden.includes(key.replace('*', name))) continue;
      if (!shipped(`dist/${prefix}${name}${suffix}`)) problems.push(`${key}: ${name} has no .js`);
      if (!shipped(types.replace('*', name))) problems.push(`${key}: ${name} has no .d.ts`);
    }
  }
  assert(problems.length === 0, problems.join('; '));
});

check('every committed element has verikit/<name> and verikit/<name>/class', () => {
  const missing = elements.flatMap((name) => [`./${name}`, `./${name}/class`].filter((key) => !pkg.exports[key]));
  assert(missing.length === 0, `add to package.json exports: ${missing.join(', ')}`);
});

check('every exports path resolves by package name', () => {
  const failures = [];
  for (const [key] of fixedExports) {
    const specifier = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
    try {
      const url = import.meta.resolve(specifier);
      if (!existsSync(fileURLToPath(url))) failures.push(`${specifier} → ${url} (no file)`);
    } catch (error) {
      failures.push(`${specifier}: ${error.message}`);
    }
  }
  for (const key of hidden) {
    const specifier = `${pkg.name}/${key.slice(2)}`;
    try {
      failures.push(`${specifier} resolves to ${import.meta.resolve(specifier)}; exports hides it`);
    } catch {
      // expected: ERR_PACKAGE_PATH_NOT_EXPORTED
    }
  }
  assert(failures.length === 0, failures.join('\n'));
});

check('README, package.json and custom-elements.json ship; nothing private does', () => {
  for (const file of ['README.md', 'package.json', 'custom-elements.json']) assert(packed.has(file), `${file} missing`);
  const privateFile = /^(src|test|stories|demo|bench|docs|scripts|\.storybook|\.ci|node_modules|test-artifacts)\/|\.map$|\.test\.|\.stories\.|\.suite\./;
  const leaked = [...packed].filter((file) => privateFile.test(file));
  assert(leaked.length === 0, `should not ship: ${leaked.slice(0, 10).join(', ')}`);
});

check('custom-elements.json declares every committed element tag', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = new Set(manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => d.tagName).filter(Boolean)));
  const missing = elements.map((name) => `vk-${name}`).filter((tag) => !tags.has(tag));
  assert(missing.length === 0, `not in the manifest: ${missing.join(', ')}`);
});

/** Every file a dist module reaches through static imports (relative ones only). */
function reachable(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(root, file), 'utf8');
  for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g)) {
    reachable(posix.normalize(posix.join(posix.dirname(file), specifier)), seen);
  }
  return seen;
}
/** A tag's register module: `dist/elements/<name>/vk-<name>.js` (tsc keeps src/'s layout). */
const registerChunk = /^dist\/elements\/[^/]+\/(vk-[^/]+)\.js$/;
const registers = (file) => [...reachable(file)].filter((f) => registerChunk.test(f));
const registeredTags = (file) => new Set(registers(file).map((f) => registerChunk.exec(f)?.[1]));
const sideEffectPatterns = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));
const declaredSideEffect = (file) => sideEffectPatterns.some((pattern) => pattern.test(file));

check('class entries never register their own tag; the main entry registers only what composites render', () => {
  const offenders = [];
  const childTags = new Set();
  for (const name of elements) {
    const target = conditions(pkg.exports[`./${name}/class`] ?? '').default?.replace(/^\.\//, '');
    if (!target || !existsSync(join(root, target))) continue;
    const tags = registeredTags(target);
    if (tags.has(`vk-${name}`) || declaredSideEffect(target)) offenders.push(`./${name}/class registers vk-${name}`);
    // A composite's class renders other tags and imports their register modules, by design.
    for (const tag of tags) childTags.add(tag);
  }
  const extra = [...registeredTags('dist/index.js')].filter((tag) => !childTags.has(tag));
  if (extra.length || declaredSideEffect('dist/index.js')) offenders.push(`verikit registers ${extra.join(', ') || '(listed in sideEffects)'}`);
  assert(offenders.length === 0, offenders.join('; '));
});

check('each element entry registers its own tag, and sideEffects lists it and its register module', () => {
  const problems = [];
  for (const name of elements) {
    const target = conditions(pkg.exports[`./${name}`] ?? '').default?.replace(/^\.\//, '');
    if (!target || !existsSync(join(root, target))) continue; // reported by the exports check
    const own = registers(target).filter((file) => registerChunk.exec(file)?.[1] === `vk-${name}`);
    if (own.length !== 1) problems.push(`${target} does not import dist/elements/${name}/vk-${name}.js`);
    if (!declaredSideEffect(target)) problems.push(`sideEffects lacks ./${target}`);
    for (const chunk of own) if (!declaredSideEffect(chunk)) problems.push(`sideEffects lacks ./${chunk}`);
  }
  const defineRegisters = registeredTags('dist/define.js');
  for (const name of elements) if (!defineRegisters.has(`vk-${name}`)) problems.push(`verikit/define does not register vk-${name}`);
  assert(problems.length === 0, problems.join('; '));
});

check('the CDN bundle is one minified file (no static import; lazy chunks only from ./cdn/) registering every committed tag', () => {
  const cdn = readFileSync(join(root, 'dist/verikit.min.js'), 'utf8');
  assert(!/(?:^|[;}\n])\s*import\s*(?:["'{*]|\w+\s+from)/.test(cdn), 'has an import statement');
  const lazy = [...cdn.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  const stray = lazy.filter((specifier) => !specifier.startsWith('./cdn/') || !shipped(`dist/${specifier.slice(2)}`));
  assert(stray.length === 0, `dynamic imports outside dist/cdn/: ${stray.join(', ')}`);
  assert(!cdn.includes('function defineElement('), 'does not look minified (names kept)');
  const missing = elements.filter((name) => !cdn.includes(`"vk-${name}"`));
  assert(missing.length === 0, `does not register ${missing.join(', ')}`);
});

check('every public entry has a size-limit budget (the exports map and the budgets name the same files)', () => {
  const budgeted = new Set((pkg['size-limit'] ?? []).map((budget) => budget.path.replace(/^\.?\//, '')));
  const missing = Object.entries(pkg.exports)
    .map(([key, target]) => [key, target && conditions(target).default])
    .filter(([key, file]) => typeof file === 'string' && file.endsWith('.js') && !key.includes('*') && !budgeted.has(file.replace(/^\.\//, '')))
    .map(([key]) => key);
  assert(missing.length === 0, `no budget for ${missing.join(', ')} (add one to package.json "size-limit")`);
});

check('size-limit budgets count only what loads up front: every import() a budget reaches is in its "ignore"', () => {
  // size-limit bundles each budget with esbuild into one file, which would inline what the code
  // imports on demand (translations, otplib); a budget's `ignore` (esbuild `external`) leaves it out.
  const problems = [];
  for (const budget of pkg['size-limit'] ?? []) {
    const result = buildSync({ entryPoints: [join(root, budget.path)], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', external: budget.ignore ?? [], logLevel: 'silent' });
    const counted = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
      input.imports.filter((imported) => imported.kind === 'dynamic-import' && !imported.external).map((imported) => `import('${imported.original ?? imported.path}') in ${file}`),
    );
    if (counted.length) problems.push(`${budget.name} counts lazy code; add to its "ignore": ${counted.join(', ')}`);
  }
  assert(pkg['size-limit']?.length > 0, 'package.json has no size-limit budgets');
  assert(problems.length === 0, problems.join('\n'));
});

check('a TypeScript consumer of the packed tarball compiles every entry, the tag map and typed events, with no casts (node16, nodenext, bundler)', () => {
  // The tarball unpacked into the consumer's node_modules; lit, zod… resolve from the repository's.
  const dir = join(root, 'test-artifacts/pack-consumer');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules/verikit'), { recursive: true });
  const untar = run('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules/verikit'), '--strip-components=1']);
  assert(untar.status === 0, untar.stderr);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const specifierOf = (key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);
  const patternImports = patternExports.flatMap(([key]) => {
    const folder = join(dir, 'node_modules/verikit', conditions(pkg.exports[key]).default.split('*')[0]);
    return readdirSync(folder).filter((file) => file.endsWith('.js')).map((file) => key.replace('*', file.slice(0, -3))).filter((k) => !hidden.includes(k));
  });
  const imports = [...fixedExports.filter(([, value]) => conditions(value).types).map(([key]) => key), ...patternImports].map(
    (key, index) => `import * as entry${index} from '${specifierOf(key)}';\nvoid entry${index};`,
  );
  const tagChecks = elements.map((name) => `const el_${name.replace(/\W/g, '_')}: HTMLElement = document.createElement('vk-${name}');\nvoid el_${name.replace(/\W/g, '_')};`);
  // What the README promises a host: the tag map gives the class, the event map types `detail`.
  const usage = `
const input = document.createElement('vk-code-input');
input.addEventListener('vk-code-submit', (e) => {
  const code: string = e.detail.code;
  void code;
});
const found = document.querySelector('vk-code-input');
const length: number | undefined = found?.length;
void length;
`;
  const file = join(dir, 'consumer.ts');
  writeFileSync(file, `${imports.join('\n')}\n${tagChecks.join('\n')}\n${usage}\nexport {};\n`);
  const errors = [];
  for (const [name, moduleKind, resolution] of [
    ['bundler', ts.ModuleKind.ESNext, ts.ModuleResolutionKind.Bundler],
    ['node16', ts.ModuleKind.Node16, ts.ModuleResolutionKind.Node16],
    ['nodenext', ts.ModuleKind.NodeNext, ts.ModuleResolutionKind.NodeNext],
  ]) {
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: moduleKind,
      moduleResolution: resolution,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: false,
    });
    // Our own declarations count (node_modules/verikit); lit's, zod's… are theirs.
    const ours = (d) => !d.file || !d.file.fileName.includes('/node_modules/') || d.file.fileName.includes('/node_modules/verikit/');
    const diagnostics = ts.getPreEmitDiagnostics(program).filter(ours);
    if (diagnostics.length) {
      const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
      errors.push(`${name}:\n${ts.formatDiagnostics(diagnostics.slice(0, 8), host)}`);
    }
  }
  assert(errors.length === 0, errors.join('\n'));
});

finish();
