#!/usr/bin/env node
// `node bench/qr.bench.mjs`: how long verikit takes to turn a typical otpauth URI into the QR
// code's SVG path (median of many runs, qrcode's own SVG string renderer beside it), and what the
// <vk-totp-setup> entry costs a page (esbuild, minified, gzip -9).
import { build } from 'esbuild';
import { rollup } from 'rollup';
import esbuildPlugin, { minify } from 'rollup-plugin-esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 2000);
const uri =
  'otpauth://totp/ACME%20Exchange:john.doe%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME%20Exchange';

const work = mkdtempSync(join(tmpdir(), 'verikit-bench-'));
try {
  // Bundle the code under test the way a browser gets it (qrcode is CommonJS, so it must be bundled).
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    `export { qrMatrix, qrPathData } from ${JSON.stringify(join(root, 'src/totp/qr.ts'))};\nimport QRCode from 'qrcode';\nexport const qrcodeSvgString = (text) => { let out = ''; QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M' }, (error, svg) => { if (error) throw error; out = svg; }); return out; };\n`,
  );
  const bundled = join(work, 'qr.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', outfile: bundled, logLevel: 'silent', nodePaths: [join(root, 'node_modules')] });
  const { qrMatrix, qrPathData, qrcodeSvgString } = await import(pathToFileURL(bundled).href);

  const median = (fn) => {
    for (let i = 0; i < 50; i++) fn(); // warm up the JIT
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
  const matrix = qrMatrix(uri);
  const rows = [
    ['verikit: URI → matrix → SVG path', median(() => qrPathData(qrMatrix(uri)))],
    ['verikit: matrix → SVG path only', median(() => qrPathData(matrix))],
    ['peer: qrcode toString(svg)', median(() => qrcodeSvgString(uri))],
  ];
  console.log(`QR for a ${uri.length}-character otpauth URI (version ${(matrix.size - 17) / 4}, ${matrix.size}×${matrix.size}), median of ${runs} runs:`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(36)} ${ms.toFixed(3)} ms`);
  console.log(`  path data ${qrPathData(matrix).length} characters; qrcode's SVG string ${qrcodeSvgString(uri).length}`);

  // Size of the <vk-totp-setup> entry as a page would load it.
  const sizeOf = (text) => ({ min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  const elementEntry = join(root, 'src/elements/totp-setup/vk-totp-setup.ts');
  const common = { entryPoints: [elementEntry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', legalComments: 'none' };
  const single = await build({ ...common, outfile: join(work, 'single.js') });
  const split = await build({ ...common, splitting: true, outdir: join(work, 'split') });
  const fmt = ({ min, gzip }) => `${min.toLocaleString('en')} B min, ${gzip.toLocaleString('en')} B min+gzip`;
  console.log('\n<vk-totp-setup> entry (lit, zod/mini, qrcode included; esbuild):');
  console.log(`  one file, otplib inlined:        ${fmt(sizeOf(single.outputFiles[0].text))}`);
  for (const file of split.outputFiles) {
    const name = file.path.endsWith('vk-totp-setup.js') ? 'split: entry chunk' : `split: lazy chunk ${file.path.split('/').pop()}`;
    console.log(`  ${(name + ':').padEnd(32)} ${fmt(sizeOf(file.text))}`);
  }

  // The same entry through rollup, the bundler of `npm run build` (node-resolve + commonjs for qrcode).
  const bundle = await rollup({
    input: elementEntry,
    plugins: [nodeResolve({ browser: true }), commonjs(), esbuildPlugin({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') })],
    onwarn: () => undefined,
  });
  const { output: rolledUp } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [minify()] });
  const { output: chunks } = await bundle.generate({ format: 'es', plugins: [minify()] });
  await bundle.close();
  console.log('\n<vk-totp-setup> entry with rollup (as `npm run build`):');
  console.log(`  one file, otplib inlined:        ${fmt(sizeOf(rolledUp[0].code))}`);
  for (const chunk of chunks) {
    if (chunk.type !== 'chunk') continue;
    const name = chunk.isEntry ? 'split: entry chunk' : `split: lazy chunk ${chunk.fileName}`;
    console.log(`  ${(name + ':').padEnd(32)} ${fmt(sizeOf(chunk.code))}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
