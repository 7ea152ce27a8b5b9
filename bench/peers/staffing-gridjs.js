import { Grid } from 'gridjs';
import css from 'gridjs/dist/theme/mermaid.min.css';
import { register, staffingRows, cell } from './harness.js';
document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
let grid, data, mode = 'diff';
const RENDERED = 3;
const nextRendered = () => new Promise((ok) => {
  const off = grid.config.store.subscribe((s, prev) => {
    if (s.status === RENDERED && prev.status !== RENDERED) { off(); ok(); }
  });
});
const columns = () => [{ id: 'name', name: '부서' }, ...[...new Set(data.grades.map((g) => g.group))].map((group) => ({
  name: group,
  columns: data.grades.filter((g) => g.group === group).map((g) => ({ id: g.id, name: g.label, data: (r) => cell(r, g.id, mode) })),
}))];
register({
  render(host, doc) {
    data = staffingRows(doc);
    grid = new Grid({ columns: columns(), data: data.rows, processingThrottleMs: 0 });
    const done = nextRendered();
    grid.render(host);
    return done;
  },
  view(name) {
    // Grid.js re-reads cell data only from a new config
    mode = name;
    const done = nextRendered();
    grid.updateConfig({ columns: columns() }).forceRender();
    return done;
  },
});
