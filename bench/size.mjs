#!/usr/bin/env node
// `npm run bench` (sizes): what size-limit cannot show. The budgets per entry (package.json
// "size-limit", `npm run size`, checked by `npm test`) measure every verikit entry; this prints the
// headline entries beside what users would pick instead (Shoelace, Hanko) and beside the floor any
// Lit element pays (lit, @lit/context, zod/mini, otplib, qrcode), each measured the way a partner's
// bundler builds it: esbuild --bundle --splitting --minify of a one-line module importing it
// (verikit from the built package through package.json `exports`), gzip -9 per file loaded up front.
// Figures only; the project's targets are printed beside them, nothing fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { partnerBuild } from './partner-build.mjs';
import { buildPackage, linkPackageInto } from '../test/package/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-artifacts/bench-size');

if (!process.argv.includes('--no-build')) {
  console.log('bench: building the package…');
  const built = buildPackage();
  if (!built.ok) {
    console.error(built.output);
    process.exit(1);
  }
}
const unlinkPackage = linkPackageInto(work);

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

let measured = 0;
/**
 * Bundles `source` like a partner's app would (code splitting on, so what the code imports on
 * demand — translations, otplib for generating a secret — becomes lazy chunks) and returns, in
 * bytes, what the page loads up front ({ min, gzip }: the entry and its static imports, each file
 * gzipped on its own as it is served) and what it may fetch later ({ lazyMin }).
 */
async function measure(source, { external = [] } = {}) {
  const entry = join(work, `entry-${measured++}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    outdir: join(work, 'out'),
    ...partnerBuild,
    external,
    nodePaths: [join(work, 'node_modules'), join(root, 'node_modules')],
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]));
  const outputs = result.metafile.outputs;
  // Lazy chunks carry an entryPoint too (the module they load): pick the one built from our file.
  const [entryOutput] = Object.entries(outputs).find(([, output]) => output.entryPoint && entry.endsWith(output.entryPoint)) ?? [];
  if (!entryOutput) throw new Error('esbuild reported no output for the entry');
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  if (entryOutput) visit(entryOutput);
  let min = 0;
  let gzip = 0;
  let lazyMin = 0;
  for (const [path, bytes] of files) {
    if (upFront.has(path)) {
      min += bytes.length;
      gzip += gzipped(bytes);
    } else lazyMin += bytes.length;
  }
  return { min, gzip, lazyMin };
}

const rows = [];
async function row(group, name, source, options) {
  try {
    rows.push({ group, name, ...(await measure(source, options)) });
  } catch (error) {
    rows.push({ group, name, error: String(error.errors?.[0]?.text ?? error.message).split('\n')[0] });
  }
}

// verikit's headline entries (the targets below); every entry has its own size-limit budget.
await row('verikit', 'verikit/code-input', `import 'verikit/code-input';`);
await row('verikit', 'verikit/recovery-codes', `import 'verikit/recovery-codes';`);
await row('verikit', 'verikit/define', `import 'verikit/define';`);
await row('verikit', 'verikit/define without otplib, qrcode', `import 'verikit/define';`, { external: ['otplib', 'qrcode', '@otplib/*'] });

// References: the floor every Lit element pays, and the validation library.
const oneLitElement = `import { LitElement, html, css } from 'lit';
customElements.define('x-one', class extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<input part="input">\`; } });`;
await row('reference', 'lit, one element', oneLitElement);
await row('reference', 'lit + @lit/context, one element', `${oneLitElement}\nimport { createContext } from '@lit/context'; export const c = createContext('c');`);
await row('reference', 'zod/mini, 3-field object', `import * as z from 'zod/mini'; export const s = z.object({ a: z.string(), b: z.number(), c: z.boolean() }); s.parse({ a: '', b: 1, c: true });`);
await row('reference', 'otplib (default entry)', `export { generateSecret, generateURI, generate, verify } from 'otplib';`);
await row('reference', 'qrcode (SVG string)', `import QRCode from 'qrcode'; export const svg = (t) => QRCode.toString(t, { type: 'svg' });`);

// What users would pick instead.
const shoelace = (name) => `@shoelace-style/shoelace/dist/components/${name}/${name}.js`;
await row('peer', '@shoelace-style/shoelace sl-input', `import '${shoelace('input')}';`);
await row('peer', 'shoelace input+button+alert+qr-code', ['input', 'button', 'alert', 'qr-code'].map((name) => `import '${shoelace(name)}';`).join('\n'));
await row('peer', '@teamhanko/hanko-elements (register)', `import { register } from '@teamhanko/hanko-elements'; export { register };`);

const lit = rows.find((r) => r.name === 'lit, one element');
const fmt = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const versions = ['lit', 'zod', '@shoelace-style/shoelace', '@teamhanko/hanko-elements']
  .map((name) => {
    const file = join(root, 'node_modules', name, 'package.json');
    return existsSync(file) ? `${name} ${JSON.parse(readFileSync(file, 'utf8')).version}` : `${name} (not installed)`;
  })
  .join(', ');

console.log(`\nSizes loaded up front: esbuild ${(await import('esbuild')).version} --bundle --splitting --minify (es2022, production), gzip -9 per file. ${versions}.`);
console.log('| bundle | min | min+gzip | gzip vs lit | lazy chunks (min) |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  if (r.error) {
    console.log(`| ${r.name} | — | — | could not bundle: ${r.error} | |`);
    continue;
  }
  const delta = lit?.gzip && r !== lit ? `${r.gzip >= lit.gzip ? '+' : '−'}${kb(Math.abs(r.gzip - lit.gzip))}` : '';
  console.log(`| ${r.name} | ${fmt(r.min)} | ${fmt(r.gzip)} | ${delta} | ${r.lazyMin ? fmt(r.lazyMin) : ''} |`);
}

const gzipOf = (name) => rows.find((r) => r.name === name)?.gzip;
const codeInput = gzipOf('verikit/code-input');
const allLean = gzipOf('verikit/define without otplib, qrcode');
console.log('\nTargets of the element-contract issue (13), printed as figures; the size-limit budgets hold today\'s sizes:');
if (codeInput && lit) console.log(`- verikit/code-input ≤ lit + 10 KB gzip: lit + ${kb(codeInput - lit.gzip)} (${codeInput - lit.gzip <= 10 * 1024 ? 'met' : 'NOT met'})`);
if (allLean) console.log(`- verikit/define without otplib/qrcode ≤ 40 KB gzip: ${kb(allLean)} (${allLean <= 40 * 1024 ? 'met' : 'NOT met'})`);
unlinkPackage();
