import { expect } from '@open-wc/testing';
import { deriveStaffing } from '../../src/derive/staffing.js';
import {
  HEAT,
  cellContent,
  heatClass,
  layoutColumns,
  layoutRows,
  visibleRows,
  type CellFormat,
} from '../../src/components/staffing-grid/staffing-grid.layout.js';
import { gridFormat } from '../../src/components/staffing-grid/staffing-grid.format.js';
import { gridMessages } from '../../src/components/staffing-grid/staffing-grid.messages.js';
import { summarize } from '../../src/components/staffing-grid/staffing-grid.summary.js';
import { uiMessages } from '../../src/format/messages.js';
import { pickText } from '../../src/format/lang.js';
import type { StaffingSection } from '../../src/schema/types.js';
import { smallSection } from './staffing-grid-fixture.js';

const ctx = (lang: 'ko' | 'en') => {
  const messages = uiMessages(lang);
  const gm = gridMessages(lang);
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const fmt: CellFormat = gridFormat({ locale, messages, negativeStyle: lang === 'ko' ? 'triangle' : 'minus' }, gm);
  return { fmt, gm, text: (t: Parameters<typeof pickText>[0]) => pickText(t, lang) };
};

describe('staffing-grid layout: columns and rows', () => {
  const d = deriveStaffing(smallSection(), { lang: 'ko', locale: 'ko-KR', basePath: '' });
  const cols = layoutColumns(d);
  const rows = layoutRows(d.units, cols);

  it('puts 계 first, then per labelled group its 소계 and grades; an ungrouped grade alone', () => {
    expect(cols.map((c) => [c.kind, c.key, c.group])).to.deep.equal([
      ['t', '', -1],
      ['s', '0', 0],
      ['g', 'g4', 0],
      ['g', 'g5', 0],
      ['s', '1', 1],
      ['g', 's4', 1],
      ['g', 'sub', 2],
    ]);
  });

  it('lists every unit depth-first with its parent and its cells in column order', () => {
    expect(rows.map((r) => [pickText(r.unit.name, 'ko'), r.parent])).to.deep.equal([
      ['감사관', -1],
      ['기획관', -1],
      ['본부', 1],
      ['기획담당', 1],
      ['기획팀', 3],
    ]);
    expect(rows[0]!.cells.map((c) => [c.authorized, c.current])).to.deep.equal([
      [5, 4], [5, 3], [1, 1], [4, 2], [0, 0], [0, 0], [0, 1],
    ]);
    expect(rows[1]!.cells.map((c) => [c.authorized, c.current])).to.deep.equal([
      [5, 6], [4, 4], [1, 1], [3, 3], [1, 2], [1, 2], [0, 0],
    ]);
  });

  it('hides the descendants of collapsed units', () => {
    const ids = (collapsed: string[]) => visibleRows(rows, new Set(collapsed)).map((r) => rows.indexOf(r));
    expect(ids([])).to.deep.equal([0, 1, 2, 3, 4]);
    expect(ids(['/units/1/children/1'])).to.deep.equal([0, 1, 2, 3]);
    expect(ids(['/units/1'])).to.deep.equal([0, 1]);
    expect(ids(['/units/1', '/units/1/children/1'])).to.deep.equal([0, 1]);
    expect(ids(['/units/0'])).to.deep.equal([0, 1, 2, 3, 4]);
  });
});

