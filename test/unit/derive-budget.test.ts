import { expect } from '@open-wc/testing';
import { deriveBudget } from '../../src/derive/budget.js';
import type { DeriveOptions } from '../../src/derive/options.js';
import type { BudgetItem, BudgetSection } from '../../src/schema/types.js';

const en: DeriveOptions = { lang: 'en', locale: 'en-US', basePath: '/sections/2' };
const ko: DeriveOptions = { lang: 'ko', locale: 'ko-KR', basePath: '' };

function section(fields: Partial<BudgetSection>): BudgetSection {
  return { id: 'budget', kind: 'budget-execution', ...fields };
}

function item(name: string, budget: number, rest: Partial<BudgetItem> = {}): BudgetItem {
  return { name, budget, ...rest };
}

describe('deriveBudget: rows', () => {
  it('derives rate, remaining and change from the row amounts', () => {
    const d = deriveBudget(section({ items: [item('인건비', 80, { id: 'pay', executed: 23, previousBudget: 98.04 })] }), en);
    const row = d.items[0];
    expect(row).to.include({ path: '/items/0', id: 'pay', depth: 0, budget: 80, executed: 23, previousBudget: 98.04 });
    expect(row.rate).to.equal(28.8);
    expect(row.rateExact).to.equal(28.75);
    expect(row.remaining).to.equal(57);
    expect(row.change).to.equal(-18.04); // written △18.04 in a report
    expect(row.statedRate).to.equal(null);
    expect(row.childSums).to.equal(null);
    expect(row.disputed).to.deep.equal([]);
    expect(d.warnings).to.deep.equal([]);
  });

  it('has no rate for a budget of 0 and no rate or remaining without executed', () => {
    const d = deriveBudget(section({ items: [item('예비비', 0, { executed: 0 }), item('홍보비', 50)] }), en);
    expect(d.items[0].rate).to.equal(null);
    expect(d.items[0].rateExact).to.equal(null);
    expect(d.items[0].remaining).to.equal(0);
    expect(d.items[1].rate).to.equal(null);
    expect(d.items[1].remaining).to.equal(null);
    expect(d.items[1].change).to.equal(null);
  });

  it('computes rate and remaining exactly', () => {
    const d = deriveBudget(section({ items: [item('a', 0.3, { executed: 0.1 }), item('b', 4, { executed: 2.01 })] }), en);
    expect(d.items[0].remaining).to.equal(0.2);
    expect(d.items[1].rate).to.equal(50.3); // 50.25; float formulas give 50.2
  });
});

describe('deriveBudget: stated rates', () => {
  it('passes a stated rate within 0.05 points of the unrounded rate', () => {
    const d = deriveBudget(
      section({ items: [item('a', 80, { executed: 23, rate: 28.8 }), item('b', 80, { executed: 23, rate: 28.7 })] }),
      en,
    );
    expect(d.warnings).to.deep.equal([]);
  });

  it('warns about a stated rate that differs, keeping the stated figure', () => {
    const d = deriveBudget(section({ items: [item('a', 1, { executed: 1 }), item('인건비', 2240, { executed: 1234, rate: 55.3 })] }), en);
    const row = d.items[1];
    expect(row.statedRate).to.equal(55.3);
    expect(row.rate).to.equal(55.1);
    expect(row.disputed).to.deep.equal(['rate']);
    expect(d.warnings).to.deep.equal([
      {
        code: 'rate-mismatch',
        path: '/sections/2/items/1/rate',
        stated: 55.3,
        computed: (1234 * 100) / 2240,
        message: 'Execution rate of 인건비: stated 55.3% but 1,234 / 2,240 is 55.1%.',
      },
    ]);
  });

  it('says it in Korean', () => {
    const d = deriveBudget(section({ items: [item('인건비', 2240, { executed: 1234, rate: 55.3 })] }), ko);
    expect(d.warnings[0].path).to.equal('/items/0/rate');
    expect(d.warnings[0].message).to.equal('인건비 집행률: 보고서에는 55.3%이지만 계산하면 55.1%(1,234 / 2,240)입니다.');
  });

  it('answers a stated rate with two decimals with two decimals', () => {
    const d = deriveBudget(section({ items: [item('a', 80, { executed: 23, rate: 28.81 })] }), en);
    expect(d.warnings[0].message).to.equal('Execution rate of a: stated 28.81% but 23 / 80 is 28.75%.');
  });

  it('warns that a stated rate cannot be checked without a rate', () => {
    const d = deriveBudget(
      section({ items: [item('예비비', 0, { executed: 0, rate: 0 }), item('홍보비', 50, { rate: 10 })] }),
      en,
    );
    expect(d.warnings.map((w) => [w.code, w.path, w.stated, w.computed])).to.deep.equal([
      ['rate-unverifiable', '/sections/2/items/0/rate', 0, null],
      ['rate-unverifiable', '/sections/2/items/1/rate', 10, null],
    ]);
    expect(d.warnings[0].message).to.equal('Execution rate of 예비비: stated 0% but it cannot be computed: the budget is 0.');
    expect(d.warnings[1].message).to.equal(
      'Execution rate of 홍보비: stated 10% but it cannot be computed: no executed amount is given.',
    );
    expect(d.items[0].disputed).to.deep.equal(['rate']);
  });
});

