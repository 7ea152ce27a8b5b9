// Vaadin Grid (Lit-based, virtualized), Lumo theme; sort by a sort column's `direction`;
// filter by giving it the filtered items (its filter columns take input from a text field).
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
import { register, pledgeRows, badge, bar, until, esc } from './harness.js';
let grid, all, sortCol;
/** The items of the rows the grid has rendered, in row order. */
const shown = () => [...grid.shadowRoot.querySelectorAll('#items [part~="row"]')]
  .filter((r) => r._item && !r.hidden).sort((a, b) => a.index - b.index).map((r) => r._item);
const ready = (test) => until(() => !grid.loading && shown().length > 0 && test(shown()));
register({
  async render(host, doc) {
    all = pledgeRows(doc);
    grid = document.createElement('vaadin-grid');
    grid.style.height = '480px';
    const col = (header, path, renderer) => {
      const c = document.createElement(path === 'progress' ? 'vaadin-grid-sort-column' : 'vaadin-grid-column');
      c.header = header;
      c.path = path;
      if (renderer) c.renderer = (root, _c, model) => { root.innerHTML = renderer(model.item); };
      grid.append(c);
      return c;
    };
    col('번호', 'id'); col('공약', 'title'); col('분야', 'category'); col('부서', 'department');
    col('상태', 'status', (r) => badge(r));
    sortCol = col('진척도', 'progress', (r) => bar(r.progress));
    col('기한', 'due');
    grid.items = all;
    host.append(grid);
    await ready((items) => items[0] === all[0]);
  },
  async sort() {
    sortCol.direction = 'desc';
    await ready((items) => items.every((r, i) => i === 0 || items[i - 1].progress >= r.progress));
  },
  async filter(q) {
    const rows = all.filter((r) => r.title.includes(q));
    grid.items = rows;
    await ready((items) => items.every((r) => r.title.includes(q)));
  },
});
