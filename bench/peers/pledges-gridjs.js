// Grid.js (Preact inside), no pagination, so every row is in the DOM like the floor.
// processingThrottleMs: 0 so its default 100 ms throttle is not charged.
import { Grid, html } from 'gridjs';
import css from 'gridjs/dist/theme/mermaid.min.css';
import { register, pledgeRows, badge, bar, until } from './harness.js';
document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
let grid, host;
const RENDERED = 3;
const rendered = () => grid.config.store.getState().status === RENDERED;
/** Resolves at the next transition of Grid.js's store to "rendered". */
const nextRendered = () => new Promise((ok) => {
  const off = grid.config.store.subscribe((s, prev) => {
    if (s.status === RENDERED && prev.status !== RENDERED) { off(); ok(); }
  });
});
register({
  async render(h, doc) {
    host = h;
    grid = new Grid({
      columns: [
        { id: 'id', name: '번호', sort: false }, { id: 'title', name: '공약', sort: false },
        { id: 'category', name: '분야', sort: false }, { id: 'department', name: '부서', sort: false },
        { id: 'status', name: '상태', sort: false, formatter: (_, row) => html(badge({ status: row.cells[4].data, stage: row.cells[7].data })) },
        { id: 'progress', name: '진척도', formatter: (p) => html(bar(p)) },
        { id: 'due', name: '기한', sort: false }, { id: 'stage', name: 'stage', hidden: true },
      ],
      data: pledgeRows(doc), sort: true, search: true, processingThrottleMs: 0,
    }).render(host);
    await until(rendered);
  },
  async sort() {
    // Grid.js sorts from its header button (ascending on the first click)
    const done = nextRendered();
    host.querySelector('th[data-column-id="progress"] button').click();
    await done;
  },
  async filter(q) {
    const input = host.querySelector('.gridjs-search input');
    const done = nextRendered();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
  },
});
