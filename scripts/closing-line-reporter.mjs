import { writeFileSync } from 'node:fs';

// Prints "N passed, N failed" alone on a line at the end of a run, the closing line CI reads.
function countTests(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countTests(child, totals);
}

export function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        countTests(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) brokenFiles++;
      }
      // A file that fails to load runs no test: count it as a failure so it cannot hide.
      totals.failed += brokenFiles;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      if (process.env.VK_COUNTS_FILE) writeFileSync(process.env.VK_COUNTS_FILE, JSON.stringify(totals));
    },
  };
}
