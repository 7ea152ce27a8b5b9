// Hand-written floor: the whole chart as one SVG string set with innerHTML.
import { register, budgetRows, esc } from './harness.js';
const W = 960, H = 480, L = 60, T = 20, B = 40;
let host;
function draw(rows) {
  const max = Math.max(1, ...rows.map((r) => r.budget));
  const step = (W - L) / rows.length, bw = Math.max(0.5, step * 0.8);
  const y = (v) => T + (H - T - B) * (1 - v / max);
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-size="10" text-anchor="middle">`;
  s += `<line x1="${L}" x2="${W}" y1="${H - B}" y2="${H - B}" stroke="#333"/>`;
  rows.forEach((r, i) => {
    const x = L + i * step + (step - bw) / 2;
    s += `<rect x="${x}" y="${y(r.budget)}" width="${bw}" height="${H - B - y(r.budget)}" fill="#cbd5e1"/>`;
    s += `<rect x="${x}" y="${y(r.executed)}" width="${bw}" height="${H - B - y(r.executed)}" fill="#2563eb"/>`;
    s += `<text x="${x + bw / 2}" y="${y(r.executed) - 3}">${r.rate}%</text>`;
    if (rows.length <= 20) s += `<text x="${x + bw / 2}" y="${H - B + 14}">${esc(r.name)}</text>`;
  });
  host.innerHTML = s + '</svg>';
}
register({
  render(h, doc) { host = h; draw(budgetRows(doc)); },
  update(doc) { draw(budgetRows(doc)); },
});