describe('deriveBudget: total', () => {
  it('shows a wrong stated total, marked disputed, with a warning naming both values', () => {
    const d = deriveBudget(
      section({
        items: [item('a', 1_000_000, { executed: 500_000 }), item('b', 234_560, { executed: 100_000 })],
        total: { budget: 1_234_567, executed: 600_000 },
      }),
      en,
    );
    const total = d.total!;
    expect(total.budget).to.equal(1_234_567);
    expect(total.executed).to.equal(600_000);
    expect(total.previousBudget).to.equal(null);
    expect(total.computed).to.deep.equal({ budget: 1_234_560, executed: 600_000, previousBudget: null });
    expect(total.stated).to.deep.equal({ budget: 1_234_567, executed: 600_000 });
    expect(total.disputed).to.deep.equal(['budget']);
    expect(total.rate).to.equal(48.6); // from the shown amounts: 600,000 / 1,234,567
    expect(total.remaining).to.equal(634_567);
    expect(d.warnings).to.deep.equal([
      {
        code: 'total-mismatch',
        path: '/sections/2/total/budget',
        stated: 1_234_567,
        computed: 1_234_560,
        message: 'Total budget: the report states 1,234,567 but the items add up to 1,234,560.',
      },
    ]);
  });

  it('says it in Korean', () => {
    const d = deriveBudget(section({ items: [item('a', 1_234_560)], total: { budget: 1_234_567 } }), ko);
    expect(d.warnings[0].path).to.equal('/total/budget');
    expect(d.warnings[0].message).to.equal('계 예산액: 보고서에는 1,234,567이지만 항목의 합은 1,234,560입니다.');
  });

  it('never warns about float artefacts: 0.1 + 0.2 is the stated 0.3', () => {
    const d = deriveBudget(
      section({ items: [item('a', 0.1, { executed: 0.1 }), item('b', 0.2, { executed: 0.2 })], total: { budget: 0.3, executed: 0.3 } }),
      en,
    );
    expect(d.warnings).to.deep.equal([]);
    expect(d.total!.computed.budget).to.equal(0.3);
    expect(d.total!.rate).to.equal(100);
  });

  it('is the computed sum where nothing is stated, and null without items', () => {
    const d = deriveBudget(section({ items: [item('a', 10, { previousBudget: 12 }), item('b', 5, { executed: 1 })] }), en);
    expect(d.total).to.deep.include({ budget: 15, executed: 1, previousBudget: 12, change: 3, disputed: [], stated: {} });
    expect(deriveBudget(section({ series: [{ period: '2015', budget: 1 }] }), en).total).to.equal(null);
  });

  it('checks the previous-year total too', () => {
    const d = deriveBudget(section({ items: [item('a', 10, { previousBudget: 12 })], total: { previousBudget: 13 } }), en);
    expect(d.warnings.map((w) => [w.code, w.path, w.stated, w.computed])).to.deep.equal([
      ['total-mismatch', '/sections/2/total/previousBudget', 13, 12],
    ]);
    expect(d.warnings[0].message).to.equal('Total previous-year budget: the report states 13 but the items add up to 12.');
    expect(d.total!.change).to.equal(-3);
  });
});