describe('staffing-grid layout: cells', () => {
  const d = deriveStaffing(smallSection(), { lang: 'ko', locale: 'ko-KR', basePath: '' });
  const cols = layoutColumns(d);
  const [audit] = layoutRows(d.units, cols);
  const ko = ctx('ko').fmt;
  const en = ctx('en').fmt;
  const show = (view: 'diff' | 'current' | 'authorized' | 'vacancy' | 'delta', f = ko) =>
    audit!.cells.map((c) => {
      const x = cellContent(c, view, f);
      return [x.text, x.cls];
    });

  it('diff: current / authorized, then on a second line the icon and the signed difference; tone and heat classes', () => {
    expect(show('diff')).to.deep.equal([
      ['4 / 5\n↓△1', 'short d h2'],
      ['3 / 5\n↓△2', 'short d h3'],
      ['1 / 1\n\u00a0', ''],
      ['2 / 4\n↓△2', 'short d h4'],
      ['-\n\u00a0', ''],
      ['-\n\u00a0', ''],
      ['1 / -\n↑+1', 'over d'],
    ]);
    expect(show('diff', en).map((x) => x[0]!.split('\n')[1])).to.deep.equal(['↓−1', '↓−2', '\u00a0', '↓−2', '\u00a0', '\u00a0', '↑+1']);
  });

  it('says each diff cell in words', () => {
    const label = (f: CellFormat, i: number) => cellContent(audit!.cells[i]!, 'diff', f).label;
    expect(label(ko, 0)).to.equal('현원 4, 정원 5, 1명 부족');
    expect(label(ko, 2)).to.equal('현원 1, 정원 1, 과부족 없음');
    expect(label(ko, 6)).to.equal('현원 1, 정원 0, 1명 초과');
    expect(label(en, 1)).to.equal('Current 3, Authorized 5, 2 short');
  });

  it('current, authorized and vacancy views', () => {
    expect(show('current').map((x) => x[0])).to.deep.equal(['4', '3', '1', '2', '-', '-', '1']);
    expect(show('authorized').map((x) => x[0])).to.deep.equal(['5', '5', '1', '4', '-', '-', '-']);
    expect(show('current').map((x) => x[1])).to.deep.equal(['h2', 'h3', '', 'h4', '', '', '']);
    expect(show('vacancy')).to.deep.equal([
      ['↓20.0%', 'short h2'],
      ['↓40.0%', 'short h3'],
      ['0.0%', ''],
      ['↓50.0%', 'short h4'],
      ['-', ''],
      ['-', ''],
      ['↑-', 'over'],
    ]);
    // The icon in words: the shortage or surplus beside the rate, even where there is no rate.
    const labels = audit!.cells.map((c) => cellContent(c, 'vacancy', ko).label);
    expect(labels).to.deep.equal(['20.0%, 1명 부족', '40.0%, 2명 부족', '0.0%', '50.0%, 2명 부족', '해당 없음', '해당 없음', '해당 없음, 1명 초과']);
    expect(cellContent(audit!.cells[6]!, 'vacancy', en).label).to.equal('not applicable, 1 over');
  });

  it('marks disputed figures in class and words', () => {
    const cell = { ...audit!.cells[0]!, disputed: ['current' as const] };
    expect(cellContent(cell, 'diff', ko).cls).to.equal('short d h2 disputed');
    expect(cellContent(cell, 'diff', ko).label).to.equal('현원 4, 정원 5, 1명 부족 (보고서 기재값, 계산값과 다름)');
    expect(cellContent(cell, 'authorized', ko).cls).to.equal('h2');
    expect(cellContent(cell, 'current', ko).cls).to.equal('h2 disputed');
  });

  it('bins vacancy rates for the heat scale', () => {
    expect([null, 0, 0.1, 9.9, 10, 24.9, 25, 49.9, 50, 100, -0.1, -9.9, -10, -300].map(heatClass)).to.deep.equal([
      '', '', 'h1', 'h1', 'h2', 'h2', 'h3', 'h3', 'h4', 'h4', 'o1', 'o1', 'o2', 'o2',
    ]);
  });

  it('names every step of the heat scale in words and numbers, ko and en', () => {
    const steps = (lang: 'ko' | 'en') => HEAT.map(([cls, lo, hi]) => [cls, gridMessages(lang).bin(cls[0] === 'o', lo, hi)]);
    expect(steps('ko')).to.deep.equal([
      ['h1', '결원 10% 미만'],
      ['h2', '결원 10% 이상 25% 미만'],
      ['h3', '결원 25% 이상 50% 미만'],
      ['h4', '결원 50% 이상'],
      ['o1', '초과 10% 미만'],
      ['o2', '초과 10% 이상'],
    ]);
    expect(steps('en').map((x) => x[1])).to.deep.equal([
      'vacancy under 10%',
      'vacancy 10% to under 25%',
      'vacancy 25% to under 50%',
      'vacancy 50% or more',
      'surplus under 10%',
      'surplus 10% or more',
    ]);
    // Each step's bounds are the ones heatClass bins by.
    for (const [cls, lo, hi] of HEAT) {
      const sign = cls[0] === 'o' ? -1 : 1;
      expect(heatClass(sign * (lo || 0.1)), `${cls} from ${lo}`).to.equal(cls);
      if (hi) expect(heatClass(sign * (hi - 0.1)), `${cls} under ${hi}`).to.equal(cls);
      if (hi) expect(heatClass(sign * hi), `${cls} not at ${hi}`).not.to.equal(cls);
    }
  });
});

