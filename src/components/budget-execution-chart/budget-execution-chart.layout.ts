/**
 * Pure layout of the chart: rows and a size in, positioned marks and strings out. No DOM, no
 * d3-scale: a linear map is one multiplication, and d3-array's tick logic is ported below in
 * a few lines (its 1.4 KB gzip would be a third of this element's budget). The template
 * (budget-execution-chart.ts) and the SVG export (svg-export.ts) both draw this output.
 */
export type ChartMode = 'execution' | 'yoy' | 'trend';

/** One bar (execution, yoy), one period (trend), or the fold of small items (yoy). */
export interface ChartRow {
  key: string;
  name: string;
  budget: number;
  executed: number | null;
  previousBudget: number | null;
  rate: number | null;
  change: number | null;
  /** Below the `low-rate` threshold. */
  low: boolean;
  /** How many rows it opens (drill-down children, folded items); 0 for none. */
  opens: number;
  /** The fold bar itself, or a row shown because the fold is open. */
  fold?: 'bar' | 'member';
}

export interface Formats {
  amount: (n: number | null) => string;
  signed: (n: number | null) => string;
  percent: (n: number | null) => string;
}

export interface LayoutOptions {
  mode: ChartMode;
  width: number;
  /** Row band in px (execution, yoy); chart height for trend. */
  band: number;
  fmt: Formats;
  /** The words of the low-rate mark. */
  lowWord: string;
  /** Legend entries, as classes and words. */
  legend: Array<[cls: string, text: string]>;
  /** The 계 line, above the bars; '' for none. */
  header: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  c: string;
}
export interface Text {
  x: number;
  y: number;
  t: string;
  c: string;
  a?: 'end' | 'middle';
}
export interface Mark {
  row: ChartRow;
  /** The hit and focus area. */
  hit: Box;
  /** Back and front: budget track and executed fill, previous and current year, budget and executed. */
  boxes: [Box, Box];
  /**
   * The labels, name first. Bars write them when first read: a long chart draws (and so
   * formats) only the marks near the view.
   */
  readonly texts: Text[];
  /** Where a tooltip points to. */
  tip: { x: number; y: number };
}
export interface ChartLayout {
  width: number;
  height: number;
  marks: Mark[];
  /** The grid lines, as one path (its d attribute): one element however many ticks. */
  grid: string;
  /** Axis labels, legend, header. */
  texts: Text[];
  legend: Box[];
  /** The rate line of the trend (d attribute), '' for none, and its points. */
  line: string;
  dots: Array<[number, number]>;
}

/** Bands: the default, the readable minimum (a host with a set height shrinks to it, then scrolls). */
export const BAND = { execution: 44, yoy: 52, trend: 280 } as const;
export const MIN_BAND = { execution: 32, yoy: 38, trend: 180 } as const;
const FONT = 13;
const SMALL = 11;
const PAD = 4;

/** To a tenth of a pixel: path data stays short. */
export const round = (v: number): number => +v.toFixed(1);

/** auto: items with any executed → execution; else items with any previousBudget → yoy; else series → trend. */
export function chooseMode(
  mode: string | null | undefined,
  d: { items: ReadonlyArray<{ executed: number | null; previousBudget: number | null }>; series: readonly unknown[] },
): ChartMode {
  if (mode === 'execution' || mode === 'yoy' || mode === 'trend') return mode;
  if (d.items.some((r) => r.executed !== null)) return 'execution';
  if (d.items.some((r) => r.previousBudget !== null)) return 'yoy';
  return d.series.length ? 'trend' : 'execution';
}

/** Estimated text width: Hangul and other wide scripts 1 em, digits 0.6 em, the rest 0.55 em. */
export function textWidth(text: string, px = FONT): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    em += c >= 0x1100 ? 1 : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 37 ? 0.62 : 0.55;
  }
  return em * px;
}

/** The text, cut with `…` to fit `max` px; the full text stays in the accessible name and tooltip. */
export function fitText(text: string, max: number, px = FONT): string {
  if (textWidth(text, px) <= max) return text;
  const chars = [...text];
  while (chars.length && textWidth(chars.join('') + '…', px) > max) chars.pop();
  return chars.join('') + '…';
}

