import { Tabulator, FormatModule } from 'tabulator-tables';
import css from 'tabulator-tables/dist/css/tabulator.min.css';
import { register, staffingRows, cell } from './harness.js';
Tabulator.registerModule([FormatModule]);
document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
let table, mode = 'diff';
register({
  render(host, doc) {
    const { grades, rows } = staffingRows(doc);
    const groups = [...new Set(grades.map((g) => g.group))].map((group) => ({
      title: group,
      columns: grades.filter((g) => g.group === group).map((g) => ({ title: g.label, field: g.id, headerSort: false, formatter: (c) => cell(c.getRow().getData(), g.id, mode) })),
    }));
    const div = document.createElement('div');
    host.append(div);
    table = new Tabulator(div, {
      data: rows, height: 480, layout: 'fitDataTable', index: 'id',
      columns: [{ title: '부서', field: 'name', headerSort: false }, ...groups],
    });
    return new Promise((ok) => table.on('tableBuilt', ok));
  },
  view(name) { mode = name; table.redraw(true); },
});
