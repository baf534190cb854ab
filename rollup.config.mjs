// The package build (`npm run build`). package.json `exports` is the single list of entry points:
// each `./dist/<file>.js` target is mapped back to its source below, so adding an element to the
// package is one line in `exports`. Outputs:
//   dist/<entry>.js + .d.ts   ESM, readable, lit/zod/otplib/qrcode left to the user's bundler
//   dist/chunks/*.js          one chunk per source module, side-effect free except chunks/vk-*.js
//                             (the tag registrations, listed in package.json `sideEffects`)
//   dist/verikit.min.js       CDN bundle: one minified file, lit included, every tag registered
//                             (translations, otplib load on demand from dist/cdn/)
//   dist/types/**             declarations emitted by tsc (esbuild does not emit types)
//   custom-elements.json      Custom Elements Manifest from the class JSDoc (shared with Storybook)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const root = dirname(fileURLToPath(import.meta.url));
const fromRoot = (...parts) => join(root, ...parts);
const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
const tsconfig = fromRoot('tsconfig.json');
const cdnFile = 'verikit.min';
const virtualPrefix = '\0verikit-entry:';

/** Every `./dist/….js` target named in `exports` (patterns like `./dist/locales/*.js` included). */
function exportTargets() {
  const targets = [];
  for (const value of Object.values(pkg.exports)) {
    const target = typeof value === 'string' ? value : value.default ?? value.import;
    if (typeof target === 'string' && target.startsWith('./dist/') && target.endsWith('.js')) targets.push(target);
  }
  return targets;
}

/** Folders that have one public module instead of an index.ts (used while they have no index). */
const singleModuleFolders = { connect: [fromRoot('src/connect/http.ts')], locales: [fromRoot('src/locales/load.ts')] };
const folderModules = new Set(Object.values(singleModuleFolders).flat());

const elementDir = (name) => fromRoot('src/elements', name);
const isElement = (name) => existsSync(join(elementDir(name), `vk-${name}.ts`));
/** The public modules of an element besides its register module. */
function elementModules(name) {
  const dir = elementDir(name);
  const existing = (file) => (existsSync(join(dir, file)) ? join(dir, file) : undefined);
  return {
    classModule: join(dir, `${name}.ts`),
    events: existing(`${name}.events.ts`),
    types: existing(`${name}.types.ts`),
    schema: existing(`${name}.schema.ts`),
    register: join(dir, `vk-${name}.ts`),
  };
}

/**
 * What each built file is made of. `source` is a file; `virtual` is generated JS (per-element
 * entries); `declaration` is the generated `.d.ts` beside it (relative to dist/).
 */
function describeEntries() {
  const entries = new Map();
  const typesOf = (file) => `./types/${relative(fromRoot('src'), file).replace(/\.ts$/, '.js')}`;
  for (const target of exportTargets()) {
    const file = target.slice('./dist/'.length, -'.js'.length);
    if (file === cdnFile) continue;
    if (file.includes('*')) {
      // Pattern exports (e.g. locales): one entry per source file that exists.
      const [prefix, suffix] = file.split('*');
      const sourceDir = fromRoot('src', prefix);
      if (!existsSync(sourceDir)) continue;
      for (const name of readdirSync(sourceDir)) {
        if (!name.endsWith('.ts') || name.endsWith('.d.ts') || folderModules.has(join(sourceDir, name))) continue;
        const base = name.slice(0, -3);
        entries.set(`${prefix}${base}${suffix}`, { source: join(sourceDir, name) });
      }
      continue;
    }
    const classEntry = /^(.+)\.class$/.exec(file);
    if (classEntry && isElement(classEntry[1])) {
      const parts = elementModules(classEntry[1]);
      const reexported = [parts.classModule, parts.events, parts.types].filter(Boolean);
      entries.set(file, {
        virtual: reexported.map((path) => `export * from ${JSON.stringify(path)};`).join('\n'),
        declaration: [
          ...reexported.map((path) => `export * from '${typesOf(path)}';`),
          ...(parts.schema ? [`export type * from '${typesOf(parts.schema)}';`] : []),
        ].join('\n'),
        typeRoots: [...reexported, parts.schema].filter(Boolean),
      });
      continue;
    }
    if (isElement(file)) {
      const parts = elementModules(file);
      entries.set(file, {
        virtual: `export * from ${JSON.stringify(`${virtualPrefix}${file}.class`)};\nimport ${JSON.stringify(parts.register)};`,
        declaration: `export * from './${file}.class.js';\nimport '${typesOf(parts.register)}';`,
        typeRoots: [parts.register],
      });
      continue;
    }
    const direct = [fromRoot('src', `${file}.ts`), fromRoot('src', file, 'index.ts'), ...(singleModuleFolders[file] ?? [])].find(existsSync);
    if (!direct) throw new Error(`rollup.config.mjs: package.json exports ${target}, but neither src/${file}.ts nor src/${file}/index.ts exists`);
    entries.set(file, { source: direct });
  }
  return entries;
}

