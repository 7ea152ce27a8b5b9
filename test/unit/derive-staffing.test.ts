import { expect } from '@open-wc/testing';
import type { DeriveOptions } from '../../src/derive/options.js';
import { deriveStaffing, type StaffCell } from '../../src/derive/staffing.js';
import type { StaffingSection } from '../../src/schema/types.js';

const en: DeriveOptions = { lang: 'en', locale: 'en-US', basePath: '/sections/0' };
const ko: DeriveOptions = { lang: 'ko', locale: 'ko-KR', basePath: '' };

const general = { ko: '일반직', en: 'General' };
const grades: StaffingSection['grades'] = [
  { id: 'g4', label: '4급', group: general },
  { id: 'g5', label: '5급', group: general },
  { id: 's4', label: '4급상당', group: '별정직' },
  { id: 'g6', label: '6급', group: general }, // not next to its group
  { id: 'sub', label: '대체인력' }, // no group
];

/**
 * 감사관 (leaf); 기획조정실 (parent: stated 정원 with a wrong 5급, 현원 derived) with
 * 본부 (leaf) and 기획담당관 (parent: stated 현원 with a wrong 6급) > 기획팀 (leaf).
 */
function staffing(total?: StaffingSection['total']): StaffingSection {
  return {
    id: 'staff',
    kind: 'staffing',
    grades,
    units: [
      { id: 'audit', name: '감사관', authorized: { g5: 2, g6: 8 }, current: { g5: 3, g6: 5 } },
      {
        id: 'planning',
        name: { ko: '기획조정실', en: 'Planning Office' },
        authorized: { g4: 1, g5: 4, g6: 5, s4: 1 },
        children: [
          { name: '본부', authorized: { g4: 1, g5: 2, g6: 3, s4: 1 }, current: { g4: 1, g5: 2, g6: 4, s4: 1 } },
          {
            name: '기획담당관',
            current: { g6: 3, sub: 1 },
            children: [{ name: '기획팀', authorized: { g5: 1, g6: 2 }, current: { g6: 2, sub: 1 } }],
          },
        ],
      },
    ],
    ...(total ? { total } : {}),
  };
}

/** [authorized, current, difference, vacancyRate, absent, disputed] */
function figures(cell: StaffCell): unknown[] {
  return [cell.authorized, cell.current, cell.difference, cell.vacancyRate, cell.absent, cell.disputed];
}

describe('deriveStaffing: columns', () => {
  it('groups grades by group in order of first appearance; an ungrouped grade stands alone', () => {
    const d = deriveStaffing(staffing(), en);
    expect(d.groups).to.deep.equal([
      { key: JSON.stringify(general), label: general, gradeIds: ['g4', 'g5', 'g6'] },
      { key: '"별정직"', label: '별정직', gradeIds: ['s4'] },
      { key: 'ungrouped:sub', label: undefined, gradeIds: ['sub'] },
    ]);
    expect(d.grades.map((g) => [g.id, g.groupIndex])).to.deep.equal([
      ['g4', 0],
      ['g5', 0],
      ['s4', 1],
      ['g6', 0],
      ['sub', 2],
    ]);
  });

  it('gives two ungrouped grades a group each', () => {
    const d = deriveStaffing(
      { id: 's', kind: 'staffing', grades: [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }], units: [] },
      en,
    );
    expect(d.groups.map((g) => g.key)).to.deep.equal(['ungrouped:a', 'ungrouped:b']);
  });
});

describe('deriveStaffing: cells', () => {
  const d = deriveStaffing(staffing(), en);
  const audit = d.units[0];

  it('derives difference and vacancy rate, with surplus and nothing authorized', () => {
    expect(figures(audit.grades['g6'])).to.deep.equal([8, 5, -3, 37.5, [], []]);
    expect(figures(audit.grades['g5'])).to.deep.equal([2, 3, 1, -50, [], []]); // surplus: negative
    expect(figures(audit.grades['g4'])).to.deep.equal([0, 0, 0, null, ['authorized', 'current'], []]);
  });

  it('sums groups (소계) and the unit (계)', () => {
    expect(audit.groups.map(figures)).to.deep.equal([
      [10, 8, -2, 20, [], []],
      [0, 0, 0, null, ['authorized', 'current'], []],
      [0, 0, 0, null, ['authorized', 'current'], []],
    ]);
    expect(figures(audit.total)).to.deep.equal([10, 8, -2, 20, [], []]);
  });

  it('rounds vacancy rates half up, symmetric for a surplus', () => {
    const unit = (authorized: number, current: number) =>
      deriveStaffing(
        { id: 's', kind: 'staffing', grades: [{ id: 'a', label: 'a' }], units: [{ name: 'u', authorized: { a: authorized }, current: { a: current } }] },
        en,
      ).units[0].total.vacancyRate;
    expect(unit(80, 57)).to.equal(28.8); // 23 / 80 = 28.75
    expect(unit(80, 103)).to.equal(-28.8);
    expect(unit(3, 2)).to.equal(33.3);
    expect(unit(0, 2)).to.equal(null);
  });
});

