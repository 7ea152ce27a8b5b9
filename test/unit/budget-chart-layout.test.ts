import { expect } from '@open-wc/testing';
import {
  chooseMode,
  fitText,
  foldRows,
  layoutChart,
  layoutTooltip,
  niceTicks,
  textWidth,
  type ChartRow,
  type Formats,
  type LayoutOptions,
} from '../../src/components/budget-execution-chart/budget-execution-chart.layout.js';
import { serializeSvg } from '../../src/components/budget-execution-chart/budget-execution-chart.svg-export.js';

const fmt: Formats = {
  amount: (n) => (n === null ? '-' : n.toLocaleString('en')),
  signed: (n) => (n === null ? '-' : n > 0 ? `+${n}` : n < 0 ? `△${-n}` : '-'),
  percent: (n) => (n === null ? '-' : `${n.toFixed(1)}%`),
};

function row(name: string, budget: number, rest: Partial<ChartRow> = {}): ChartRow {
  return { key: name, name, budget, executed: null, previousBudget: null, rate: null, change: null, low: false, opens: 0, ...rest };
}

const options = (rest: Partial<LayoutOptions> = {}): LayoutOptions => ({
  mode: 'execution',
  width: 600,
  band: 44,
  fmt,
  lowWord: 'low',
  legend: [['fill', 'Executed'], ['track', 'Budget']],
  header: 'Total',
  ...rest,
});

describe('budget chart layout: ticks and text', () => {
  it('ticks from 0 to a nice bound at steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceTicks(2000000, 6)).to.deep.equal([0, 500000, 1000000, 1500000, 2000000]);
    expect(niceTicks(95, 5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.3, 3)).to.deep.equal([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0, 5)).to.deep.equal([0, 1]);
    expect(niceTicks(1245300, 3)).to.deep.equal([0, 500000, 1000000, 1500000]);
  });

  it('estimates Hangul wider than digits, and cuts text with an ellipsis to fit', () => {
    expect(textWidth('예산', 10)).to.equal(20);
    expect(textWidth('12', 10)).to.be.closeTo(12.4, 0.01);
    expect(fitText('주민참여예산 사업', 1000)).to.equal('주민참여예산 사업');
    const cut = fitText('주민참여예산 사업 중 마을공동체 활성화', 80);
    expect(cut).to.match(/…$/);
    expect(textWidth(cut)).to.be.at.most(80);
  });
});

describe('budget chart layout: modes', () => {
  const d = (executed: number | null, previousBudget: number | null, series = 0) => ({
    items: [{ executed, previousBudget }],
    series: Array(series),
  });
  it('auto: executed → execution, else previousBudget → yoy, else series → trend; an explicit mode wins', () => {
    expect(chooseMode('auto', d(1, 1, 2))).to.equal('execution');
    expect(chooseMode(null, d(null, 1, 2))).to.equal('yoy');
    expect(chooseMode('auto', d(null, null, 2))).to.equal('trend');
    expect(chooseMode('trend', d(1, null))).to.equal('trend');
    expect(chooseMode('nonsense', { items: [], series: [] })).to.equal('execution');
  });
});

