#!/usr/bin/env node
// `npm run bench` (Lighthouse): Lighthouse 12 (mobile profile: emulated phone, simulated slow 4G
// and 4× CPU slowdown) on the partner page (demo/index.html) as the static Storybook builds it,
// served gzipped from 127.0.0.1, in the system Chromium (--headless=new and the test flags).
// Prints the performance, accessibility and best-practices scores, TBT and LCP: median and
// min–max of several runs (--runs N, default 3), and every accessibility audit that fails.
// test/storybook/lighthouse.suite.mjs uses `auditPage` to require an accessibility score of 100.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';

export const partnerPagePath = '/demo/index.html';

/** Starts the system Chromium with a DevTools port for Lighthouse; resolves to `{ port, kill }`. */
async function launchForLighthouse() {
  const chromePath = process.env.CHROME_PATH ?? findChromium()?.path;
  if (!chromePath) throw new Error('no Chromium found: set CHROME_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'verikit-lighthouse-'));
  const chrome = spawn(chromePath, ['--headless=new', ...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  /** Ends Chromium, waits for it, removes its profile. */
  const kill = async () => {
    chrome.kill();
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // Chromium's helper processes may still write into the profile as it exits; a leftover temp
      // folder is not a failed audit.
    }
  };
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${output}`)), 30_000);
    chrome.stderr.on('data', (chunk) => {
      output += chunk;
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${output}`)));
  }).catch(async (error) => {
    await kill();
    throw error;
  });
  return { port, kill };
}

/**
 * Audits `url` with Lighthouse's default (mobile) config, `categories` only. Resolves to the
 * Lighthouse result (lhr); throws on a runtime error (e.g. the page did not load).
 */
export async function auditPage(url, categories = ['performance', 'accessibility', 'best-practices']) {
  const chrome = await launchForLighthouse();
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** The audits of `category` that count and did not pass: `id: title (score)` with the failing elements. */
export function failingAudits(lhr, category) {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = (audit.details?.items ?? []).map((item) => item.node?.snippet ?? item.node?.selector ?? item.url ?? '').filter(Boolean);
      return `${audit.id}: ${audit.title} (score ${audit.score})${items.length ? ` — ${items.slice(0, 5).join(', ')}` : ''}`;
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ensureBuild, outDir: storybookDir } = await import('../test/storybook/storybook-static.mjs');
  const { serve } = await import('../test/interop/browser.mjs');
  const argv = process.argv.slice(2);
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
  ensureBuild('lighthouse');
  const server = await serve(storybookDir, { allowed: ['.'], compress: true });
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      results.push(await auditPage(`${server.origin}${partnerPagePath}`));
      process.stderr.write(`lighthouse: run ${run + 1} of ${runs} done\n`);
    }
  } finally {
    await server.close();
  }
  const sorted = (values) => [...values].sort((a, b) => a - b);
  const spread = (values, format) => {
    const ordered = sorted(values);
    return `${format(ordered[Math.floor(ordered.length / 2)])} (${format(ordered[0])} – ${format(ordered.at(-1))})`;
  };
  const score = (id) => results.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
  const metric = (id) => results.map((lhr) => lhr.audits[id]?.numericValue ?? NaN);
  const ms = (n) => `${Math.round(n)} ms`;
  const first = results[0];
  console.log(
    `\nLighthouse ${first.lighthouseVersion} on the partner page (${partnerPagePath}, built Storybook, gzip) — mobile profile ` +
      `(${first.configSettings.formFactor}, ${first.configSettings.throttlingMethod} throttling), ${first.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; ` +
      `median (min – max) of ${runs} runs on a shared 2-core machine:`,
  );
  console.log('| performance | accessibility | best practices | TBT | LCP |');
  console.log('|---:|---:|---:|---:|---:|');
  console.log(
    `| ${spread(score('performance'), String)} | ${spread(score('accessibility'), String)} | ${spread(score('best-practices'), String)} | ` +
      `${spread(metric('total-blocking-time'), ms)} | ${spread(metric('largest-contentful-paint'), ms)} |`,
  );
  for (const category of ['accessibility', 'best-practices']) {
    const failing = [...new Set(results.flatMap((lhr) => failingAudits(lhr, category)))];
    console.log(failing.length ? `\n${category}: failing audits\n${failing.map((line) => `- ${line}`).join('\n')}` : `\n${category}: every audit passes`);
  }
}
