// npm test: every check of the project, counted. Prints each step's result and, as its very
// last line, `N passed, N failed` (CI reads that line). A step that cannot run at all (a
// failed build, a test file that does not load) counts as failed, never as skipped.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0 };
const failures = [];

function run(cmd, args, env = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

function count(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed) failures.push(`${name}: ${failed} failed`);
  console.log(`  ${name}: ${passed} passed, ${failed} failed`);
}

/** A step that is one check: it passes or fails as a whole. */
function step(name, cmd, args, env) {
  const { ok } = run(cmd, args, env);
  count(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

const bin = (name) => `node_modules/.bin/${name}`;

// 1. Types of the sources, tests and stories.
step('typecheck', bin('tsc'), ['-p', 'tsconfig.test.json']);

// 2. The build: npm modules, declarations, CDN bundle, custom elements manifest.
const built = step('build', 'node', ['scripts/build.mjs']);

// 3. Node tests (schema ↔ types drift, schema ↔ validator agreement, packaging of the build).
{
  const { ok, stdout } = run('node', ['--test', '--test-reporter=tap', 'test/node/']);
  const pass = Number(/^# pass (\d+)/m.exec(stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(stdout)?.[1] ?? 0);
  count('node tests', pass, fail || (ok ? 0 : 1));
}

// 3b. Size budgets of the built bundle and of each element alone.
if (built) {
  const { stdout } = run('node', ['scripts/size.mjs']);
  const m = /^sizes: (\d+) passed, (\d+) failed$/m.exec(stdout);
  count('size budgets', Number(m?.[1] ?? 0), m ? Number(m[2]) : 1);
} else count('size budgets (not run: the build failed)', 0, 1);

// 4. Browser tests in Chromium.
{
  rmSync('.test-results/browser.json', { force: true });
  const { ok } = run(bin('web-test-runner'), []);
  let summary = null;
  try {
    summary = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  } catch {
    /* the runner did not get as far as its reporter */
  }
  if (summary) {
    count('browser tests', summary.passed, summary.failed + (ok || summary.failed ? 0 : 1));
    for (const f of summary.brokenFiles) console.log(`  test file failed to load: ${f}`);
  } else count('browser tests', 0, 1);
}

// 5. Pages in Chromium: the examples on the CDN bundle under a strict CSP, and every story
//    of the built Storybook.
if (built) {
  const { ok, stdout } = run('node', ['scripts/check-pages.mjs', '--examples']);
  const m = /^pages: (\d+) passed, (\d+) failed$/m.exec(stdout);
  count('example pages', Number(m?.[1] ?? 0), m ? Number(m[2]) : 1);
  if (!ok && m && Number(m[2]) === 0) count('example pages (runner)', 0, 1);
} else count('example pages (not run: the build failed)', 0, 1);

if (step('storybook build', bin('storybook'), ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'], { STORYBOOK_DISABLE_TELEMETRY: '1' })) {
  const { ok, stdout } = run('node', ['scripts/check-pages.mjs', '--storybook']);
  const m = /^pages: (\d+) passed, (\d+) failed$/m.exec(stdout);
  count('stories', Number(m?.[1] ?? 0), m ? Number(m[2]) : 1);
  if (!ok && m && Number(m[2]) === 0) count('stories (runner)', 0, 1);
} else count('stories (not run: the Storybook build failed)', 0, 1);

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
