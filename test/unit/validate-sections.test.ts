import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/schema/validate-document.js';
import { budget, check, codes, doc, pledge, problemsOf, staffing } from './validate-fixtures.js';

// Lone sections keep the paths short; the document case is covered in validate.test.ts.
const budgetProblems = (extra: Record<string, unknown>, lang: 'en' | 'ko' = 'en') =>
  problemsOf(budget(extra), { kind: 'budget-execution', lang });
const pledgeProblems = (extra: Record<string, unknown>, lang: 'en' | 'ko' = 'en') =>
  problemsOf(pledge(extra), { kind: 'pledge-progress', lang });
const staffingProblems = (extra: Record<string, unknown>, lang: 'en' | 'ko' = 'en') =>
  problemsOf(staffing(extra), { kind: 'staffing', lang });

describe('validate: budget-execution', () => {
  it('accepts items, series, or both', () => {
    expect(budgetProblems({})).to.deep.equal([]);
    expect(budgetProblems({ items: undefined, series: [{ period: '2015', budget: 10, executed: 9, rate: 90 }] })).to.deep.equal([]);
    expect(budgetProblems({ series: [], items: [] })).to.deep.equal([]);
  });

  it('needs items or series', () => {
    const problems = budgetProblems({ items: undefined });
    expect(problems).to.deep.equal([{ code: 'required', path: '', message: 'Needs "items", "series" or both.' }]);
    expect(codes(problemsOf(doc({ id: 'b', kind: 'budget-execution' })))).to.deep.equal(['required /sections/0']);
    expect(budgetProblems({ items: undefined }, 'ko')[0]!.message).to.include('"items"나 "series"');
  });

  it('checks scale and currency', () => {
    for (const scale of [1, 1000, 1000000, 100000000]) expect(budgetProblems({ scale }), String(scale)).to.deep.equal([]);
    const problems = budgetProblems({ scale: '1000', currency: 'krw' });
    expect(codes(problems)).to.deep.equal(['enum /scale', 'pattern /currency']);
    expect(problems[0]!.message).to.equal('Must be one of: 1, 1000, 1000000, 100000000.');
    expect(problems[1]!.message).to.include('"KRW"');
    expect(codes(budgetProblems({ scale: 10, currency: 'KRWON' }))).to.deep.equal(['enum /scale', 'pattern /currency']);
    expect(budgetProblems({ currency: 'USD' })).to.deep.equal([]);
  });

  it('checks every field of an item', () => {
    const problems = budgetProblems({
      items: [
        { budget: 1 },
        { name: 'b' },
        { name: 'c', budget: -1, executed: -0.5, previousBudget: '12', rate: '55.2%', note: 5, children: {} },
        { name: 'd', budget: 1, rate: 120.5 },
      ],
    });
    expect(codes(problems)).to.deep.equal([
      'required /items/0/name',
      'required /items/1/budget',
      'minimum /items/2/budget',
      'minimum /items/2/executed',
      'type /items/2/previousBudget',
      'type /items/2/rate',
      'type /items/2/note',
      'type /items/2/children',
    ]);
    expect(problems[2]!.message).to.equal('Must be 0 or more.');
    expect(problems[5]!.message).to.include('"55.2%"');
  });

  it('checks children at any depth', () => {
    const items = [{ name: 'a', budget: 3, children: [{ name: 'b', budget: 1 }, { name: 'c', budget: 2, children: [{ name: 'd', budget: 'x' }] }] }];
    expect(codes(budgetProblems({ items }))).to.deep.equal(['type /items/0/children/1/children/0/budget']);
  });

  it('wants item ids unique across the whole tree, and not empty', () => {
    const items = [
      { id: 'a', name: 'a', budget: 1, children: [{ id: 'b', name: 'b', budget: 1 }] },
      { id: 'b', name: 'b2', budget: 1 },
      { id: '', name: 'c', budget: 1 },
      { id: 7, name: 'd', budget: 1 },
    ];
    const problems = budgetProblems({ items });
    expect(codes(problems)).to.deep.equal(['duplicate-id /items/1/id', 'required /items/2/id', 'type /items/3/id']);
    expect(problems[0]!.message).to.equal('The id "b" is used more than once.');
    expect(budgetProblems({ items }, 'ko')[0]!.message).to.equal('아이디가 중복됩니다: "b".');
  });

  it('checks series points and the total', () => {
    const problems = budgetProblems({
      series: [{ budget: 1 }, { period: 2016, budget: 1, executed: -3 }],
      total: { budget: -1, executed: '5', previousBudget: 1, sum: 3 },
    });
    expect(codes(problems)).to.deep.equal([
      'required /series/0/period',
      'type /series/1/period',
      'minimum /series/1/executed',
      'minimum /total/budget',
      'type /total/executed',
      'unknown-property /total/sum',
    ]);
    expect(codes(budgetProblems({ total: [] }))).to.deep.equal(['type /total']);
  });

  it('checks the properties every section has', () => {
    const problems = budgetProblems({ title: 1, asOf: '2016-1-1', notes: { ko: 2 }, source: 'https://x' });
    expect(codes(problems)).to.deep.equal(['type /title', 'date /asOf', 'type /notes/ko', 'type /source']);
  });
});

