// In-page side of the benchmark, bundled into every peer page. A peer module calls
// register(adapter); the driver then calls window.__bench.prepare() and .run(op).
// adapter: { render(host, doc) (→ promise or value, resolved when drawn),
//            update(doc), sort(), filter(query), view(name) }: each optional but render.
export const raf2 = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/**
 * Two frames, an idle period, two frames: what the page was drawing has been drawn (a frame
 * waits for the one before it to be rastered), so that a timing starts from a quiet page and
 * does not pay for the tail of the work before it.
 */
const settle = async () => {
  await raf2();
  await new Promise((r) => requestIdleCallback(r, { timeout: 500 }));
  await raf2();
};
export const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
export const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Resolves when `test()` is true, checking after each animation frame (for libraries that
 * render asynchronously and offer no "done" hook). */
export const LIMIT_MS = 20000;
export async function until(test, limit = LIMIT_MS) {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > limit) throw new Error(`DNF: not done within ${limit / 1000} s`);
    await nextFrame();
  }
}

// ---- shared view data, derived from the report document inside the timed call
export const text = (v) => (v == null ? '' : typeof v === 'string' ? v : v.ko ?? Object.values(v)[0]);
export const rateOf = (b, e) => (b > 0 ? (Math.round((e / b) * 1000) / 10).toFixed(1) : '');
export function budgetRows(doc) {
  return doc.sections[0].items.map((x) => ({ name: text(x.name), budget: x.budget, executed: x.executed, rate: rateOf(x.budget, x.executed) }));
}
export function pledgeRows(doc) {
  const s = doc.sections[0];
  const st = new Map(s.statuses.map((x) => [x.id, x]));
  const cat = new Map((s.categories ?? []).map((x) => [x.id, text(x.label)]));
  return s.items.map((x) => ({
    id: x.id, title: text(x.title), category: cat.get(x.category) ?? '', department: text(x.department),
    status: text(st.get(x.status).label), stage: st.get(x.status).stage, progress: x.progress ?? 0, due: x.due ?? '',
  }));
}
export function staffingRows(doc) {
  const s = doc.sections[0];
  return {
    grades: s.grades.map((g) => ({ id: g.id, label: text(g.label), group: text(g.group) })),
    rows: s.units.map((u) => ({ id: u.id, name: text(u.name), a: u.authorized ?? {}, c: u.current ?? {} })),
  };
}
export const badge = (r) => `<span class="badge s-${r.stage}">${esc(r.status)}</span>`;
export const bar = (p) => `<span class="bar"><span style="width:${p}%"></span></span> ${p}%`;
export const cell = (r, g, mode) => {
  const a = r.a[g], c = r.c[g];
  if (a == null && c == null) return '-';
  if (mode === 'current') return String(c ?? 0);
  return `${c ?? 0}/${a ?? 0}`;
};
export const FILTER = '도서관';
export const byProgressDesc = (a, b) => b.progress - a.progress;

const CSS = `
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;background:#e2e8f0}
.badge.s-done{background:#bbf7d0}.badge.s-progress{background:#bfdbfe}.badge.s-delayed{background:#fecaca}
.bar{display:inline-block;width:60px;height:8px;background:#e2e8f0;vertical-align:middle}
.bar>span{display:block;height:100%;background:#2563eb}
table.floor{border-collapse:collapse;font-size:13px}table.floor td,table.floor th{border:1px solid #ddd;padding:2px 6px}
`;

export function register(adapter) {
  let host, doc, doc2;
  const q = new URLSearchParams(location.search);
  window.__bench = {
    async prepare() {
      const style = document.createElement('style');
      style.textContent = CSS;
      document.head.append(style);
      const get = async (name) => (name ? (await fetch(`data/${name}.json`)).json() : null);
      [doc, doc2] = await Promise.all([get(q.get('data')), get(q.get('data2'))]);
      // a Korean caption, so font lookup is done before timing
      const cap = document.createElement('p');
      cap.lang = 'ko';
      cap.textContent = '한빛구 주요업무 보고 — 예산 집행현황, 공약 이행현황, 인력 현황 (단위: 천원) 1,234,567';
      document.body.append(cap);
      host = document.createElement('div');
      host.id = 'host';
      document.body.append(host);
      await document.fonts.ready;
      await settle();
      return true;
    },
    /** Before an operation after the first render: the render's frames are drawn and the page is idle. */
    settle,
    async run(op) {
      if (op !== 'render' && !adapter[op]) return null;
      const t0 = performance.now();
      if (op === 'render') await adapter.render(host, doc);
      else if (op === 'update') await adapter.update(doc2);
      else if (op === 'filter') await adapter.filter(FILTER);
      else if (op === 'view') await adapter.view('current');
      else await adapter[op]();
      await raf2();
      return performance.now() - t0;
    },
    supports: (op) => !!adapter[op],
    /** Elements in the document, shadow roots included. */
    nodes() {
      let n = 0;
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          n++;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return n;
    },
  };
}