const entries = describeEntries();

/** Resolves the generated per-element entries. */
function virtualEntries() {
  return {
    name: 'verikit-virtual-entries',
    resolveId(id) {
      return id.startsWith(virtualPrefix) ? id : null;
    },
    load(id) {
      if (!id.startsWith(virtualPrefix)) return null;
      const entry = entries.get(id.slice(virtualPrefix.length)) ?? (id === cdnEntry ? cdnSource : undefined);
      if (!entry?.virtual) throw new Error(`rollup.config.mjs: no generated entry ${id.slice(virtualPrefix.length)}`);
      return entry.virtual;
    },
  };
}

const esbuildOptions = { tsconfig, target: 'es2022', sourceMap: false, loaders: { '.ts': 'ts' } };

/**
 * Minifies our `css` literals (lightningcss) and the whitespace of our `html`/`svg` literals
 * (html-minifier-next), package build only: tests and Storybook run the sources. Options chosen so
 * nothing renders or behaves differently: whitespace collapses to one space but is never removed
 * (html-minifier treats custom elements and `<slot>` as blocks and would drop the space between,
 * e.g., an inline tag and text), empty attributes stay (`alt=""`, `value=""` mean something), no
 * JS minification inside attributes; `<pre>`/`<textarea>` keep their whitespace (html-minifier).
 */
const minifyTemplateLiterals = () =>
  minifyLiterals({
    include: [fromRoot('src/**/*.ts')],
    failOnError: true,
    options: {
      minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false, minifyJS: false },
    },
  });
