// Tabulator, modular build (core + format + sort + filter), virtual DOM renderer (fixed height).
import { Tabulator, FormatModule, SortModule, FilterModule } from 'tabulator-tables';
import css from 'tabulator-tables/dist/css/tabulator.min.css';
import { register, pledgeRows, badge, bar } from './harness.js';
Tabulator.registerModule([FormatModule, SortModule, FilterModule]);
document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
let table;
const once = (ev) => new Promise((r) => { const f = () => { table.off(ev, f); r(); }; table.on(ev, f); });
register({
  render(host, doc) {
    const div = document.createElement('div');
    host.append(div);
    table = new Tabulator(div, {
      data: pledgeRows(doc), height: 480, layout: 'fitColumns', index: 'id',
      columns: [
        { title: '번호', field: 'id' }, { title: '공약', field: 'title' }, { title: '분야', field: 'category' },
        { title: '부서', field: 'department' },
        { title: '상태', field: 'status', formatter: (c) => badge(c.getRow().getData()) },
        { title: '진척도', field: 'progress', sorter: 'number', formatter: (c) => bar(c.getValue()) },
        { title: '기한', field: 'due' },
      ],
    });
    return once('tableBuilt');
  },
  sort() { table.setSort('progress', 'desc'); },
  filter(q) { table.setFilter('title', 'like', q); },
});
