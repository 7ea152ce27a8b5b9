/** A standalone SVG string of a chart layout, for downloads. Pure: no DOM. */
import { round as r, type Box, type ChartLayout, type Text } from './budget-execution-chart.layout.js';

/** The light theme, written out: a saved file has no page CSS and no custom properties. */
const CSS =
  'text{font:11px sans-serif;fill:#1b1f24}.name,.header{font-size:13px}.header{font-weight:700}.tick,.legend,.amounts,.change{fill:#4a5360}' +
  '.grid{stroke:#d5dbe3}.track,.prev,.budget{fill:#e4eaf2;stroke:#5a6b80}.fill,.exec{fill:#0b5cad}.cur{fill:#5a6b80}text.in{fill:#fff}' +
  'text.on-track{fill:#1b1f24}.rate,.dot{fill:#a34f00}text.low{fill:#b3261e;font-weight:700}text.low.in{fill:#fff}.line{fill:none;stroke:#a34f00;stroke-width:2}';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const rect = (b: Box) => `<rect class="${b.c}" x="${r(b.x)}" y="${r(b.y)}" width="${r(Math.max(0, b.w))}" height="${r(b.h)}"/>`;
const text = (t: Text) => `<text class="${t.c}" x="${r(t.x)}" y="${r(t.y)}"${t.a ? ` text-anchor="${t.a}"` : ''}>${esc(t.t)}</text>`;

/** The layout as an SVG document: a title line, the marks and labels, the rate line; `desc` is the text summary. */
export function serializeSvg(layout: ChartLayout, title: string, desc: string): string {
  const { width: w, height: h } = layout;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(w)}" height="${r(h + 24)}" viewBox="0 -24 ${r(w)} ${r(h + 24)}">` +
    `<title>${esc(title)}</title><desc>${esc(desc)}</desc><style>${CSS}</style>` +
    `<rect x="0" y="-24" width="100%" height="100%" fill="#fff"/>${text({ x: 4, y: -8, t: title, c: 'header' })}` +
    `<path class="grid" d="${layout.grid}"/>` +
    [...layout.legend, ...layout.marks.flatMap((m) => m.boxes)].map(rect).join('') +
    (layout.line ? `<path class="line" d="${layout.line}"/>` : '') +
    layout.dots.map(([x, y]) => `<circle class="dot" cx="${r(x)}" cy="${r(y)}" r="3.5"/>`).join('') +
    [...layout.texts, ...layout.marks.flatMap((m) => m.texts)].map(text).join('') +
    '</svg>'
  );
}