/**
 * Ticks from 0 to a nice bound ≥ max, about `count` of them, at steps of 1, 2 or 5 × 10ⁿ
 * (d3-array's tickIncrement thresholds).
 */
export function niceTicks(max: number, count: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const e = raw / power;
  const step = (e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.SQRT2 ? 2 : 1) * power;
  const n = Math.ceil(max / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => +(i * step).toPrecision(12));
}

/**
 * Gathers the rows whose larger amount is below `share` of the largest one into a fold bar
 * at the end (sums of the gathered rows); with `open`, the gathered rows follow the fold bar.
 * Fewer than two small rows are not worth a fold.
 */
export function foldRows(rows: readonly ChartRow[], share: number | null, open: boolean, name: (n: number) => string): ChartRow[] {
  // A share outside (0, 1) would fold nothing or everything: the fold is off.
  if (!(share! > 0 && share! < 1)) return [...rows];
  const size = (r: ChartRow) => Math.max(r.budget, r.previousBudget ?? 0, r.executed ?? 0);
  const limit = share! * Math.max(0, ...rows.map(size));
  const small = rows.filter((r) => size(r) < limit);
  if (small.length < 2) return [...rows];
  const sum = (f: (r: ChartRow) => number | null) => {
    const v = small.map(f).filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) : null;
  };
  const previousBudget = sum((r) => r.previousBudget);
  const budget = sum((r) => r.budget) ?? 0;
  const bar: ChartRow = {
    key: 'fold',
    name: name(small.length),
    budget,
    executed: sum((r) => r.executed),
    previousBudget,
    rate: null,
    change: previousBudget === null ? null : budget - previousBudget,
    low: false,
    opens: small.length,
    fold: 'bar',
  };
  return [...rows.filter((r) => size(r) >= limit), bar, ...(open ? small.map((r) => ({ ...r, fold: 'member' as const })) : [])];
}

/** The label at the end of a bar: outside it where it fits, else inside. */
function endLabel(x0: number, end: number, t: string, c: string, y: number, right: number): Text {
  const w = textWidth(t, SMALL);
  const outside = end + 4 + w <= right || end - x0 < w + 8;
  return outside ? { x: end + 4, y, t, c: `${c} out` } : { x: end - 4, y, t, c: `${c} in`, a: 'end' };
}

function legendAndHeader(o: LayoutOptions, texts: Text[], legend: Box[]): number {
  let x = PAD;
  for (const [c, t] of o.legend) {
    legend.push({ x, y: 4, w: 12, h: 12, c });
    texts.push({ x: x + 16, y: 14, t, c: 'legend' });
    x += 28 + textWidth(t, SMALL);
  }
  if (o.header) texts.push({ x: PAD, y: 36, t: fitText(o.header, o.width - 2 * PAD), c: 'header' });
  return o.header ? 46 : 24;
}