describe('staffing-grid layout: the report layout\'s 과부족 row (delta)', () => {
  it('shows the signed difference alone, - for zero, tone for the icon, and says it in words', () => {
    const d = deriveStaffing(smallSection(), { lang: 'ko', locale: 'ko-KR', basePath: '' });
    const [audit] = layoutRows(d.units, layoutColumns(d));
    const x = audit!.cells.map((c) => cellContent(c, 'delta', ctx('ko').fmt));
    expect(x.map((c) => [c.text, c.cls])).to.deep.equal([
      ['↓△1', 'short h2'],
      ['↓△2', 'short h3'],
      ['-', ''],
      ['↓△2', 'short h4'],
      ['-', ''],
      ['-', ''],
      ['↑+1', 'over'],
    ]);
    expect(x.map((c) => c.label)).to.deep.equal(['1명 부족', '2명 부족', '과부족 없음', '2명 부족', '과부족 없음', '과부족 없음', '1명 초과']);
    const en = cellContent(audit!.cells[1]!, 'delta', ctx('en').fmt);
    expect([en.text, en.label]).to.deep.equal(['↓−2', '2 short']);
  });
});

describe('staffing-grid summary', () => {
  it('states the totals, the net shortage and the grades short, largest first', () => {
    const d = deriveStaffing(smallSection(), { lang: 'ko', locale: 'ko-KR', basePath: '' });
    const { gm, text } = ctx('ko');
    expect(summarize(d, gm, String, text)).to.equal('현원 10명 / 정원 10명, 과부족 없음');
    const short = smallSection();
    short.units[0]!.current = { g4: 1, g5: 1 };
    const d2 = deriveStaffing(short, { lang: 'ko', locale: 'ko-KR', basePath: '' });
    expect(summarize(d2, gm, String, text)).to.equal('현원 8명 / 정원 10명, 2명 부족: 일반직 5급 3명');
    const en = ctx('en');
    expect(summarize(d2, en.gm, String, en.text)).to.equal('Current 8 / authorized 10, 2 short: General 5급 3');
  });

  it('lists at most three grades, then how many more', () => {
    const s: StaffingSection = {
      id: 's',
      kind: 'staffing',
      grades: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() })),
      units: [{ name: 'u', authorized: { a: 1, b: 3, c: 2, d: 2, e: 1 }, current: { e: 2 } }],
    };
    const d = deriveStaffing(s, { lang: 'en', locale: 'en', basePath: '' });
    const { gm, text } = ctx('en');
    expect(summarize(d, gm, String, text)).to.equal('Current 2 / authorized 9, 7 short: B 3, C 2, D 2, and 1 more grade');
    const ko = ctx('ko');
    expect(summarize(d, ko.gm, String, ko.text)).to.equal('현원 2명 / 정원 9명, 7명 부족: B 3명, C 2명, D 2명, 외 1개 직급');
  });
});

describe('staffing-grid format', () => {
  it('writes counts, signed differences and rates as the reports do, with spoken labels', () => {
    const ko = ctx('ko').fmt;
    const en = ctx('en').fmt;
    expect([ko.count(0), ko.count(1234), ko.signed(-3), ko.signed(2), ko.signed(0)]).to.deep.equal([
      { text: '-', label: '0' },
      { text: '1,234', label: '1,234' },
      { text: '△3', label: '마이너스 3' },
      { text: '+2', label: '플러스 2' },
      { text: '-', label: '0' },
    ]);
    expect([ko.percent(28.8), ko.percent(-50), ko.percent(0), ko.percent(null)]).to.deep.equal([
      { text: '28.8%', label: '28.8%' },
      { text: '△50.0%', label: '마이너스 50.0%' },
      { text: '0.0%', label: '0.0%' },
      { text: '-', label: '해당 없음' },
    ]);
    expect([en.signed(-1), en.percent(-12.5), en.percent(null)]).to.deep.equal([
      { text: '−1', label: '−1' },
      { text: '−12.5%', label: '−12.5%' },
      { text: '-', label: 'not applicable' },
    ]);
  });
});