describe('deriveStaffing: parents and children', () => {
  const d = deriveStaffing(staffing(), en);
  const planning = d.units[1];
  const office = planning.children[1];

  it('shows stated figures, checked, and derives the missing ones from the children', () => {
    expect(planning.path).to.equal('/units/1');
    expect(figures(planning.grades['g5'])).to.deep.equal([4, 2, -2, 50, [], ['authorized']]);
    expect(figures(planning.grades['g6'])).to.deep.equal([5, 7, 2, -40, [], []]);
    // stated 정원 lacks 대체인력: stated 0 (shown as -); 현원 comes from the children
    expect(figures(planning.grades['sub'])).to.deep.equal([0, 1, 1, null, ['authorized'], []]);
    expect(figures(planning.total)).to.deep.equal([11, 12, 1, -9.1, [], []]);
  });

  it('checks a nested parent, counting a grade missing from its stated object as 0', () => {
    expect(office.path).to.equal('/units/1/children/1');
    expect(office.depth).to.equal(1);
    expect(office.children[0].depth).to.equal(2);
    expect(figures(office.grades['g6'])).to.deep.equal([2, 3, 1, -50, [], ['current']]);
    expect(figures(office.grades['g5'])).to.deep.equal([1, 0, -1, 100, ['current'], []]);
  });

  it('warns about each wrong subtotal, the parent before its children', () => {
    expect(d.warnings.map((w) => [w.code, w.path, w.stated, w.computed])).to.deep.equal([
      ['subtotal-mismatch', '/sections/0/units/1/authorized/g5', 4, 3],
      ['subtotal-mismatch', '/sections/0/units/1/children/1/current/g6', 3, 2],
    ]);
    expect(d.warnings[0].message).to.equal(
      'Authorized staff (5급) of Planning Office: the report states 4 but its sub-units add up to 3.',
    );
    expect(deriveStaffing(staffing(), ko).warnings.map((w) => [w.path, w.message])).to.deep.equal([
      ['/units/1/authorized/g5', '기획조정실 5급 정원: 보고서에는 4명이지만 하위 부서의 합은 3명입니다.'],
      ['/units/1/children/1/current/g6', '기획담당관 6급 현원: 보고서에는 3명이지만 하위 부서의 합은 2명입니다.'],
    ]);
  });

  it('escapes a grade id in the pointer', () => {
    const d2 = deriveStaffing(
      {
        id: 's',
        kind: 'staffing',
        grades: [{ id: '9/10급', label: '9/10급' }],
        units: [{ name: 'p', authorized: { '9/10급': 2 }, children: [{ name: 'c', authorized: { '9/10급': 1 } }] }],
      },
      en,
    );
    expect(d2.warnings.map((w) => w.path)).to.deep.equal(['/sections/0/units/0/authorized/9~110급']);
  });

  it('reads only own properties of the figure objects', () => {
    const d2 = deriveStaffing(
      { id: 's', kind: 'staffing', grades: [{ id: 'constructor', label: 'c' }], units: [{ name: 'u', authorized: {} }] },
      en,
    );
    expect(figures(d2.units[0].grades['constructor'])).to.deep.equal([0, 0, 0, null, ['authorized', 'current'], []]);
  });
});

describe('deriveStaffing: grand total (계)', () => {
  it('sums the top-level units', () => {
    const d = deriveStaffing(staffing(), en);
    expect(d.total.path).to.equal('/total');
    expect(d.total.name).to.deep.equal({ ko: '계', en: 'Total' });
    expect(d.total.grades['g6'].authorized).to.equal(13);
    expect(d.total.groups.map(figures)).to.deep.equal([
      [20, 18, -2, 10, [], []],
      [1, 1, 0, 0, [], []],
      [0, 1, 1, null, ['authorized'], []],
    ]);
    expect(figures(d.total.total)).to.deep.equal([21, 20, -1, 4.8, [], []]);
    expect(d.computedTotal).to.deep.equal({ authorized: 21, current: 20 });
    expect(d.statedTotal).to.deep.equal({ authorized: null, current: null });
  });

  it('shows a wrong stated total, marked disputed, and warns first', () => {
    const d = deriveStaffing(staffing({ authorized: 22, current: 20 }), en);
    expect(figures(d.total.total)).to.deep.equal([22, 20, -2, 9.1, [], ['authorized']]);
    expect(d.computedTotal).to.deep.equal({ authorized: 21, current: 20 });
    expect(d.warnings[0]).to.deep.equal({
      code: 'total-mismatch',
      path: '/sections/0/total/authorized',
      stated: 22,
      computed: 21,
      message: 'Total authorized staff: the report states 22 but the units add up to 21.',
    });
    expect(d.warnings).to.have.length(3);
    expect(deriveStaffing(staffing({ authorized: 22 }), ko).warnings[0].message).to.equal(
      '계 정원: 보고서에는 22명이지만 부서의 합은 21명입니다.',
    );
  });
});

describe('deriveStaffing: vacancy rate in exact integer arithmetic', () => {
  const rate = (authorized: number, current: number) =>
    deriveStaffing(
      { id: 's', kind: 'staffing', grades: [{ id: 'a', label: 'a' }], units: [{ name: 'u', authorized: { a: authorized }, current: { a: current } }] },
      en,
    ).units[0].total.vacancyRate;

  it('rounds half away from zero at one decimal, never giving −0', () => {
    expect(rate(2000, 1999)).to.equal(0.1); // 0.05
    expect(rate(2000, 2001)).to.equal(-0.1); // −0.05
    expect(rate(7, 6)).to.equal(14.3); // 14.2857…
    expect(rate(6, 5)).to.equal(16.7);
    expect(rate(8, 1)).to.equal(87.5);
    expect(rate(3, 0)).to.equal(100);
    expect(Object.is(rate(5, 5), 0)).to.equal(true);
    expect(rate(1, 4)).to.equal(-300);
    expect(rate(9999999, 1)).to.equal(100); // 99.99998…
  });
});
