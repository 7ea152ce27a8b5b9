import { createGrid, ModuleRegistry, ClientSideRowModelModule, RenderApiModule } from 'ag-grid-community';
import { register, staffingRows, cell } from './harness.js';
ModuleRegistry.registerModules([ClientSideRowModelModule, RenderApiModule]);
let api, mode = 'diff';
register({
  render(host, doc) {
    const { grades, rows } = staffingRows(doc);
    const groups = [...new Set(grades.map((g) => g.group))].map((group) => ({
      headerName: group,
      children: grades.filter((g) => g.group === group).map((g) => ({ headerName: g.label, colId: g.id, width: 80, sortable: false, valueGetter: (p) => cell(p.data, g.id, mode) })),
    }));
    const div = document.createElement('div');
    div.style.height = '480px';
    host.append(div);
    return new Promise((ok) => {
      api = createGrid(div, {
        rowData: rows, animateRows: false, getRowId: (p) => p.data.id,
        columnDefs: [{ headerName: '부서', field: 'name', pinned: 'left', sortable: false }, ...groups],
        onFirstDataRendered: () => ok(),
      });
    });
  },
  view(name) { mode = name; api.refreshCells({ force: true }); },
});
