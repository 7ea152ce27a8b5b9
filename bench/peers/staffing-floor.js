// Hand-written floor: the staffing matrix as one table string (two-level header).
import { register, staffingRows, esc, cell } from './harness.js';
let host, data, mode = 'diff';
function draw() {
  const { grades, rows } = data;
  const groups = [];
  for (const g of grades) (groups.at(-1)?.name === g.group ? groups.at(-1) : groups[groups.push({ name: g.group, n: 0 }) - 1]).n++;
  let s = '<table class="floor"><caption>인력 현황 (현원/정원)</caption><thead><tr><th rowspan="2">부서</th>';
  s += groups.map((g) => `<th colspan="${g.n}">${esc(g.name)}</th>`).join('') + '</tr><tr>';
  s += grades.map((g) => `<th>${esc(g.label)}</th>`).join('') + '</tr></thead><tbody>';
  for (const r of rows) s += `<tr><th>${esc(r.name)}</th>${grades.map((g) => `<td>${cell(r, g.id, mode)}</td>`).join('')}</tr>`;
  host.innerHTML = s + '</tbody></table>';
}
register({
  render(h, doc) { host = h; data = staffingRows(doc); draw(); },
  view(name) { mode = name; draw(); },
});