describe('validate: pledge-progress', () => {
  it('accepts counts without items', () => {
    expect(pledgeProblems({ items: undefined, counts: { done: 3, 'on-track': 0, 'x-source': 'p.12' }, total: 3 })).to.deep.equal([]);
  });

  it('needs at least one status, each with a unique id, a label and a known stage', () => {
    expect(codes(pledgeProblems({ statuses: undefined, items: undefined }))).to.deep.equal(['required /statuses']);
    expect(codes(pledgeProblems({ statuses: [], items: undefined }))).to.deep.equal(['min-items /statuses']);
    const problems = pledgeProblems({
      statuses: [
        { id: 'done', label: '완료', stage: 'done' },
        { id: 'done', label: '완료', stage: 'finished' },
        { label: '부진', stage: 'delayed' },
        { id: 'on-track', stage: 'progress' },
      ],
    });
    expect(codes(problems)).to.deep.equal([
      'duplicate-id /statuses/1/id',
      'enum /statuses/1/stage',
      'required /statuses/2/id',
      'required /statuses/3/label',
    ]);
    expect(problems[1]!.message).to.equal('Must be one of: "done", "progress", "delayed", "not-started", "dropped".');
  });

  it('wants category and item ids unique', () => {
    const problems = pledgeProblems({
      categories: [{ id: 'policy', label: '정책공약' }, { id: 'policy', label: '혁신공약' }],
      items: [
        { id: 'P-1', title: 'a', status: 'done' },
        { id: 'P-1', title: 'b', status: 'done' },
        { title: 'c', status: 'done' },
      ],
    });
    expect(codes(problems)).to.deep.equal([
      'duplicate-id /categories/1/id',
      'duplicate-id /items/1/id',
      'required /items/2/id',
    ]);
  });

  it('requires a declared status for each item and names the item', () => {
    const problems = pledgeProblems({ items: [{ id: 'P-7', title: 'a', status: '완료' }, { id: 'P-8', title: 'b' }] });
    expect(problems).to.deep.equal([
      {
        code: 'undeclared-status',
        path: '/items/0/status',
        message: 'Item "P-7": status "완료" is not declared in "statuses" (declared: "done", "on-track").',
      },
      { code: 'required', path: '/items/1/status', message: '"status" is required.' },
    ]);
    expect(pledgeProblems({ items: [{ id: 'P-7', title: 'a', status: '완료' }] }, 'ko')[0]!.message).to.equal(
      '항목 "P-7": "statuses"에 없는 상태 "완료"입니다(선언된 상태: "done", "on-track").',
    );
  });

  it('requires declared statuses in the history, naming the item', () => {
    const items = [
      {
        id: 'P-3',
        title: 'a',
        status: 'done',
        history: [{ date: '2015-03-01', status: 'on-track', note: '착수' }, { date: '2016-01', status: 'started' }, { status: 'done' }],
      },
    ];
    const problems = pledgeProblems({ items });
    expect(codes(problems)).to.deep.equal([
      'date /items/0/history/1/date',
      'undeclared-status /items/0/history/1/status',
      'required /items/0/history/2/date',
    ]);
    expect(problems[1]!.message).to.include('Item "P-3"').and.include('"started"');
  });

  it('requires a declared category, naming the item', () => {
    const problems = pledgeProblems({ items: [{ id: 'P-1', title: 'a', status: 'done', category: 'civic' }] });
    expect(problems).to.deep.equal([
      {
        code: 'undeclared-category',
        path: '/items/0/category',
        message: 'Item "P-1": category "civic" is not declared in "categories" (declared: "policy").',
      },
    ]);
    const [none] = pledgeProblems({ categories: undefined, items: [{ id: 'P-1', title: 'a', status: 'done', category: 'civic' }] }, 'ko');
    expect(none!.message).to.equal('항목 "P-1": "categories"에 없는 분류 "civic"입니다(선언된 분류: —).');
  });

  it('checks counts: declared status ids, integers ≥ 0', () => {
    const problems = pledgeProblems({ counts: { done: 2, delayed: 1, 'on-track': 1.5, 'x-note': 'ignored' } });
    expect(codes(problems)).to.deep.equal(['undeclared-status /counts/delayed', 'integer /counts/on-track']);
    expect(problems[0]!.message).to.equal('Status "delayed" is not declared in "statuses" (declared: "done", "on-track").');
    expect(codes(pledgeProblems({ counts: { done: -1, 'on-track': '3' } }))).to.deep.equal(['minimum /counts/done', 'type /counts/on-track']);
    expect(codes(pledgeProblems({ counts: [1, 2] }))).to.deep.equal(['type /counts']);
  });

  it('checks total: an integer ≥ 0', () => {
    expect(codes(pledgeProblems({ total: 2.5 }))).to.deep.equal(['integer /total']);
    expect(codes(pledgeProblems({ total: -2 }))).to.deep.equal(['minimum /total']);
    expect(codes(pledgeProblems({ total: '2' }))).to.deep.equal(['type /total']);
    expect(pledgeProblems({ total: 2 })).to.deep.equal([]);
  });

  it('checks progress, dates and the link of an item', () => {
    const item = { id: 'P-1', title: 'a', status: 'done' };
    const problems = pledgeProblems({
      items: [
        { ...item, id: 'a', progress: 100.5, due: '2018-13', updated: '2018-06' },
        { ...item, id: 'b', progress: -1, due: '2018-06-31', url: 'javascript:void(0)' },
        { ...item, id: 'c', progress: '50', due: '2018-06-30', updated: '2018-06-30', url: 'https://hanbit.example.kr/p/1' },
        { ...item, id: 'd', progress: 0, due: '2018-06', department: { ko: '도시계획과' }, note: '준공' },
      ],
    });
    expect(codes(problems)).to.deep.equal([
      'maximum /items/0/progress',
      'date /items/0/due',
      'date /items/0/updated',
      'minimum /items/1/progress',
      'date /items/1/due',
      'url-scheme /items/1/url',
      'type /items/2/progress',
    ]);
    expect(problems[0]!.message).to.equal('Must be 100 or less.');
    expect(problems[1]!.message).to.include('(YYYY-MM)');
  });
});

