// npm run bench [-- --quick] [--only=chart|pledges|staffing|VIEW:PEER[,…]] [--samples=N] [--build-only] [--out=DIR]
//
// The kit against its peers on the same generated data: one minified bundle per peer page
// (esbuild, into bench/.build/), pages served on 127.0.0.1 by scripts/serve.mjs, Debian's
// Chromium driven by playwright-core, a fresh page per sample, peers interleaved.
// Writes bench/results/latest.json (raw samples) and bench/results/latest.md, and prints the
// markdown. Not part of `npm test`.
import { mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { budgetDoc, pledgeDoc, staffingDoc } from './gen.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const argvOut = process.argv.slice(2).find((a) => a.startsWith('--out='))?.slice(6);
const OUT = argvOut ? resolve(argvOut) : join(HERE, '.build'); // --out: a build of one's own beside another's
const RESULTS = join(HERE, 'results');
const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const value = (name) => flag(name)?.split('=')[1];
const QUICK = !!flag('quick');
const ONLY = value('only')?.split(',') ?? null;
const TARGET = Number(value('samples') ?? (QUICK ? 2 : 7));
const MIN_SAMPLES = 2;
const SLOW_MS = 3000; // a sample slower than this (page load included) gets MIN_SAMPLES
const BUDGET_MS = Number(value('budget') ?? 8 * 60 * 1000); // the whole run, building included
const SAMPLE_TIMEOUT = 45_000; // a sample still running then is recorded as DNF
const HARD_MS = Number(value('hard') ?? 9 * 60 * 1000); // no new sample starts after this
const t0 = Date.now();
const log = (...a) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(3)}s]`, ...a);

// ------------------------------------------------------------------ what is measured
const VIEWS = {
  chart: {
    title: 'Budget execution chart (`<budget-execution-chart>`)',
    sizes: [10, 100, 1000], unit: 'items', ops: ['update'],
    data: (n) => [`budget-${n}`, `budget-${n}-u`],
    floor: 'floor',
    peers: { floor: 'vanilla SVG string (floor)', kit: 'civic-report-kit', chartjs: 'Chart.js', echarts: 'ECharts (tree-shaken)', vegalite: 'Vega-Lite + vega-embed', highcharts: 'Highcharts', plot: 'Observable Plot' },
    goal: 25,
  },
  pledges: {
    title: 'Pledge progress table (`<pledge-progress-table>`)',
    sizes: [100, 1000, 10000], unit: 'pledges', ops: ['sort', 'filter'],
    data: (n) => [`pledges-${n}`],
    floor: 'floor', floor2: 'windowed',
    peers: { floor: 'vanilla table string (floor)', windowed: 'hand-written windowed table (floor)', kit: 'civic-report-kit', tabulator: 'Tabulator', aggrid: 'AG Grid Community', gridjs: 'Grid.js', vaadin: 'Vaadin Grid' },
    goal: 20,
  },
  staffing: {
    title: 'Staffing grid (`<staffing-grid>`)',
    sizes: [20, 200], unit: 'units × 12 grades', ops: ['view'],
    data: (n) => [`staffing-${n}`],
    floor: 'floor',
    peers: { floor: 'vanilla table string (floor)', kit: 'civic-report-kit', tabulator: 'Tabulator', aggrid: 'AG Grid Community', gridjs: 'Grid.js', vaadin: 'Vaadin Grid' },
    goal: 20,
  },
};
const FLOORS = new Set(['floor', 'windowed']);
const views = Object.keys(VIEWS).filter((v) => !ONLY || ONLY.some((o) => o === v || o.startsWith(`${v}:`)));
const peerWanted = (view, peer) => !ONLY || ONLY.includes(view) || ONLY.includes(`${view}:${peer}`);
if (!views.length) throw new Error(`--only=${ONLY} names no view (chart, pledges, staffing)`);

// ------------------------------------------------------------------ data
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'data'), { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const docs = {};
for (const n of VIEWS.chart.sizes) { docs[`budget-${n}`] = budgetDoc(n); docs[`budget-${n}-u`] = budgetDoc(n, 1, 1); }
for (const n of VIEWS.pledges.sizes) docs[`pledges-${n}`] = pledgeDoc(n);
for (const n of VIEWS.staffing.sizes) docs[`staffing-${n}`] = staffingDoc(n);

// validate once with the project's own validator, so no peer or kit measures an error screen
await build({
  entryPoints: [join(HERE, '../src/schema/validate-document.ts')], bundle: true, platform: 'node', format: 'esm',
  outfile: join(OUT, 'validate.mjs'), logLevel: 'error',
});
const { validateDocument } = await import(pathToFileURL(join(OUT, 'validate.mjs')).href);
for (const [name, doc] of Object.entries(docs)) {
  const { problems, warnings } = validateDocument(doc, 'en');
  if (problems.length || warnings.length) {
    throw new Error(`generated ${name} is not a clean report: ${JSON.stringify([...problems, ...warnings].slice(0, 3))}`);
  }
  writeFileSync(join(OUT, 'data', `${name}.json`), JSON.stringify(doc));
}
log(`generated and validated ${Object.keys(docs).length} documents`);

// ------------------------------------------------------------------ bundles
const bundles = {};
await Promise.all(views.flatMap((view) => Object.keys(VIEWS[view].peers).filter((p) => peerWanted(view, p)).map(async (peer) => {
  const id = `${view}-${peer}`;
  try {
    await build({
      entryPoints: [join(HERE, 'peers', `${id}.js`)], bundle: true, minify: true, format: 'iife', target: 'es2022',
      outfile: join(OUT, `${id}.js`), loader: { '.css': 'text' }, legalComments: 'none', logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'],
    });
    const js = readFileSync(join(OUT, `${id}.js`));
    bundles[id] = { min: js.length, gzip: gzipSync(js, { level: 9 }).length };
    writeFileSync(join(OUT, `${id}.html`), `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${id}</title></head><body><script src="${id}.js"></script></body></html>\n`);
  } catch (e) {
    bundles[id] = { error: String(e.message ?? e).split('\n').slice(0, 4).join(' ') };
    log(`cannot bundle ${id}: ${bundles[id].error}`);
  }
})));
log('bundled', Object.keys(bundles).filter((k) => !bundles[k].error).length, 'pages');

if (flag('build-only')) process.exit(0); // bundles and pages only, e.g. to open them by hand

// ------------------------------------------------------------------ cells and schedule
const cells = [];
for (const view of views) {
  const V = VIEWS[view];
  const sizes = QUICK ? [V.sizes[0], V.sizes.at(-1)] : V.sizes;
  for (const n of sizes) {
    for (const peer of Object.keys(V.peers)) {
      if (!peerWanted(view, peer) || bundles[`${view}-${peer}`]?.error) continue;
      cells.push({ view, peer, n, id: `${view}-${peer}`, target: TARGET, samples: [], errors: [], wall: [] });
    }
  }
}

const { server, url } = await serve(OUT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--js-flags=--expose-gc'],
});
const chromeVersion = browser.version();
// one context; a fresh page (and so a fresh document and JS realm) per sample
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });

const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, fail) => setTimeout(() => fail(new Error(`DNF: ${what} not done within ${ms / 1000} s`)), ms))]);

async function sample(cell) {
  const V = VIEWS[cell.view];
  const [data, data2] = V.data(cell.n);
  const ph = [Date.now()];
  const mark = () => ph.push(Date.now());
  const errors = [];
  const page = await context.newPage();
  try {
    mark();
    page.on('pageerror', (e) => errors.push(String(e.message)));
    const run = async () => {
      await page.goto(`${url}/${cell.id}.html?data=${data}${data2 ? `&data2=${data2}` : ''}`);
      await page.waitForFunction(() => window.__bench, null, { timeout: 30000 });
      mark();
      await page.evaluate(() => window.__bench.prepare());
      mark();
      const r = { render: await page.evaluate(() => window.__bench.run('render')) };
      mark();
      r.nodes = await page.evaluate(() => window.__bench.nodes());
      const cdp = await context.newCDPSession(page);
      await page.evaluate(() => { window.gc(); window.gc(); });
      r.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      mark();
      for (const op of V.ops) {
        try {
          await page.evaluate(() => window.__bench.settle());
          r[op] = await page.evaluate((o) => window.__bench.run(o), op);
        } catch (e) {
          (r.opErrors ??= {})[op] = String(e.message ?? e).split('\n')[0].replace(/^page\.evaluate: (Error: )?/, '').slice(0, 200);
          break; // the page is in an unknown state: no further operations in this sample
        }
      }
      mark();
      r.phases = ph.slice(1).map((t, i) => t - ph[i]); // page, load, prepare, render, measure, ops
      if (errors.length) throw new Error(errors[0]);
      return r;
    };
    return await withTimeout(run(), SAMPLE_TIMEOUT, cell.id);
  } finally {
    await page.close().catch(() => {});
  }
}

async function runCell(cell) {
  if (cell.failed) return;
  if (Date.now() - t0 > HARD_MS) { cell.reduced = 'time'; return; }
  const start = Date.now();
  try {
    cell.samples.push(await sample(cell));
  } catch (e) {
    cell.errors.push(String(e.message ?? e).split('\n')[0].slice(0, 300));
    if (cell.errors.length >= 2 || !cell.samples.length) cell.failed = true;
    log(`${cell.id} N=${cell.n}: ${cell.errors.at(-1)}`);
  }
  cell.wall.push(Date.now() - start);
}

// warm-up: one page load that is not recorded (browser start-up costs)
if (cells.length) await sample(cells[0]).catch(() => {});
// round 1: every cell once, interleaved (A B C, A B C … per view and size)
for (const cell of cells) await runCell(cell);
log(`round 1 done (${cells.length} cells)`);

// how many samples each cell gets within the time budget
const mean = (a) => a.reduce((s, x) => s + x, 0) / a.length;
for (const c of cells) {
  c.cost = c.wall.length ? mean(c.wall) : 0;
  // slow = the measured work of a sample (render and the other operations), not the page load
  const work = c.samples.length ? mean(c.samples.map((s) => ['render', ...VIEWS[c.view].ops].reduce((t, k) => t + (s[k] ?? 0), 0))) : Infinity;
  if (work > SLOW_MS && c.target > MIN_SAMPLES) { c.target = MIN_SAMPLES; c.reduced = 'slow'; }
}
const projected = () => Date.now() - t0 + cells.filter((c) => !c.failed).reduce((s, c) => s + Math.max(0, c.target - c.samples.length) * c.cost, 0) + 5000;
for (const c of [...cells].sort((a, b) => b.cost - a.cost)) {
  if (projected() <= BUDGET_MS) break;
  if (c.target > MIN_SAMPLES) { c.target = MIN_SAMPLES; c.reduced = 'time'; }
}
while (projected() > BUDGET_MS && cells.some((c) => c.target > MIN_SAMPLES)) {
  for (const c of cells) if (c.target > MIN_SAMPLES) { c.target--; c.reduced = 'time'; }
}
log(`projected total ${(projected() / 1000).toFixed(0)} s; cells with fewer samples: ${cells.filter((c) => c.reduced).length}`);

for (let round = 2; round <= TARGET; round++) {
  const todo = cells.filter((c) => !c.failed && c.samples.length < c.target);
  if (!todo.length) break;
  for (const cell of todo) await runCell(cell);
  log(`round ${round} done (${todo.length} cells)`);
}
await browser.close();
server.closeAllConnections?.();
server.close();

// ------------------------------------------------------------------ report
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (cell, key) => {
  const v = cell.samples.map((s) => s[key]).filter((x) => typeof x === 'number');
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null;
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (b) => (b / 1024).toFixed(1);
const ratio = (a, b) => {
  if (a == null || !b) return '–';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(1) : r.toFixed(2)}×`;
};
const OPNAME = { render: 'first render', update: 'update', sort: 'sort', filter: 'filter', view: 'view switch' };

