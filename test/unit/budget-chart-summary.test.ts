import { expect } from '@open-wc/testing';
import type { ChartRow, Formats } from '../../src/components/budget-execution-chart/budget-execution-chart.layout.js';
import { chartMessages } from '../../src/components/budget-execution-chart/budget-execution-chart.messages.js';
import { summarize } from '../../src/components/budget-execution-chart/budget-execution-chart.summary.js';

const fmt: Formats = {
  amount: (n) => (n === null ? '-' : `${n.toLocaleString('en')}천원`),
  signed: (n) => (n === null ? '-' : n > 0 ? `+${n.toLocaleString('en')}` : `△${(-n).toLocaleString('en')}`),
  percent: (n) => (n === null ? '-' : `${n.toFixed(1)}%`),
};
const row = (name: string, rest: Partial<ChartRow>): ChartRow => ({
  key: name, name, budget: 0, executed: null, previousBudget: null, rate: null, change: null, low: false, opens: 0, ...rest,
});
const ko = chartMessages('ko');
const en = chartMessages('en');

describe('budget chart summary', () => {
  const rows = [row('인건비', { rate: 82.9 }), row('예비비', { rate: 0 }), row('기타', { rate: null }), row('청년', { rate: 81 })];
  const total = { budget: 4952900, executed: 2043215, rate: 41.3, change: null };

  it('execution: the total rate, the lowest and highest, the as-of date', () => {
    expect(summarize('execution', rows, total, fmt, ko, '2024-10-31 기준')).to.equal(
      '예산 4,952,900천원 중 2,043,215천원 집행, 집행률 41.3%. 최저 예비비 (0.0%), 최고 인건비 (82.9%). 2024-10-31 기준.',
    );
    expect(summarize('execution', rows, total, fmt, en, '')).to.equal(
      'Of a budget of 4,952,900천원, 2,043,215천원 executed: a rate of 41.3%. Lowest 예비비 (0.0%), highest 인건비 (82.9%).',
    );
  });

  it('trend: from the first period to the last', () => {
    const series = [row('2020', { rate: 93.3 }), row('2021', { rate: 95 }), row('2022', { rate: 91.4 })];
    expect(summarize('trend', series, null, fmt, en, 'as of 2024')).to.equal(
      'Execution rate 2020 (93.3%) → 2022 (91.4%). Lowest 2022 (91.4%), highest 2021 (95.0%). As of 2024.',
    );
  });

  it('year over year: the total change, the largest increase and decrease, never the fold bar', () => {
    const yoy = [
      row('예비비', { budget: 2000000, change: 200000 }),
      row('구정 홍보', { budget: 380200, change: -18040 }),
      row('그 외', { budget: 1, change: -999999, fold: 'bar' }),
    ];
    expect(summarize('yoy', yoy, { budget: 6787800, executed: null, rate: null, change: 431960 }, fmt, ko, '')).to.equal(
      '예산 6,787,800천원, 전년도 대비 +431,960. 최대 감소 구정 홍보 (△18,040), 최대 증가 예비비 (+200,000).',
    );
    const up = [row('A', { change: 5 }), row('B', { change: 3 })];
    expect(summarize('yoy', up, null, fmt, en, '')).to.equal('Largest increase A (+5).');
  });

  it('says that there is nothing to show: no items, or no periods for a trend', () => {
    expect(summarize('execution', [], null, fmt, ko, '2024-10-31 기준')).to.equal('표시할 항목(items)이 없습니다. 2024-10-31 기준.');
    expect(summarize('yoy', [], { budget: 0, executed: null, rate: null, change: 0 }, fmt, en, '')).to.equal('There are no items to show.');
    expect(summarize('trend', [], null, fmt, en, '')).to.equal('There are no periods (series) to show.');
  });

  it('says nothing it cannot: a single rated item has no extremes', () => {
    expect(summarize('execution', [row('A', { rate: 50 })], null, fmt, en, 'as of 2024')).to.equal('As of 2024.');
  });
});
