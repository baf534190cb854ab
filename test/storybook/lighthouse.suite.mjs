#!/usr/bin/env node
// Lighthouse's accessibility audit of the partner page (demo/index.html in the static Storybook,
// built once and shared with the walk): the score must be 100; a lower score lists every failing
// audit and the elements it names. Mobile profile, system Chromium (bench/lighthouse.mjs).
// Ends with "lighthouse: N passed, N failed". Run alone: `node test/storybook/lighthouse.suite.mjs`.
import { auditPage, failingAudits, partnerPagePath } from '../../bench/lighthouse.mjs';
import { serve } from '../interop/browser.mjs';
import { ensureBuild, outDir as storybookDir } from './storybook-static.mjs';

let passed = 0;
let failed = 0;
const report = (name, problems) => {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ✓ ${name}`);
  } else {
    failed += 1;
    console.log(`  ✗ ${name}`);
    for (const problem of problems) console.log(`      ${problem}`);
  }
};

try {
  ensureBuild('lighthouse');
  const server = await serve(storybookDir, { allowed: ['.'], compress: true });
  try {
    const started = performance.now();
    const lhr = await auditPage(`${server.origin}${partnerPagePath}`, ['accessibility']);
    const score = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    report(`partner page: Lighthouse ${lhr.lighthouseVersion} accessibility ${score} of 100 (${seconds} s)`, score === 100 ? [] : failingAudits(lhr, 'accessibility'));
  } finally {
    await server.close();
  }
} catch (error) {
  report('partner page: Lighthouse accessibility audit', [String(error.message ?? error).split('\n').slice(0, 20).join('\n      ')]);
}
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
