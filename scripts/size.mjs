// Size budgets: each published entry (dist/npm, after npm run build) bundled and minified with esbuild the way an npm consumer
// would ship it (lit and the d3 pieces included), then gzip -9; 1 KB = 1,024 bytes.
// Prints every size on every run, so a drift shows before it fails.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

/** Budgets in KB (gzip). The goals of the benchmark issue. */
export const BUDGETS = [
  { name: 'dist/civic-report-kit.js (all three)', file: 'dist/civic-report-kit.js', kb: 45 },
  { name: 'civic-report-kit/budget-execution-chart.js', entry: 'dist/npm/budget-execution-chart.js', kb: 25 },
  { name: 'civic-report-kit/pledge-progress-table.js', entry: 'dist/npm/pledge-progress-table.js', kb: 20 },
  { name: 'civic-report-kit/staffing-grid.js', entry: 'dist/npm/staffing-grid.js', kb: 20 },
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
      `  ${ok ? '✓' : '✗'} ${r.name}: ${(r.min / 1024).toFixed(1)} KB min, ${(r.gzip / 1024).toFixed(1)} KB gzip (budget ${r.kb} KB)`,
    );
  }
  console.log(`sizes: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
