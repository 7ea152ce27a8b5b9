import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column-group.js';
import { register, staffingRows, cell, until } from './harness.js';
let grid, mode = 'diff';
const rendered = () => [...grid.shadowRoot.querySelectorAll('#items [part~="row"]')].some((r) => r._item);
register({
  async render(host, doc) {
    const { grades, rows } = staffingRows(doc);
    grid = document.createElement('vaadin-grid');
    grid.style.height = '480px';
    const name = document.createElement('vaadin-grid-column');
    name.header = '부서'; name.path = 'name'; name.frozen = true; name.autoWidth = false;
    grid.append(name);
    for (const group of new Set(grades.map((g) => g.group))) {
      const cg = document.createElement('vaadin-grid-column-group');
      cg.header = group;
      for (const g of grades.filter((x) => x.group === group)) {
        const c = document.createElement('vaadin-grid-column');
        c.header = g.label;
        c.width = '80px';
        c.renderer = (root, _c, model) => { root.textContent = cell(model.item, g.id, mode); };
        cg.append(c);
      }
      grid.append(cg);
    }
    grid.items = rows;
    host.append(grid);
    await until(() => !grid.loading && rendered());
  },
  view(name) { mode = name; grid.requestContentUpdate(); },
});