const md = [];
md.push('# civic-report-kit benchmark', '');
const cmdArgs = [QUICK && '--quick', ONLY && `--only=${ONLY.join(',')}`, flag('samples')].filter(Boolean);
md.push(`Made by \`npm run bench${cmdArgs.length ? ` -- ${cmdArgs.join(' ')}` : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
  `Chromium ${chromeVersion} (headless, playwright-core), Node ${process.version}, ${cpus().length} cores. ` +
  `Times in ms: median (min–max) over the samples, each sample a fresh page; a render time runs from the call to the ` +
  `end of the second animation frame after the library says it is done. ÷floor = ratio to the hand-written vanilla floor, ` +
  `÷best = ratio to the fastest (or smallest) peer library. Heap = JS heap after a forced GC, after the first render. ` +
  `Bundle = the page's own minified bundle (esbuild) then gzip -9; each includes ~1.8 KB min / 1.0 KB gzip of benchmark harness (the floors are little more than that).`, '');
const summary = [];
for (const view of views) {
  const V = VIEWS[view];
  md.push(`## ${V.title}`, '');
  const ops = ['render', ...V.ops];
  const head = ['peer', 'N', 'samples'];
  for (const op of ops) head.push(`${OPNAME[op]} ms`, '÷floor', '÷best');
  head.push('DOM elements', 'heap MB', 'bundle KB min / gzip');
  md.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  const sizes = [...new Set(cells.filter((c) => c.view === view).map((c) => c.n))];
  for (const n of sizes) {
    const row = cells.filter((c) => c.view === view && c.n === n);
    const floor = row.find((c) => c.peer === V.floor);
    const libs = row.filter((c) => !FLOORS.has(c.peer) && c.peer !== 'kit' && c.samples.length);
    const best = (key) => Math.min(...libs.map((c) => stat(c, key)?.median).filter((x) => x != null));
    const bestBundle = Math.min(...libs.map((c) => bundles[c.id].gzip));
    for (const c of row) {
      const cols = [V.peers[c.peer], n.toLocaleString('en'), `${c.samples.length}${c.reduced ? ` (${c.reduced === 'slow' ? 'slow' : 'time'})` : ''}${c.failed ? (c.errors.some((e) => e.includes('DNF')) ? ' (DNF)' : ' failed') : c.errors.length ? ` (+${c.errors.length} ${c.errors.some((e) => e.includes('DNF')) ? 'DNF' : 'failed'})` : ''}`];
      const kitRow = c.peer === 'kit' ? { view, n, ops: {} } : null;
      for (const op of ops) {
        const s = stat(c, op);
        if (!s) {
          const opErr = c.samples.map((x) => x.opErrors?.[op]).find(Boolean);
          const dnf = [...c.errors, opErr ?? ''].find((e) => e.includes('DNF'));
          if (opErr && !dnf) { cols.push(`failed: ${opErr.slice(0, 80)}`, '–', '–'); continue; }
          const why = dnf ? `DNF (> ${dnf.includes('within 45') ? 45 : 20} s)` : !c.samples.length && !c.errors.length ? 'not run (time)' : c.failed ? `failed: ${c.errors[0]?.replace(/^page\.evaluate: (Error: )?/, '').slice(0, 80)}` : 'n/a';
          cols.push(why, '–', '–');
          continue;
        }
        const f = stat(floor ?? {samples: []}, op)?.median;
        const b = best(op);
        cols.push(`${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`, ratio(s.median, f), ratio(s.median, Number.isFinite(b) ? b : null));
        if (kitRow) kitRow.ops[op] = { floor: f ? s.median / f : null, best: Number.isFinite(b) ? s.median / b : null, ms: s.median };
      }
      const nodes = stat(c, 'nodes'), heap = stat(c, 'heap');
      cols.push(nodes ? String(Math.round(nodes.median)) : '–', heap ? (heap.median / 1048576).toFixed(1) : '–');
      const bd = bundles[c.id];
      cols.push(`${kb(bd.min)} / ${kb(bd.gzip)}${c.peer === 'kit' ? ` (goal ${V.goal})` : ''}`);
      if (kitRow) { kitRow.gzip = bd.gzip; kitRow.bestGzip = bestBundle; summary.push(kitRow); }
      md.push(`| ${cols.join(' | ')} |`);
    }
  }
  md.push('');
}
if (summary.length) {
  md.push('## The kit at a glance', '', '| view | N | ' + 'first render ÷floor / ÷best | other op ÷floor / ÷best | bundle gzip KB (÷ smallest peer) |', '|---|---|---|---|---|');
  for (const k of summary) {
    const other = VIEWS[k.view].ops.map((op) => `${OPNAME[op]}: ${k.ops[op] ? `${ratio(k.ops[op].floor, 1)} / ${ratio(k.ops[op].best, 1)}` : 'n/a'}`).join('; ');
    md.push(`| ${k.view} | ${k.n.toLocaleString('en')} | ${k.ops.render ? `${ratio(k.ops.render.floor, 1)} / ${ratio(k.ops.render.best, 1)}` : 'failed'} | ${other} | ${kb(k.gzip)} (${ratio(k.gzip, k.bestGzip)}) |`);
  }
  md.push('');
}
const notes = [
  'Notes:',
  '- The kit\'s pledge-table sort sets `sort="-progress"` (what a header click sets), its filter types into its search box, and its staffing view switch sets `view="current"`.',
  '- Grid.js sorts from its header button (ascending on the first click); its `processingThrottleMs` is 0 so its default 100 ms throttle is not charged. Vaadin Grid filters by being given the filtered items (app-side filter).',
  '- Tabulator, AG Grid and Vaadin Grid are virtualized (480 px high); the plain floor and Grid.js build every row; the DOM element count shows what the kit builds.',
  '- DNF: the library did not finish within the stated time (the sample is abandoned and the cell gets no more samples).',
  `- "(slow)": the measured work of a sample took more than ${SLOW_MS / 1000} s, so that cell got ${MIN_SAMPLES} samples; "(time)": fewer samples to keep the run under its time budget (${BUDGET_MS / 60000} min planned, no new sample after ${HARD_MS / 60000} min).`,
  `- Whole run: ${((Date.now() - t0) / 1000).toFixed(0)} s.`,
];
md.push(...notes, '');
const text = md.join('\n');
writeFileSync(join(RESULTS, 'latest.md'), text);
writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify({
  date: new Date().toISOString(), quick: QUICK, only: ONLY, chromium: chromeVersion, node: process.version,
  bundles, docs: Object.fromEntries(Object.keys(docs).map((k) => [k, `${k}.json`])),
  cells: cells.map(({ view, peer, n, target, samples, errors, wall, reduced, failed }) => ({ view, peer, n, target, reduced: reduced ?? null, failed: !!failed, samples, errors, wall })),
}, null, 1));
console.log(text);
log(`wrote bench/results/latest.md and latest.json in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(0);
