#!/usr/bin/env node
// `node bench/sniff.bench.mjs`: what it costs <vk-proof-uploader> to check and accept a 200 MB
// video, in headless system Chromium (playwright-core). Three sources: a 200 MB Blob built from one
// reused 1 MB chunk (no 200 MB JS array), a 200 MB file on disk picked through <input type=file>,
// and the whole element path (addFiles → vk-proof-upload request). Beside them, the naive approach
// (reading the whole file with arrayBuffer()) shows what sniffing only the header saves.
// Figures: median time of RUNS runs; JS heap growth (V8 heap + array-buffer backing stores) per run.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 15);
const SIZE = 200_000_000;
const MB = 1_000_000;
// An MP4 `ftyp` box: what a phone's video starts with.
const mp4Header = [0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isommp41')];

const work = mkdtempSync(join(tmpdir(), 'verikit-sniff-bench-'));
let browser;
try {
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    `export { sniffFile } from ${JSON.stringify(join(root, 'src/core/file-sniff.ts'))};\n` +
      `import ${JSON.stringify(join(root, 'src/elements/proof-uploader/vk-proof-uploader.ts'))};\n`,
  );
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'verikit',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
    // package.json marks only dist/ files as side effects; the register module here is source.
    ignoreAnnotations: true,
    nodePaths: [join(root, 'node_modules')],
  });

  // A sparse 200 MB file: takes no disk space, but the browser reads it like any other file.
  const diskFile = join(work, 'verification-video.mp4');
  const fd = openSync(diskFile, 'w');
  writeSync(fd, Buffer.from(mp4Header), 0, mp4Header.length, 0);
  ftruncateSync(fd, SIZE);
  closeSync(fd);

  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><input type="file" id="picker">');
  await page.addScriptTag({ content: bundled.outputFiles[0].text });
  const cdp = await page.context().newCDPSession(page);

  /** V8 heap in use plus array-buffer backing stores (where a whole-file read lands). */
  const heapBytes = async () => {
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  const collect = () => cdp.send('HeapProfiler.collectGarbage');

  /** Runs `action` (a page function returning elapsed ms) `runs` times; heap growth measured before any GC. */
  async function measure(action, arg) {
    const times = [];
    const growth = [];
    for (let i = 0; i < runs; i++) {
      await collect();
      const before = await heapBytes();
      times.push(await page.evaluate(action, arg));
      growth.push((await heapBytes()) - before);
      await page.evaluate(() => delete window.__kept);
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { ms: median(times), heap: median(growth), maxHeap: Math.max(...growth) };
  }

  // The 200 MB Blob: one 1 MB chunk with the MP4 header, then the same zero-filled 1 MB chunk 199 times.
  await page.evaluate(
    ({ header, size, mb }) => {
      const first = new Uint8Array(mb);
      first.set(header);
      const zeros = new Uint8Array(mb);
      window.__blobFile = new File([first, ...Array.from({ length: size / mb - 1 }, () => zeros)], 'video.mp4', { type: 'video/mp4' });
    },
    { header: mp4Header, size: SIZE, mb: MB },
  );
  await page.setInputFiles('#picker', diskFile);

  const sniff = async (source) => {
    const file = source === 'blob' ? window.__blobFile : document.getElementById('picker').files[0];
    const t0 = performance.now();
    window.__kept = await window.verikit.sniffFile(file);
    if (window.__kept?.mime !== 'video/mp4') throw new Error(`sniffed ${JSON.stringify(window.__kept)}`);
    return performance.now() - t0;
  };
  const readWhole = async (source) => {
    const file = source === 'blob' ? window.__blobFile : document.getElementById('picker').files[0];
    const t0 = performance.now();
    window.__kept = await file.arrayBuffer();
    return performance.now() - t0;
  };
  const acceptInElement = async (source) => {
    const file = source === 'blob' ? window.__blobFile : document.getElementById('picker').files[0];
    document.querySelector('vk-proof-uploader')?.remove();
    const element = document.createElement('vk-proof-uploader');
    element.slots = [{ id: 'video', title: 'Verification video', accept: ['video'], maxBytes: 250_000_000 }];
    document.body.append(element);
    await element.updateComplete;
    const t0 = performance.now();
    const requested = new Promise((resolve) =>
      element.addEventListener('vk-proof-upload', (event) => {
        event.detail.respond({ ok: true, fileId: 'bench' });
        resolve(performance.now() - t0);
      }),
    );
    await element.addFiles('video', [file]);
    return requested;
  };

  const rows = [
    ['sniffFile, 200 MB Blob', await measure(sniff, 'blob')],
    ['sniffFile, 200 MB file on disk', await measure(sniff, 'disk')],
    ['<vk-proof-uploader> accept → request, Blob', await measure(acceptInElement, 'blob')],
    ['<vk-proof-uploader> accept → request, disk', await measure(acceptInElement, 'disk')],
    ['naive: whole arrayBuffer(), Blob', await measure(readWhole, 'blob')],
    ['naive: whole arrayBuffer(), disk', await measure(readWhole, 'disk')],
  ];
  const version = browser.version();
  console.log(`Accepting a 200 MB video (Chromium ${version}, median of ${runs} runs; heap = JS heap + ArrayBuffer growth during one run):`);
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
  for (const [name, result] of rows) {
    const size = result.heap > 10 * MB ? mb : kb;
    console.log(`  ${name.padEnd(44)} ${result.ms.toFixed(2).padStart(9)} ms   heap +${size(result.heap)} (max +${size(result.maxHeap)})`);
  }
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