describe('validate: staffing', () => {
  it('needs grades and units, at least one of each', () => {
    expect(codes(staffingProblems({ grades: undefined, units: undefined }))).to.deep.equal(['required /grades', 'required /units']);
    expect(codes(staffingProblems({ grades: [], units: [] }))).to.deep.equal(['min-items /grades', 'min-items /units']);
  });

  it('wants grades with unique ids and a label', () => {
    const problems = staffingProblems({
      grades: [{ id: '4급', label: '4급' }, { id: '4급', label: '4급', group: '별정직' }, { id: '5급' }],
      units: [{ name: 'x' }],
    });
    expect(codes(problems)).to.deep.equal(['duplicate-id /grades/1/id', 'required /grades/2/label']);
  });

  it('requires declared grade ids, naming the unit', () => {
    const units = [
      { id: 'planning', name: '기획예산과', authorized: { '6급': 2 } },
      { name: '총무과', current: { '4 급': 1 } },
      { name: { ko: '재무과', en: 'Finance' }, authorized: { 'x-note': '별도 정원', '5급': 1 } },
    ];
    const problems = staffingProblems({ units });
    expect(problems).to.deep.equal([
      {
        code: 'undeclared-grade',
        path: '/units/0/authorized/6급',
        message: 'Unit "planning": grade "6급" is not declared in "grades" (declared: "4급", "5급").',
      },
      {
        code: 'undeclared-grade',
        path: '/units/1/current/4 급',
        message: 'Unit "총무과": grade "4 급" is not declared in "grades" (declared: "4급", "5급").',
      },
    ]);
    expect(staffingProblems({ units }, 'ko')[0]!.message).to.equal(
      '부서 "planning": "grades"에 없는 직급 "6급"입니다(선언된 직급: "4급", "5급").',
    );
    const named = staffingProblems({ units: [{ name: { ko: '재무과' }, current: { '9급': 1 } }] });
    expect(named[0]!.message).to.include('Unit "재무과"');
  });

  it('wants figures to be integers ≥ 0', () => {
    const problems = staffingProblems({ units: [{ name: 'a', authorized: { '4급': 1.5, '5급': -1 }, current: { '4급': '1' } }] });
    expect(codes(problems)).to.deep.equal(['integer /units/0/authorized/4급', 'minimum /units/0/authorized/5급', 'type /units/0/current/4급']);
    expect(codes(staffingProblems({ units: [{ name: 'a', authorized: 3 }] }))).to.deep.equal(['type /units/0/authorized']);
  });

  it('checks children at any depth, with unit ids unique across the tree', () => {
    const units = [
      { id: 'div', name: '행정국', children: [{ id: 'hq', name: '본부', current: { '4급': 1 } }, { name: '총무과', children: [{ id: 'hq', current: { '7급': 1 } }] }] },
    ];
    expect(codes(staffingProblems({ units }))).to.deep.equal([
      'required /units/0/children/1/children/0/name',
      'duplicate-id /units/0/children/1/children/0/id',
      'undeclared-grade /units/0/children/1/children/0/current/7급',
    ]);
  });

  it('checks the total: integers ≥ 0', () => {
    expect(codes(staffingProblems({ total: { authorized: 4, current: 3.5, vacancy: 1 } }))).to.deep.equal([
      'integer /total/current',
      'unknown-property /total/vacancy',
    ]);
  });
});

