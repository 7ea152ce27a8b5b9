import { expect } from '@open-wc/testing';
import { parseSort, sortRows, type Sortable } from '../../src/components/budget-execution-chart/budget-execution-chart.sort.js';

type Row = Sortable & { name: string };
const r = (name: string, budget: number, rate: number | null, change: number | null = null): Row => ({
  name,
  budget,
  executed: rate === null ? null : (budget * rate) / 100,
  rate,
  change,
});
const rows = [r('인건비', 300, 82.9, 10), r('기본경비', 100, null, -5), r('구정 홍보', 200, 55.2), r('예비비', 200, 0, 0)];
const names = (list: Row[]) => list.map((x) => x.name);

describe('budget chart sort', () => {
  it('parses a field, `-` for descending; anything else is document order', () => {
    expect(parseSort('-rate')).to.deep.equal({ field: 'rate', descending: true });
    expect(parseSort(' budget ')).to.deep.equal({ field: 'budget', descending: false });
    expect(parseSort('height')).to.equal(null);
    expect(parseSort(null)).to.equal(null);
    expect(sortRows(rows, null, (x) => x.name, 'ko')).to.deep.equal(rows);
  });

  it('sorts numbers both ways with missing values last and ties in document order', () => {
    const s = (spec: string) => names(sortRows(rows, parseSort(spec), (x) => x.name, 'ko'));
    expect(s('rate')).to.deep.equal(['예비비', '구정 홍보', '인건비', '기본경비']);
    expect(s('-rate')).to.deep.equal(['인건비', '구정 홍보', '예비비', '기본경비']);
    expect(s('budget')).to.deep.equal(['기본경비', '구정 홍보', '예비비', '인건비']);
    expect(s('-budget')).to.deep.equal(['인건비', '구정 홍보', '예비비', '기본경비']);
    expect(s('-change')).to.deep.equal(['인건비', '예비비', '기본경비', '구정 홍보']);
  });

  it('sorts names with Intl.Collator in the UI language, and does not touch the input', () => {
    const copy = [...rows];
    expect(names(sortRows(rows, parseSort('name'), (x) => x.name, 'ko'))).to.deep.equal(['구정 홍보', '기본경비', '예비비', '인건비']);
    expect(names(sortRows(rows, parseSort('-name'), (x) => x.name, 'ko'))).to.deep.equal(['인건비', '예비비', '기본경비', '구정 홍보']);
    const en = [r('item 10', 1, 1), r('Item 9', 1, 1), r('apple', 1, 1)];
    expect(names(sortRows(en, parseSort('name'), (x) => x.name, 'en'))).to.deep.equal(['apple', 'Item 9', 'item 10']);
    expect(rows).to.deep.equal(copy);
  });
});
