// Writes the browser tests' totals to a JSON file for scripts/test.mjs. A test file that
// fails to load (a syntax or import error) counts as one failure, so it cannot hide.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countTests(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else { acc.failed++; acc.failures.push(t.name); }
  }
  for (const s of suite.suites ?? []) countTests(s, acc);
  return acc;
}

export function summaryReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, failures: [], brokenFiles: [] };
      for (const session of sessions) {
        countTests(session.testResults, acc);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          acc.failed++;
          acc.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(acc, null, 2));
    },
  };
}