describe('validateDocument', () => {
  it('checks every section of a document deeply, in document order', () => {
    const input = doc(
      budget({ items: [{ name: 'a', budget: -1 }] }),
      pledge({ total: 1.5 }),
      staffing({ units: [{ name: 'a', current: { '9급': 1 } }] }),
    );
    expect(codes(check(input))).to.deep.equal([
      'minimum /sections/0/items/0/budget',
      'integer /sections/1/total',
      'undeclared-grade /sections/2/units/0/current/9급',
    ]);
    expect(check(input, 'ko')[0]!.message).to.equal('0 이상이어야 합니다.');
  });

  it('validates a lone section of any kind', () => {
    expect(check(pledge())).to.deep.equal([]);
    // A missing list of statuses is reported once, not again by every reference to it.
    expect(codes(check(pledge({ statuses: [] })))).to.deep.equal(['min-items /statuses']);
    expect(codes(check(staffing({ grades: undefined })))).to.deep.equal(['required /grades']);
  });

  it('returns the warnings of a newer minor version', () => {
    const { problems, warnings } = validateDocument({ ...doc(staffing({ legend: 'x' })), schemaVersion: '1.1' }, 'en');
    expect(problems).to.deep.equal([]);
    expect(warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal(['unknown-property /sections/0/legend']);
  });
});