/** Horizontal bars: execution (budget track, executed fill) or yoy (previous and current). */
function layoutBars(rows: readonly ChartRow[], o: LayoutOptions): ChartLayout {
  const { width, band, fmt } = o;
  const texts: Text[] = [];
  const legend: Box[] = [];
  const top = legendAndHeader(o, texts, legend);
  const yoy = o.mode === 'yoy';
  const max = Math.max(0, ...rows.map((r) => Math.max(r.budget, r.executed ?? 0, r.previousBudget ?? 0)));
  const right = width - PAD;
  // Room for a label outside the longest bar, so that the largest items are labelled too.
  const plotW = Math.max(40, right - PAD - (yoy ? textWidth(fmt.amount(max), SMALL) + 8 : 0));
  const ticks = niceTicks(max, Math.max(2, Math.floor(plotW / 90)));
  const k = plotW / ticks[ticks.length - 1]!;
  const x = (v: number | null) => PAD + Math.max(0, v ?? 0) * k;
  const barH = Math.max(4, band - 24);
  const h = yoy ? (barH - 2) / 2 : barH;
  const marks = rows.map((row, i): Mark => {
    const y0 = top + i * band;
    const by = y0 + 20;
    // Back and front: where they end (x) is all the geometry; the labels follow from it.
    const backEnd = x(yoy ? row.previousBudget : row.budget);
    const frontEnd = x(yoy ? row.budget : row.executed);
    const boxes: [Box, Box] = [
      { x: PAD, y: by, w: backEnd - PAD, h, c: yoy ? 'prev' : 'track' },
      { x: PAD, y: yoy ? by + h + 2 : by, w: frontEnd - PAD, h, c: yoy ? 'cur' : 'fill' },
    ];
    const labels = (): Text[] => {
      const side = yoy ? fmt.signed(row.change) : `${fmt.amount(row.executed)} / ${fmt.amount(row.budget)}`;
      const indent = row.fold === 'member' ? 12 : 0;
      const marker = row.opens ? (row.fold ? '▸ ' : '› ') : '';
      const name = fitText(marker + row.name, right - PAD - indent - textWidth(side, SMALL) - 12);
      const t: Text[] = [
        { x: PAD + indent, y: y0 + 14, t: name, c: 'name' },
        { x: right, y: y0 + 14, t: side, c: yoy ? 'change' : 'amounts', a: 'end' },
      ];
      if (yoy) {
        t.push(endLabel(PAD, backEnd, fmt.amount(row.previousBudget), 'value on-track', by + h - 1, right));
        t.push(endLabel(PAD, frontEnd, fmt.amount(row.budget), 'value', by + 2 * h + 1, right));
      } else {
        const rate = fmt.percent(row.rate);
        t.push(endLabel(PAD, frontEnd, row.low ? `⚠ ${rate} ${o.lowWord}` : rate, row.low ? 'rate low' : 'rate', by + barH / 2 + 4, right));
      }
      return t;
    };
    let texts: Text[] | undefined;
    return {
      row,
      hit: { x: 0, y: y0, w: width, h: band, c: 'hit' },
      boxes,
      get texts() {
        return (texts ??= labels());
      },
      tip: { x: Math.min(Math.max(backEnd, frontEnd), right), y: y0 + band },
    };
  });
  const bottom = top + rows.length * band;
  const grid = ticks.map((v) => `M${round(x(v))} ${top}V${bottom}`).join('');
  // Every tick has a grid line; labels skip ticks where they would touch (narrow widths).
  const skip = Math.ceil(((textWidth(fmt.amount(max), SMALL) + 12) * ticks.length) / plotW);
  ticks.forEach((v, i) => {
    if (i % skip === 0)
      texts.push({ x: x(v), y: bottom + 14, t: fmt.amount(v), c: 'tick', a: i === 0 ? undefined : i === ticks.length - 1 && !yoy ? 'end' : 'middle' });
  });
  return { width, height: bottom + 20, marks, grid, texts, legend, line: '', dots: [] };
}

