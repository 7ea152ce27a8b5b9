// Hand-written windowed floor: a scroll box of fixed row height that builds only the rows
// in view (plus a few above and below), the lower bound for virtualized tables.
import { register, pledgeRows, esc, badge, bar, byProgressDesc } from './harness.js';
const ROW = 28, HEIGHT = 480, OVER = 4;
let box, spacer, body, all, shown;
function draw() {
  spacer.style.height = `${shown.length * ROW}px`;
  const first = Math.max(0, Math.floor(box.scrollTop / ROW) - OVER);
  const last = Math.min(shown.length, Math.ceil((box.scrollTop + HEIGHT) / ROW) + OVER);
  let s = '';
  for (let i = first; i < last; i++) {
    const r = shown[i];
    s += `<tr><td>${r.id}</td><td>${esc(r.title)}</td><td>${esc(r.category)}</td><td>${esc(r.department)}</td><td>${badge(r)}</td><td>${bar(r.progress)}</td><td>${r.due}</td></tr>`;
  }
  body.parentElement.style.transform = `translateY(${first * ROW}px)`;
  body.innerHTML = s;
}
register({
  render(host, doc) {
    all = shown = pledgeRows(doc);
    host.innerHTML = `<div role="table" style="height:${HEIGHT}px;overflow:auto;position:relative"><div></div>
      <table class="floor" style="position:absolute;top:0;left:0;table-layout:fixed;width:900px"><tbody></tbody></table></div>`;
    box = host.firstElementChild;
    spacer = box.firstElementChild;
    body = box.querySelector('tbody');
    body.parentElement.style.willChange = 'transform';
    box.addEventListener('scroll', () => requestAnimationFrame(draw), { passive: true });
    draw();
  },
  sort() { shown = [...shown].sort(byProgressDesc); draw(); },
  filter(q) { shown = all.filter((r) => r.title.includes(q)); box.scrollTop = 0; draw(); },
});
