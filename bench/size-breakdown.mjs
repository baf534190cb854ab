#!/usr/bin/env node
// `node bench/size-breakdown.mjs [entry] [--build]`: where the bytes of one verikit entry come from.
// Bundles `import 'dist/<entry>.js'` the way bench/size.mjs and size-limit do (esbuild --bundle
// --splitting --minify, es2022, production; only the files loaded up front count, lazy chunks such
// as code-input.answers/webotp/help and the translations are left out) and attributes every byte of
// those files to the module it came from, read from esbuild's source map (min column: equals the
// metafile's bytesInOutput; bytes esbuild adds itself, such as chunk imports, are "(esbuild glue)").
// gzip columns, per module:
// - "gzip saved": gzip -9 of the files minus gzip -9 of the same files with that module's bytes cut
//   out, i.e. roughly what deleting the module would save. Rows do not add up to the total: text
//   that repeats across modules compresses once.
// - "gzip alone": that module's bytes gzipped on their own (an upper bound).
// Default entry: code-input. Run `npm run build --silent` first (or pass --build). `--external=otplib,qrcode`
// leaves those packages out (as bench/size.mjs does for "verikit/define without otplib, qrcode").
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import { build } from 'esbuild';
import { partnerBuild } from './partner-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const entryName = (args.find((arg) => !arg.startsWith('--')) ?? 'code-input').replace(/^verikit\/?/, '') || 'index';
const external = (args.find((arg) => arg.startsWith('--external='))?.slice('--external='.length).split(',') ?? []).flatMap((name) => [name, `${name}/*`, ...(name === 'otplib' ? ['@otplib/*'] : [])]);
if (args.includes('--build')) execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });

const work = join(root, 'test-artifacts/size-breakdown');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const entry = join(work, 'entry.js');
writeFileSync(entry, `import ${JSON.stringify(join(root, 'dist', `${entryName}.js`))};\n`);

const result = await build({
  entryPoints: [entry],
  outdir: join(work, 'out'),
  ...partnerBuild,
  external,
  sourcemap: 'external',
  logLevel: 'silent',
});

// The files loaded up front: the entry's output and what it imports statically.
const outputs = result.metafile.outputs;
const files = new Map(result.outputFiles.map((file) => [relative(work, file.path), file]));
const entryOutput = Object.keys(outputs).find((path) => outputs[path].entryPoint && entry.endsWith(outputs[path].entryPoint));
const upFront = new Set();
const visit = (path) => {
  if (upFront.has(path)) return;
  upFront.add(path);
  for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
};
visit(entryOutput);

/** Module → row name: lit's packages are one row, other dependencies by package, ours by dist path. */
function group(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (dependency) return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(dependency) ? 'lit' : dependency;
  return path.replace(/^.*?dist\//, '').replace(/\.js$/, '');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes a source map's `mappings` into [line][{ column, source }] (sorted by column). */
function decode(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push({ column, source: values.length > 1 ? source : -1 });
    }
    lines.push(segments);
  }
  return lines;
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const rows = new Map(); // name → { min, pieces per file }
const fileTexts = [];
let totalMin = 0;
let totalGzip = 0;
for (const path of upFront) {
  const file = files.get(relative(work, join(root, path)));
  const map = JSON.parse(files.get(`${relative(work, join(root, path))}.map`).text);
  const text = file.text;
  totalMin += Buffer.byteLength(text);
  totalGzip += gzip(text);
  // Owner of every character: the segment that starts at or before it (esbuild maps each token).
  const owner = new Array(text.length).fill('(esbuild glue)');
  const lines = decode(map.mappings);
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    const segments = lines[index] ?? [];
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1].column : line.length;
      const name = segment.source >= 0 ? group(map.sources[segment.source]) : '(esbuild glue)';
      for (let c = segment.column; c < end; c++) owner[offset + c] = name;
    });
    offset += line.length + 1;
  });
  fileTexts.push({ text, owner });
  for (let c = 0; c < text.length; c++) {
    const row = rows.get(owner[c]) ?? { min: 0 };
    row.min += Buffer.byteLength(text[c]);
    rows.set(owner[c], row);
  }
}

for (const [name, row] of rows) {
  let without = 0;
  let alone = '';
  for (const { text, owner } of fileTexts) {
    let kept = '';
    for (let c = 0; c < text.length; c++) {
      if (owner[c] === name) alone += text[c];
      else kept += text[c];
    }
    without += gzip(kept);
  }
  row.saved = totalGzip - without;
  row.alone = gzip(alone);
}

const fmt = (n) => n.toLocaleString('en-US');
const sorted = [...rows].sort((a, b) => b[1].saved - a[1].saved);
console.log(`verikit/${entryName}: ${fmt(totalMin)} B min, ${fmt(totalGzip)} B min+gzip up front (${upFront.size} file${upFront.size > 1 ? 's' : ''}); esbuild --bundle --splitting --minify, gzip -9 per file.`);
console.log('| module | min | gzip saved | gzip alone |');
console.log('|---|---:|---:|---:|');
for (const [name, row] of sorted) console.log(`| ${name} | ${fmt(row.min)} | ${fmt(row.saved)} | ${fmt(row.alone)} |`);
const lit = rows.get('lit');
if (lit) console.log(`\nlit takes ${fmt(lit.saved)} B gzip of it; everything else together: ${fmt(totalGzip - lit.saved)} B (${((totalGzip - lit.saved) / 1024).toFixed(1)} KB, a lower bound of "lit + X").`);
rmSync(work, { recursive: true, force: true });