const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Emits `.d.ts` for the entries with tsc (declarations only); fails the build on type errors in them. */
function declarations() {
  return {
    name: 'verikit-declarations',
    buildStart() {
      const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      if (!parsed) throw new Error('rollup.config.mjs: cannot read tsconfig.json');
      const rootNames = [...entries.values()].flatMap((entry) => (entry.source ? [entry.source] : entry.typeRoots));
      const options = {
        ...parsed.options,
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: fromRoot('dist/types'),
        rootDir: fromRoot('src'),
        types: [],
      };
      const program = ts.createProgram(rootNames, options);
      const diagnostics = ts.getPreEmitDiagnostics(program);
      const emitted = program.emit(undefined, undefined, undefined, true);
      const all = [...diagnostics, ...emitted.diagnostics];
      if (all.length) {
        const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
        this.error(`declarations failed:\n${ts.formatDiagnostics(all, host)}`);
      }
    },
    generateBundle() {
      for (const [file, entry] of entries) {
        const declaration = entry.declaration ?? `export * from './types/${relative(fromRoot('src'), entry.source).replace(/\.ts$/, '.js')}';`;
        const prefix = file.includes('/') ? `${'../'.repeat(file.split('/').length - 1)}` : './';
        this.emitFile({ type: 'asset', fileName: `${file}.d.ts`, source: `${declaration.replaceAll("'./", `'${prefix}`)}\n` });
      }
    },
  };
}

/**
 * Writes custom-elements.json (package root, where Storybook reads it too) with the analyzer and
 * the project's custom-elements-manifest.config.mjs, which also links our `defineElement()` tags
 * to their classes. Without that config, plain Lit analysis of the elements.
 */
function customElementsManifest() {
  return {
    name: 'verikit-custom-elements-manifest',
    async closeBundle() {
      const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
      const hasConfig = existsSync(fromRoot('custom-elements-manifest.config.mjs'));
      const argv = ['analyze', '--quiet', ...(hasConfig ? ['--config', 'custom-elements-manifest.config.mjs'] : ['--litelement', '--outdir', '.', '--globs', 'src/elements/**/*.ts'])];
      await cli({ argv, cwd: root });
    },
  };
}

const hasSideEffects = (file) => /\/vk-[^/]+\.ts$/.test(file) || file === fromRoot('src/define.ts');

/**
 * Resolves our own `./x.js` imports to `./x.ts` and says which of our modules do something on
 * import (register modules and define.ts). Runs before node-resolve, which would otherwise apply
 * package.json `sideEffects` (written for dist/) to src/ and drop the registrations.
 */
function sourceModules() {
  return {
    name: 'verikit-source-modules',
    resolveId(id, importer) {
      if (id.startsWith('\0')) return null;
      let file;
      if (importer && !importer.startsWith('\0') && id.startsWith('.')) file = join(dirname(importer), id);
      else if (id.startsWith(fromRoot('src'))) file = id;
      else return null;
      file = file.replace(/\.js$/, '.ts');
      if (!file.startsWith(fromRoot('src')) || !existsSync(file)) return null;
      return { id: file, moduleSideEffects: hasSideEffects(file) };
    },
  };
}

/**
 * One chunk per source module, so a partner's bundler drops every module an entry does not use
 * (package.json `sideEffects` marks all chunks but the register ones as droppable); merged chunks
 * would keep, e.g., every zod schema of core/ alive for an element that needs none. Each tag's
 * registration is its own chunk `chunks/vk-<tag>-…js`, which `sideEffects` lists by that pattern.
 * (Without manual chunks, rollup moves a registration used by two entries into an anonymous chunk.)
 */
function chunkOf(id) {
  if (!id.startsWith(fromRoot('src'))) return undefined;
  const path = relative(fromRoot('src'), id).replace(/\.ts$/, '');
  const register = /(?:^|\/)(vk-[^/]+)$/.exec(path)?.[1];
  if (register) return register;
  // elements/code-input/code-input.events → code-input.events; core/clock → core-clock
  return path.replace(/^elements\/[^/]+\//, '').replaceAll('/', '-');
}

/** Removes dist/ once, before the first bundle. */
function cleanDist() {
  let cleaned = false;
  return {
    name: 'verikit-clean',
    buildStart() {
      if (cleaned) return;
      cleaned = true;
      rmSync(fromRoot('dist'), { recursive: true, force: true });
      mkdirSync(fromRoot('dist'));
    },
  };
}

const input = Object.fromEntries([...entries].map(([file, entry]) => [file, entry.source ?? `${virtualPrefix}${file}`]));

const cdnEntry = `${virtualPrefix}${cdnFile}`;
// The CDN bundle registers every tag and also exports the whole API (clocks, event classes…).
const cdnSource = { virtual: `import ${JSON.stringify(fromRoot('src/define.ts'))};\nexport * from ${JSON.stringify(fromRoot('src/index.ts'))};` };
const cdnRequested = exportTargets().includes(`./dist/${cdnFile}.js`);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input,
    external: isDependency,
    plugins: [cleanDist(), virtualEntries(), sourceModules(), nodeResolve({ extensions: ['.ts', '.js'] }), esbuild(esbuildOptions), minifyTemplateLiterals(), declarations(), customElementsManifest()],
    output: {
      dir: fromRoot('dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: chunkOf,
    },
  },
  ...(cdnRequested
    ? [
        {
          input: { [cdnFile]: cdnEntry },
          plugins: [
            virtualEntries(),
            sourceModules(),
            nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
            commonjs(),
            esbuild(esbuildOptions),
            minifyTemplateLiterals(),
          ],
          // One file with every tag; only what the code loads on demand (translations, otplib for
          // generating a secret) comes as separate files in dist/cdn/, fetched when first needed.
          output: {
            dir: fromRoot('dist'),
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'cdn/[name]-[hash].js',
            // An element's answers' schemas (`*.answers.ts`, loaded on demand so that zod stays out
            // of the element entry's first download) ride in the one file, which has zod for the
            // other elements anyway. As a lazy chunk they would import zod back from this file:
            // rollup would then turn it into a facade over a shared chunk, and behind a CDN URL that
            // redirects (unpkg.com/verikit/… → verikit@x.y.z/…) a second copy would load.
            manualChunks: (id) => (id === cdnEntry || id.endsWith('.answers.ts') ? cdnFile : undefined),
            plugins: [minify({ target: 'es2022', legalComments: 'eof' })],
          },
        },
      ]
    : []),
];