describe('deriveBudget: parents and children', () => {
  const nested = section({
    items: [
      item('a', 10, { executed: 5 }),
      item('사업비', 75, {
        executed: 30,
        children: [item('x', 30, { executed: 10 }), item('y', 40, { executed: 20, rate: 40 })],
      }),
    ],
  });

  it('checks a parent against its children without changing its figures', () => {
    const d = deriveBudget(nested, en);
    const parent = d.items[1];
    expect(parent.budget).to.equal(75);
    expect(parent.rate).to.equal(40);
    expect(parent.remaining).to.equal(45);
    expect(parent.childSums).to.deep.equal({ budget: 70, executed: 30, previousBudget: null });
    expect(parent.disputed).to.deep.equal(['budget']);
    expect(parent.children.map((c) => [c.path, c.depth, c.rate])).to.deep.equal([
      ['/items/1/children/0', 1, 33.3],
      ['/items/1/children/1', 1, 50],
    ]);
    expect(d.total!.computed.budget).to.equal(85); // the parent's stated 75, not its children's 70
  });

  it('reports the parent first, then its children', () => {
    const d = deriveBudget(nested, en);
    expect(d.warnings.map((w) => [w.code, w.path, w.stated, w.computed])).to.deep.equal([
      ['subtotal-mismatch', '/sections/2/items/1/budget', 75, 70],
      ['rate-mismatch', '/sections/2/items/1/children/1/rate', 40, 50],
    ]);
    expect(d.warnings[0].message).to.equal('Budget of 사업비: the report states 75 but its sub-items add up to 70.');
    expect(deriveBudget(nested, ko).warnings[0].message).to.equal(
      '사업비 예산액: 보고서에는 75이지만 하위 항목의 합은 70입니다.',
    );
  });

  it('fills an amount a parent omits from its children', () => {
    const d = deriveBudget(section({ items: [item('p', 3, { children: [item('x', 1, { executed: 1 }), item('y', 2)] })] }), en);
    const parent = d.items[0];
    expect(parent.executed).to.equal(1);
    expect(parent.summed).to.deep.equal(['executed']);
    expect(parent.rate).to.equal(33.3);
    expect(parent.previousBudget).to.equal(null);
    expect(d.warnings).to.deep.equal([]);
  });

  it('compares subtotals with decimals exactly', () => {
    const d = deriveBudget(section({ items: [item('p', 0.3, { children: [item('x', 0.1), item('y', 0.2)] })] }), en);
    expect(d.warnings).to.deep.equal([]);
  });
});

describe('deriveBudget: series', () => {
  it('derives each period and checks its stated rate', () => {
    const d = deriveBudget(
      section({
        series: [
          { period: '2015', budget: 200, executed: 110, rate: 50 },
          { period: { ko: '2016년', en: '2016' }, budget: 300, executed: 150, rate: 50 },
        ],
      }),
      en,
    );
    expect(d.series.map((p) => [p.path, p.rate, p.remaining, p.statedRate, p.disputed])).to.deep.equal([
      ['/series/0', 55, 90, 50, ['rate']],
      ['/series/1', 50, 150, 50, []],
    ]);
    expect(d.warnings).to.have.length(1);
    expect(d.warnings[0]).to.include({ code: 'rate-mismatch', path: '/sections/2/series/0/rate', stated: 50, computed: 55 });
    expect(d.warnings[0].message).to.equal('Execution rate in 2015: stated 50% but 110 / 200 is 55.0%.');
  });

  it('orders warnings: total, items, series', () => {
    const d = deriveBudget(
      section({
        series: [{ period: '2015', budget: 200, executed: 110, rate: 50 }],
        items: [item('a', 10, { executed: 1, rate: 1 })],
        total: { budget: 11 },
      }),
      en,
    );
    expect(d.warnings.map((w) => w.path)).to.deep.equal([
      '/sections/2/total/budget',
      '/sections/2/items/0/rate',
      '/sections/2/series/0/rate',
    ]);
  });
});

describe('deriveBudget: maxAmount', () => {
  it('is the largest amount of the top-level rows and the series', () => {
    const d = deriveBudget(
      section({
        items: [item('a', 10, { previousBudget: 40, children: [item('x', 99)] })],
        series: [{ period: '2015', budget: 30, executed: 35 }],
      }),
      en,
    );
    expect(d.maxAmount).to.equal(40);
    expect(deriveBudget(section({ items: [] }), en).maxAmount).to.equal(0);
  });
});
