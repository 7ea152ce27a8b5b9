// AG Grid Community with only the modules used (client-side rows, text filter, APIs), default theme.
import { createGrid, ModuleRegistry, ClientSideRowModelModule, TextFilterModule, ColumnApiModule } from 'ag-grid-community';
import { register, pledgeRows, badge, bar } from './harness.js';
ModuleRegistry.registerModules([ClientSideRowModelModule, TextFilterModule, ColumnApiModule]);
let api;
register({
  render(host, doc) {
    const div = document.createElement('div');
    div.style.height = '480px';
    host.append(div);
    return new Promise((ok) => {
      api = createGrid(div, {
        rowData: pledgeRows(doc), animateRows: false, suppressColumnMoveAnimation: true,
        getRowId: (p) => p.data.id,
        columnDefs: [
          { headerName: '번호', field: 'id' }, { headerName: '공약', field: 'title', filter: 'agTextColumnFilter' },
          { headerName: '분야', field: 'category' }, { headerName: '부서', field: 'department' },
          { headerName: '상태', field: 'status', cellRenderer: (p) => badge(p.data) },
          { headerName: '진척도', field: 'progress', cellRenderer: (p) => bar(p.value) },
          { headerName: '기한', field: 'due' },
        ],
        onFirstDataRendered: () => ok(),
      });
    });
  },
  sort() { api.applyColumnState({ state: [{ colId: 'progress', sort: 'desc' }], defaultState: { sort: null } }); },
  async filter(q) { await api.setColumnFilterModel('title', { type: 'contains', filter: q }); api.onFilterChanged(); },
});
