// Observable Plot: SVG, no tips; it has no update API, so an update draws a new plot.
import * as Plot from '@observablehq/plot';
import { register, budgetRows } from './harness.js';
let host;
function draw(rows) {
  const svg = Plot.plot({
    width: 960, height: 480,
    x: { domain: rows.map((r) => r.name), label: null, tickFormat: rows.length > 20 ? () => '' : undefined },
    y: { label: null },
    marks: [
      Plot.barY(rows, { x: 'name', y: 'budget', fill: '#cbd5e1' }),
      Plot.barY(rows, { x: 'name', y: 'executed', fill: '#2563eb' }),
      Plot.text(rows, { x: 'name', y: 'executed', text: (r) => `${r.rate}%`, dy: -6, fontSize: 10 }),
    ],
  });
  host.replaceChildren(svg);
}
register({
  render(h, doc) { host = h; draw(budgetRows(doc)); },
  update(doc) { draw(budgetRows(doc)); },
});