/** Trend: grouped vertical bars (budget, executed) per period, the rate as a line on its own axis. */
function layoutTrend(rows: readonly ChartRow[], o: LayoutOptions): ChartLayout {
  const { width, fmt } = o;
  const texts: Text[] = [];
  const legend: Box[] = [];
  const top = legendAndHeader(o, texts, legend) + 8;
  const height = Math.max(MIN_BAND.trend, o.band);
  const bottom = height - 24;
  const max = Math.max(0, ...rows.map((r) => Math.max(r.budget, r.executed ?? 0)));
  const ticks = niceTicks(max, Math.max(2, Math.floor((bottom - top) / 50)));
  const left = PAD + Math.max(...ticks.map((v) => textWidth(fmt.amount(v), SMALL))) + 6;
  const maxRate = Math.max(100, ...rows.map((r) => r.rate ?? 0));
  const rateTicks = niceTicks(maxRate, 5);
  const right = width - PAD - textWidth(fmt.percent(rateTicks[rateTicks.length - 1]!), SMALL) - 6;
  const y = (v: number | null) => bottom - (Math.max(0, v ?? 0) / ticks[ticks.length - 1]!) * (bottom - top);
  const yr = (v: number) => bottom - (v / rateTicks[rateTicks.length - 1]!) * (bottom - top);
  // Band layout: equal steps, bars filling 70% of each, two bars per group.
  const step = (right - left) / Math.max(1, rows.length);
  const bw = (step * 0.7) / 2;
  const dots: Array<[number, number]> = [];
  let line = '';
  let pen = 'M';
  // Labels wider than a period's step are thinned to every k-th period (the others are in
  // the tooltips, the names and the table), never all cut to '…' or drawn over each other.
  const every = (w: number) => Math.max(1, Math.ceil((w + 6) / step));
  const rateText = (r: ChartRow) => (r.low ? `⚠ ${fmt.percent(r.rate)}` : fmt.percent(r.rate));
  const kName = every(Math.min(80, Math.max(...rows.map((r) => textWidth(r.name, SMALL)))));
  const kRate = every(Math.max(...rows.map((r) => textWidth(rateText(r), SMALL))));
  const marks = rows.map((row, i): Mark => {
    const x0 = left + i * step + step * 0.15;
    const cx = left + (i + 0.5) * step;
    const boxes: [Box, Box] = [
      { x: x0, y: y(row.budget), w: bw, h: bottom - y(row.budget), c: 'budget' },
      { x: x0 + bw, y: y(row.executed), w: bw, h: bottom - y(row.executed), c: 'exec' },
    ];
    const t: Text[] = i % kName ? [] : [{ x: cx, y: bottom + 16, t: fitText(row.name, kName * step - 6, SMALL), c: 'tick', a: 'middle' }];
    if (row.rate === null) pen = 'M';
    else {
      const ry = yr(row.rate);
      line += `${pen}${round(cx)},${round(ry)}`;
      pen = 'L';
      dots.push([cx, ry]);
      if (!(i % kRate)) t.push({ x: cx, y: ry - 8, t: rateText(row), c: row.low ? 'rate low' : 'rate', a: 'middle' });
    }
    return { row, hit: { x: left + i * step, y: top, w: step, h: bottom - top, c: 'hit' }, boxes, texts: t, tip: { x: cx, y: Math.min(y(row.budget), bottom) } };
  });
  const grid = ticks.map((v) => `M${round(left)} ${round(y(v))}H${round(right)}`).join('');
  for (const v of ticks) texts.push({ x: left - 4, y: y(v) + 4, t: fmt.amount(v), c: 'tick', a: 'end' });
  for (const v of rateTicks) texts.push({ x: right + 4, y: yr(v) + 4, t: fmt.percent(v), c: 'tick rate' });
  return { width, height, marks, grid, texts, legend, line, dots };
}

export function layoutChart(rows: readonly ChartRow[], o: LayoutOptions): ChartLayout {
  return o.mode === 'trend' ? layoutTrend(rows, o) : layoutBars(rows, o);
}

/** A tooltip box beside its mark: below the mark, or above where it would overflow the chart; below (past the chart's height) where neither fits. */
export function layoutTooltip(mark: Mark, lines: readonly string[], width: number, height: number): { box: Box; texts: Text[] } {
  const w = Math.min(width, Math.max(...lines.map((l) => textWidth(l, 12))) + 16);
  const h = lines.length * 16 + 8;
  const x = Math.max(0, Math.min(mark.tip.x - w / 2, width - w));
  // Below where it fits, else above; in a chart too low for either, below (the chart grows to hold it), never over its own bar.
  const y = mark.tip.y + h + 2 <= height || mark.hit.y - h - 2 < 0 ? mark.tip.y + 2 : mark.hit.y - h - 2;
  return {
    box: { x, y, w, h, c: 'tip' },
    texts: lines.map((t, i) => ({ x: x + 8, y: y + 18 + i * 16, t: fitText(t, w - 12, 12), c: i ? 'tip-text' : 'tip-text tip-name' })),
  };
}

/**
 * The marks to draw when only part of a long chart is in view: the index range [from, to)
 * of the marks whose band meets [top − margin, bottom + margin] (chart px, marks in y order
 * as bars lay them out). A trend's periods sit side by side: all of them.
 */
export function marksInView(marks: readonly Mark[], top: number, bottom: number, margin: number): [number, number] {
  if (!marks.length || marks[0]!.hit.x !== 0) return [0, marks.length];
  /** The first mark for which `past` holds (they hold from some index on). */
  const first = (past: (m: Mark) => boolean) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(marks[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = first((m) => m.hit.y + m.hit.h > top - margin);
  return [from, Math.max(from, first((m) => m.hit.y >= bottom + margin))];
}
