// node bench/cpu.mjs PAGE DATA [OP] [--samples=N] [--data2=NAME] DIR [DIR …]
//   e.g. node bench/cpu.mjs pledges-kit pledges-10000 sort --samples=9 bench/.build /tmp/other-build
//   (`update` draws DATA, then the document --data2 names: by default DATA-u, as run.mjs does)
//
// Main-thread CPU time of one operation of one bench page, from Chromium's trace: the thread
// time (`tdur`) of the renderer main thread's top-level tasks while the harness runs OP
// (render, update, sort, filter, view; default render). On a shared machine the wall time of
// `npm run bench` moves by a third from one minute to the next with the load of other
// processes; the main thread's own CPU time hardly does, so it is the figure to judge a change
// by. With several DIRs (each a `npm run bench -- --build-only --out=DIR`, say before and after
// a change) the pages alternate, so that both see the same minutes. Prints, per DIR, the
// medians of wall time, CPU time, and the CPU time of style and layout. Not part of `npm test`.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { serve } from '../scripts/serve.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const samples = Number(option('samples') ?? 7);
const [page, data, maybeOp, ...rest] = args.filter((a) => !a.startsWith('--'));
const OPS = ['render', 'update', 'sort', 'filter', 'view'];
const op = OPS.includes(maybeOp) ? maybeOp : 'render';
const dirs = (OPS.includes(maybeOp) ? rest : [maybeOp, ...rest]).filter(Boolean).map((d) => resolve(d));
if (!page || !data || !dirs.length) {
  console.error('usage: node bench/cpu.mjs PAGE DATA [OP] [--samples=N] [--data2=NAME] DIR [DIR …]');
  process.exit(2);
}
const data2 = option('data2') ?? (op === 'update' ? `${data}-u` : null);

/** CPU ms of the renderer main thread in one trace: top-level tasks, style and layout. */
function cpuOf(events) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = names
    .map((t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X'))
    .sort((a, b) => b.length - a.length)[0] ?? [];
  const time = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
  // RunTask and ThreadControllerImpl::RunTask nest: count only tasks not inside another.
  let end = -Infinity;
  let cpu = 0;
  for (const t of busiest.filter((e) => /RunTask$/.test(e.name)).sort((a, b) => a.ts - b.ts)) {
    if (t.ts < end) continue;
    cpu += time(t);
    end = t.ts + t.dur;
  }
  const sum = (name) => busiest.filter((e) => e.name === name).reduce((s, e) => s + time(e), 0);
  return { cpu, style: sum('UpdateLayoutTree'), layout: sum('Layout') };
}

const servers = await Promise.all(dirs.map((d) => serve(d)));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
const results = dirs.map(() => ({ wall: [], cpu: [], style: [], layout: [] }));
try {
  for (let i = 0; i < samples; i++) {
    for (let k = 0; k < dirs.length; k++) {
      const tab = await context.newPage();
      await tab.goto(`${servers[k].url}/${page}.html?data=${data}${data2 ? `&data2=${data2}` : ''}`);
      await tab.waitForFunction(() => window.__bench, null, { timeout: 30000 });
      await tab.evaluate(() => window.__bench.prepare());
      if (op !== 'render') {
        await tab.evaluate(() => window.__bench.run('render'));
        await tab.evaluate(() => window.__bench.settle());
      }
      await browser.startTracing(tab, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const wall = await tab.evaluate((o) => window.__bench.run(o), op);
      const trace = JSON.parse((await browser.stopTracing()).toString());
      const r = cpuOf(trace.traceEvents);
      results[k].wall.push(wall);
      for (const key of ['cpu', 'style', 'layout']) results[k][key].push(r[key]);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}

const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
console.log(`${page} ${data} ${op}: medians of ${samples} samples, ms (wall includes two animation frames)`);
dirs.forEach((dir, k) => {
  const r = results[k];
  console.log(
    `  ${dir}: wall ${median(r.wall).toFixed(1)}, main-thread CPU ${median(r.cpu).toFixed(1)} ` +
      `(style ${median(r.style).toFixed(1)}, layout ${median(r.layout).toFixed(1)}); CPU samples ${r.cpu.map((x) => x.toFixed(0)).join(' ')}`,
  );
});