describe('budget chart layout: execution bars', () => {
  const rows = [row('A', 1000, { executed: 500, rate: 50 }), row('B', 250, { executed: 250, rate: 100, low: false }), row('C', 2000, { executed: 0, rate: 0, low: true })];
  const layout = layoutChart(rows, options());

  it('draws a track per budget and a fill per executed amount on one linear scale', () => {
    expect(layout.marks).to.have.length(3);
    const track = (i: number) => layout.marks[i]!.boxes.find((b) => b.c === 'track')!;
    const fill = (i: number) => layout.marks[i]!.boxes.find((b) => b.c === 'fill')!;
    expect(track(0).w / track(2).w).to.be.closeTo(0.5, 1e-9);
    expect(fill(0).w / track(0).w).to.be.closeTo(0.5, 1e-9);
    expect(fill(1).w).to.be.closeTo(track(1).w, 1e-9);
    expect(fill(2).w).to.equal(0);
    // The nice bound (2,000) spans the plot: the largest track reaches the right edge.
    expect(track(2).x + track(2).w).to.be.closeTo(596, 1e-9);
  });

  it('stacks the rows in bands below the legend and the header, with the axis under them', () => {
    expect(layout.marks.map((m) => m.hit.y)).to.deep.equal([46, 90, 134]);
    expect(layout.height).to.equal(46 + 3 * 44 + 20);
    expect(layout.texts.filter((t) => t.c === 'tick').map((t) => t.t)).to.deep.equal(['0', '500', '1,000', '1,500', '2,000']);
    expect(layout.texts.find((t) => t.c === 'header')!.t).to.equal('Total');
  });

  it('labels the rate outside the fill where it fits, else inside; a low rate with an icon and words', () => {
    const rate = (i: number) => layout.marks[i]!.texts.find((t) => t.c.startsWith('rate'))!;
    expect(rate(0).c).to.equal('rate out');
    expect(rate(0).x).to.be.greaterThan(layout.marks[0]!.boxes[1]!.x + layout.marks[0]!.boxes[1]!.w);
    const full = layoutChart([row('D', 2000, { executed: 1990, rate: 99.5 })], options());
    const inside = full.marks[0]!.texts.find((t) => t.c.startsWith('rate'))!;
    expect(inside.c).to.equal('rate in');
    expect(inside.a).to.equal('end');
    expect(rate(2).c).to.equal('rate low out');
    expect(rate(2).t).to.equal('⚠ 0.0% low');
    expect(layout.marks[0]!.texts.find((t) => t.c === 'amounts')!.t).to.equal('500 / 1,000');
  });

  it('draws the grid as one path, a line per tick', () => {
    expect(layout.grid).to.equal('M4 46V178M152 46V178M300 46V178M448 46V178M596 46V178');
  });

  it('writes the labels of a mark when they are first read: a long chart formats only what it draws', () => {
    const written: Array<number | null> = [];
    const counting: Formats = { ...fmt, amount: (n) => (written.push(n), fmt.amount(n)), percent: (n) => (written.push(n), fmt.percent(n)) };
    const many = Array.from({ length: 1000 }, (_, i) => row(`Item ${i}`, 1000 + i, { executed: i, rate: i / 10 }));
    const long = layoutChart(many, options({ fmt: counting }));
    expect(long.marks).to.have.length(1000);
    expect(long.marks[999]!.hit.y).to.equal(46 + 999 * 44);
    const axis = written.length;
    expect(axis, 'the axis only').to.be.below(20);
    expect(long.marks[500]!.texts.map((t) => t.t)).to.deep.equal(['Item 500', '500 / 1,500', '50.0%']);
    expect(written.slice(axis)).to.deep.equal([500, 1500, 50]);
    expect(long.marks[500]!.texts).to.equal(long.marks[500]!.texts, 'written once');
    expect(written).to.have.length(axis + 3);
  });

  it('marks rows that open a level, and fits names to narrow widths', () => {
    const narrow = layoutChart([row('주민참여예산 사업 중 마을공동체 활성화', 10, { executed: 5, rate: 50, opens: 2 })], options({ width: 240 }));
    const name = narrow.marks[0]!.texts.find((t) => t.c === 'name')!.t;
    expect(name.startsWith('› 주민')).to.equal(true);
    expect(name).to.match(/…$/);
  });
});

describe('budget chart layout: year over year and the fold', () => {
  const rows = [
    row('Internal', 3120000, { previousBudget: 3050000, change: 70000 }),
    row('Reserve', 2000000, { previousBudget: 1800000, change: 200000 }),
    row('Youth', 742000, { previousBudget: 610500, change: 131500 }),
    row('Records', 45600, { previousBudget: 47100, change: -1500 }),
    row('Publicity', 380200, { previousBudget: 398240, change: -18040 }),
  ];

  it('puts previous and current side by side on one scale, the change beside the name, short bars labelled outside', () => {
    const layout = layoutChart(rows, options({ mode: 'yoy', legend: [] }));
    const bar = (i: number, c: string) => layout.marks[i]!.boxes.find((b) => b.c === c)!;
    expect(bar(3, 'cur').w / bar(0, 'cur').w).to.be.closeTo(45600 / 3120000, 1e-6);
    expect(bar(0, 'prev').w / bar(0, 'cur').w).to.be.closeTo(3050000 / 3120000, 1e-6);
    expect(bar(0, 'cur').y).to.be.greaterThan(bar(0, 'prev').y);
    expect(layout.marks[3]!.texts.find((t) => t.c === 'change')!.t).to.equal('△1500');
    const small = layout.marks[3]!.texts.filter((t) => t.c.startsWith('value'));
    expect(small.every((t) => t.c.endsWith('out'))).to.equal(true);
    // The largest bar still has room for its label outside.
    const big = layout.marks[0]!.texts.filter((t) => t.c.startsWith('value'));
    expect(big.map((t) => t.c)).to.deep.equal(['value on-track out', 'value out']);
  });

  it('folds items below a share of the largest into one bar with their sums, and opens it in place', () => {
    const folded = foldRows(rows, 0.2, false, (n) => `${n} others`);
    expect(folded.map((r) => r.name)).to.deep.equal(['Internal', 'Reserve', 'Youth', '2 others']);
    expect(folded[3]).to.include({ budget: 425800, previousBudget: 445340, change: -19540, opens: 2, fold: 'bar' });
    const open = foldRows(rows, 0.2, true, (n) => `${n} others`);
    expect(open.map((r) => r.name)).to.deep.equal(['Internal', 'Reserve', 'Youth', '2 others', 'Records', 'Publicity']);
    expect(open[4]!.fold).to.equal('member');
    expect(foldRows(rows, null, false, String)).to.deep.equal(rows);
    // One small item is not worth a fold.
    expect(foldRows(rows, 0.1, false, String)).to.have.length(5);
    // A share outside (0, 1) would fold nothing or everything: no fold.
    for (const share of [0, 1, 2, -1, NaN]) expect(foldRows(rows, share, false, String), String(share)).to.deep.equal(rows);
  });
});

