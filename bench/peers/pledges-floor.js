// Hand-written floor: the whole table as one string set with innerHTML.
import { register, pledgeRows, esc, badge, bar, byProgressDesc } from './harness.js';
let host, all, shown;
const HEAD = '<thead><tr><th>번호</th><th>공약</th><th>분야</th><th>부서</th><th>상태</th><th>진척도</th><th>기한</th></tr></thead>';
function draw() {
  let s = `<table class="floor"><caption>공약 이행현황</caption>${HEAD}<tbody>`;
  for (const r of shown) {
    s += `<tr><td>${r.id}</td><td>${esc(r.title)}</td><td>${esc(r.category)}</td><td>${esc(r.department)}</td><td>${badge(r)}</td><td>${bar(r.progress)}</td><td>${r.due}</td></tr>`;
  }
  host.innerHTML = s + '</tbody></table>';
}
register({
  render(h, doc) { host = h; all = shown = pledgeRows(doc); draw(); },
  sort() { shown = [...shown].sort(byProgressDesc); draw(); },
  filter(q) { shown = all.filter((r) => r.title.includes(q)); draw(); },
});