describe('budget chart layout: trend', () => {
  const rows = [
    row('2020', 100, { executed: 90, rate: 90 }),
    row('2021', 200, { executed: 100, rate: 50 }),
    row('2022', 50, { executed: null, rate: null }),
    row('2023', 150, { executed: 150, rate: 100 }),
  ];
  const layout = layoutChart(rows, options({ mode: 'trend', band: 300, header: '', legend: [] }));

  it('draws budget and executed side by side per period, heights in proportion', () => {
    const h = (i: number, c: string) => layout.marks[i]!.boxes.find((b) => b.c === c)!.h;
    expect(h(1, 'budget') / h(0, 'budget')).to.be.closeTo(2, 1e-9);
    expect(h(0, 'exec') / h(0, 'budget')).to.be.closeTo(0.9, 1e-9);
    expect(h(2, 'exec')).to.equal(0);
    const [a, b] = [layout.marks[0]!.boxes[0]!, layout.marks[0]!.boxes[1]!];
    expect(b.x).to.be.closeTo(a.x + a.w, 1e-9);
    expect(layout.height).to.equal(300);
  });

  it('draws the rate as a line on its own axis, broken where a period has no rate', () => {
    expect(layout.line.match(/[ML]/g)).to.deep.equal(['M', 'L', 'M']);
    expect(layout.dots).to.have.length(3);
    const [y90, y50, y100] = layout.dots.map(([, y]) => y);
    expect((y50! - y100!) / (y90! - y100!)).to.be.closeTo(5, 1e-6);
    expect(layout.texts.filter((t) => t.c === 'tick rate').map((t) => t.t)).to.deep.equal(['0.0%', '20.0%', '40.0%', '60.0%', '80.0%', '100.0%']);
  });
});

describe('budget chart layout: tooltip and SVG export', () => {
  const layout = layoutChart([row('A <b>&', 100, { executed: 50, rate: 50 })], options({ width: 300 }));

  it('puts the tooltip below its mark, above where it would overflow, and never over its own bar', () => {
    const lines = ['A', 'Budget: 100', 'Executed: 50'];
    const tall = layoutChart([row('A', 100, { executed: 50, rate: 50 }), ...['B', 'C', 'D', 'E'].map((n) => row(n, 100))], options({ width: 300 }));
    const [first, last] = [tall.marks[0]!, tall.marks[4]!];
    const below = layoutTooltip(first, lines, 300, tall.height);
    expect(below.box.y).to.equal(first.tip.y + 2);
    expect(below.box.x).to.be.at.least(0);
    expect(below.box.x + below.box.w).to.be.at.most(300);
    const above = layoutTooltip(last, lines, 300, tall.height);
    expect(above.box.y + above.box.h).to.be.at.most(last.hit.y);
    expect(above.box.y).to.be.at.least(0);
    // One bar in a low chart: room neither below nor above; below, past the chart's height.
    const tip = layoutTooltip(layout.marks[0]!, lines, 300, layout.height);
    expect(tip.box.y).to.equal(layout.marks[0]!.tip.y + 2);
    expect(tip.box.y + tip.box.h).to.be.greaterThan(layout.height);
    expect(tip.texts.map((t) => t.t)).to.deep.equal(lines);
  });

  it('serializes a standalone SVG with the title, the summary and every mark, data as escaped text', () => {
    const text = serializeSvg(layout, 'Budget (Unit: KRW)', 'Summary <here>');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    expect(text).to.contain('<title>Budget (Unit: KRW)</title>');
    expect(text).to.contain('<desc>Summary &#60;here&#62;</desc>');
    expect(text).to.contain('A &#60;b&#62;&#38;');
    expect(text).not.to.contain('<b>');
    expect(text.match(/<rect /g)).to.have.length(1 + 2 + 2);
    expect(text).to.contain('class="fill" x="4" y="66" width="146" height="20"');
  });
});
