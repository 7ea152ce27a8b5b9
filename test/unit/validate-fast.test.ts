// The validator's results for invalid documents, pinned: problems, warnings, their JSON
// Pointers and their English and Korean wording must not change when the validator is made
// faster or smaller. The expectations were produced by the validator as it was before it
// built a value's pointer only for a problem. Also: long valid documents have no problems.
import { expect } from '@open-wc/testing';
import { validateDocument } from '../../src/schema/validate-document.js';
import type { Problem } from '../../src/schema/types.js';
import { plainItem } from '../../src/schema/validate-pledge.js';
import { isObject } from '../../src/schema/validate.js';

const statuses = [{ id: 'done', label: '완료', stage: 'done' }, { id: 'on-track', label: '정상추진', stage: 'progress' }];
const doc = (...sections: unknown[]) => ({ schemaVersion: '1.0', meta: { title: 't' }, sections });
const pledge = (extra: Record<string, unknown>) => ({ id: 'p', kind: 'pledge-progress', statuses, categories: [{ id: 'policy', label: 'p' }], ...extra });

const CASES: Record<string, unknown> = {
  'escaped keys': doc({ id: 'b', kind: 'budget-execution', items: [{ name: { ko: 'a', 'a/b~c': 'x', en: 1 }, budget: 1, 'bad/key~': 2 }] }),
  'pledge items': doc(pledge({ items: [
    { id: 'P-1', title: 't', status: 'gone', category: 'none', progress: 100.5, due: '2024-02-30', updated: '2024-02' },
    { id: 'P-1', title: '', status: 'done', progress: -1, due: '2024-13', history: [{ date: '2023-02-29', status: 'gone' }, { status: 1, extra: 0 }] },
    { title: { ko: '이름' }, status: 'done', progress: '50%', due: '0000-02-29', updated: '2024-02-29', url: 'javascript:x' },
  ], counts: { done: 1.5, gone: 2, 'x-note': 'ok' }, total: '1,234' })),
  'staffing figures': doc({ id: 's', kind: 'staffing', grades: [{ id: '4급', label: '4급' }], units: [
    { name: { en: 'Planning' }, authorized: { '4급': 1, '5/급': 2 }, current: { '4급': -1 }, children: [{ id: 'c', name: 'c', current: { '9급': 1 } }, 'x'] },
  ], total: { authorized: 1.5 } }),
  'newer version': { schemaVersion: '1.4', meta: { title: 't', logo: 'x' }, sections: [{ id: 'n', kind: 'map' }, { id: 'b', kind: 'budget-execution', series: [{ period: 2015, budget: 1, trend: 'up' }] }] },
  'envelope': { meta: { organization: 'o', asOf: '2024-04-31', locale: 'ko_KR' }, sections: [{ kind: 'budget-execution', items: [] }, { id: 'b', kind: 'charts' }, 7], extra: 1 },
  'lone section': { kind: 'budget-execution', id: 'a b', scale: 10, currency: 'krw', items: {}, total: { budget: 'x' } },
};

const EXPECTED: Record<string, { problems: string[]; warnings: string[]; ko: string[] }> = {
  'escaped keys': {
    problems: [
      'pattern /sections/0/items/0/name/a~1b~0c Must be a BCP 47 language tag such as "ko-KR".',
      'type /sections/0/items/0/name/en Must be text (a JSON string).',
      'unknown-property /sections/0/items/0/bad~1key~0 Unknown property "bad/key~": check the spelling (names starting with "x-" are allowed).',
    ],
    warnings: [],
    ko: [
      '"ko-KR" 같은 BCP 47 언어 태그여야 합니다.',
      '문자열이어야 합니다.',
      '알 수 없는 속성입니다: "bad/key~". 철자를 확인해 주세요("x-"로 시작하는 이름은 허용됩니다).',
    ],
  },
  'pledge items': {
    problems: [
      'undeclared-status /sections/0/items/0/status Item "P-1": status "gone" is not declared in "statuses" (declared: "done", "on-track").',
      'undeclared-category /sections/0/items/0/category Item "P-1": category "none" is not declared in "categories" (declared: "policy").',
      'maximum /sections/0/items/0/progress Must be 100 or less.',
      'date /sections/0/items/0/due Must be a real date (YYYY-MM-DD) or month (YYYY-MM).',
      'date /sections/0/items/0/updated Must be a real date, YYYY-MM-DD.',
      'duplicate-id /sections/0/items/1/id The id "P-1" is used more than once.',
      'minimum /sections/0/items/1/progress Must be 0 or more.',
      'date /sections/0/items/1/due Must be a real date (YYYY-MM-DD) or month (YYYY-MM).',
      'date /sections/0/items/1/history/0/date Must be a real date, YYYY-MM-DD.',
      'undeclared-status /sections/0/items/1/history/0/status Item "P-1": status "gone" is not declared in "statuses" (declared: "done", "on-track").',
      'required /sections/0/items/1/history/1/date "date" is required.',
      'type /sections/0/items/1/history/1/status Must be text (a JSON string).',
      'unknown-property /sections/0/items/1/history/1/extra Unknown property "extra": check the spelling (names starting with "x-" are allowed).',
      'required /sections/0/items/2/id "id" is required.',
      'type /sections/0/items/2/progress Must be a number, not the text "50%": write amounts as JSON numbers.',
      'date /sections/0/items/2/due Must be a real date (YYYY-MM-DD) or month (YYYY-MM).',
      'url-scheme /sections/0/items/2/url Must be an http:, https: or relative link (not javascript:, data: …).',
      'integer /sections/0/counts/done Must be a whole number.',
      'undeclared-status /sections/0/counts/gone Status "gone" is not declared in "statuses" (declared: "done", "on-track").',
      'type /sections/0/total Must be a number, not the text "1,234": write amounts as JSON numbers.',
    ],
    warnings: [],
    ko: [
      '항목 "P-1": "statuses"에 없는 상태 "gone"입니다(선언된 상태: "done", "on-track").',
      '항목 "P-1": "categories"에 없는 분류 "none"입니다(선언된 분류: "policy").',
      '100 이하여야 합니다.',
      '실제 날짜(YYYY-MM-DD)나 월(YYYY-MM)이어야 합니다.',
      '실제 날짜(YYYY-MM-DD)여야 합니다.',
      '아이디가 중복됩니다: "P-1".',
      '0 이상이어야 합니다.',
      '실제 날짜(YYYY-MM-DD)나 월(YYYY-MM)이어야 합니다.',
      '실제 날짜(YYYY-MM-DD)여야 합니다.',
      '항목 "P-1": "statuses"에 없는 상태 "gone"입니다(선언된 상태: "done", "on-track").',
      '"date" 항목은 필수입니다.',
      '문자열이어야 합니다.',
      '알 수 없는 속성입니다: "extra". 철자를 확인해 주세요("x-"로 시작하는 이름은 허용됩니다).',
      '"id" 항목은 필수입니다.',
      '숫자여야 합니다. "50%" 같은 문자열이 아니라 JSON 숫자로 적어 주세요.',
      '실제 날짜(YYYY-MM-DD)나 월(YYYY-MM)이어야 합니다.',
      'http:, https: 또는 상대 경로 링크여야 합니다(javascript:, data: 등은 불가).',
      '정수여야 합니다.',
      '"statuses"에 없는 상태 "gone"입니다(선언된 상태: "done", "on-track").',
      '숫자여야 합니다. "1,234" 같은 문자열이 아니라 JSON 숫자로 적어 주세요.',
    ],
  },
  'staffing figures': {
    problems: [
      'undeclared-grade /sections/0/units/0/authorized/5~1급 Unit "Planning": grade "5/급" is not declared in "grades" (declared: "4급").',
      'minimum /sections/0/units/0/current/4급 Must be 0 or more.',
      'undeclared-grade /sections/0/units/0/children/0/current/9급 Unit "c": grade "9급" is not declared in "grades" (declared: "4급").',
      'type /sections/0/units/0/children/1 Must be an object ({…}).',
      'integer /sections/0/total/authorized Must be a whole number.',
    ],
    warnings: [],
    ko: [
      '부서 "Planning": "grades"에 없는 직급 "5/급"입니다(선언된 직급: "4급").',
      '0 이상이어야 합니다.',
      '부서 "c": "grades"에 없는 직급 "9급"입니다(선언된 직급: "4급").',
      '객체({…})여야 합니다.',
      '정수여야 합니다.',
    ],
  },
  'newer version': {
    problems: [
      'type /sections/1/series/0/period Must be text, or an object of language tag to text: {"ko": "…", "en": "…"}.',
    ],
    warnings: [
      'unknown-property /meta/logo Ignored "logo", unknown to this build (1.0): the document is format 1.4.',
      'unknown-kind /sections/0/kind Ignored "map", unknown to this build (1.0): the document is format 1.4.',
      'unknown-property /sections/1/series/0/trend Ignored "trend", unknown to this build (1.0): the document is format 1.4.',
    ],
    ko: [
      '문자열이거나 {"ko": "…", "en": "…"} 같은 언어별 문자열 객체여야 합니다.',
    ],
  },
  'envelope': {
    problems: [
      'required /schemaVersion "schemaVersion" is required.',
      'required /meta/title "title" is required.',
      'date /meta/asOf Must be a real date, YYYY-MM-DD.',
      'pattern /meta/locale Must be a BCP 47 language tag such as "ko-KR".',
      'required /sections/0/id "id" is required.',
      'enum /sections/1/kind Must be one of: "budget-execution", "pledge-progress", "staffing".',
      'type /sections/2 Must be an object ({…}).',
      'unknown-property /extra Unknown property "extra": check the spelling (names starting with "x-" are allowed).',
    ],
    warnings: [],
    ko: [
      '"schemaVersion" 항목은 필수입니다.',
      '"title" 항목은 필수입니다.',
      '실제 날짜(YYYY-MM-DD)여야 합니다.',
      '"ko-KR" 같은 BCP 47 언어 태그여야 합니다.',
      '"id" 항목은 필수입니다.',
      '다음 중 하나여야 합니다: "budget-execution", "pledge-progress", "staffing".',
      '객체({…})여야 합니다.',
      '알 수 없는 속성입니다: "extra". 철자를 확인해 주세요("x-"로 시작하는 이름은 허용됩니다).',
    ],
  },
  'lone section': {
    problems: [
      'pattern /id May contain only A–Z, a–z, 0–9, "-" and "_".',
      'enum /scale Must be one of: 1, 1000, 1000000, 100000000.',
      'pattern /currency Must be an ISO 4217 code in capitals, such as "KRW".',
      'type /items Must be a list ([…]).',
      'type /total/budget Must be a number, not the text "x": write amounts as JSON numbers.',
    ],
    warnings: [],
    ko: [
      'A–Z, a–z, 0–9, "-", "_"만 쓸 수 있습니다.',
      '다음 중 하나여야 합니다: 1, 1000, 1000000, 100000000.',
      '"KRW" 같은 대문자 ISO 4217 통화 코드여야 합니다.',
      '배열([…])이어야 합니다.',
      '숫자여야 합니다. "x" 같은 문자열이 아니라 JSON 숫자로 적어 주세요.',
    ],
  },
};

const lines = (problems: readonly Problem[]) => problems.map((p) => `${p.code} ${p.path} ${p.message}`);

describe('validate: results pinned', () => {
  for (const [name, input] of Object.entries(CASES)) {
    it(`reports the same problems and warnings for: ${name}`, () => {
      const expected = EXPECTED[name]!;
      const en = validateDocument(input, 'en');
      expect(lines(en.problems)).to.deep.equal(expected.problems);
      expect(lines(en.warnings)).to.deep.equal(expected.warnings);
      expect(validateDocument(input, 'ko').problems.map((p) => p.message)).to.deep.equal(expected.ko);
    });
  }

  it('finds nothing wrong in a long valid document of each kind', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: `P-${i}`, title: { ko: `공약 ${i}`, en: `Pledge ${i}` }, status: i % 2 ? 'done' : 'on-track', category: 'policy',
      department: '도시계획과', progress: i % 101, due: `20${10 + (i % 20)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      updated: `2024-02-${String(1 + (i % 29)).padStart(2, '0')}`, history: [{ date: '2016-01-31', status: 'on-track' }],
    }));
    const budgetItems = Array.from({ length: 1000 }, (_, i) => ({ id: `b${i}`, name: `사업 ${i}`, budget: i * 10, executed: i, children: [{ name: 'c', budget: 1 }] }));
    const units = Array.from({ length: 200 }, (_, i) => ({ id: `u${i}`, name: `부서 ${i}`, authorized: { '4급': 1, '5급': 2 }, current: { '5급': i % 3 } }));
    const grades = [{ id: '4급', label: '4급' }, { id: '5급', label: '5급' }];
    const input = doc(
      pledge({ items, counts: { done: 1500, 'on-track': 1500 }, total: 3000 }),
      { id: 'b', kind: 'budget-execution', items: budgetItems, total: { budget: 1, executed: 0 } },
      { id: 's', kind: 'staffing', grades, units },
    );
    expect(validateDocument(input, 'en')).to.deep.equal({ problems: [], warnings: [] });
  });
});

describe('validate: the plain-item shortcut of long pledge lists', () => {
  // An `x-` property is ignored by the general checks and refused by the shortcut: the same
  // items with one are checked the long way. Every item gives the same problems both ways.
  const base = { id: 'P-1', title: '제목', status: 'done', category: 'policy', department: '과', progress: 50, due: '2024-06', updated: '2024-06-30', note: '비고' };
  const VALUES = [
    undefined, null, '', 'done', 'on-track', 'policy', 'gone', 'P-0', '제목', 0, -1, 50, 100, 100.5, NaN, Infinity, '50',
    '2024-02', '2024-02-29', '2023-02-29', '2024-13', '2024-06-30', '2024-6-1', { ko: '가' }, {}, [], true,
    'https://example.org', 'javascript:alert(1)', [{ date: '2024-01-01', status: 'done' }],
  ];
  const KEYS = [...Object.keys(base), 'url', 'history', 'owner', 'x-memo'];
  const variants = [
    base, { id: 'P-0', title: '중복', status: 'done' }, 'item', null, [base],
    ...KEYS.flatMap((key) => VALUES.map((value) => ({ ...base, [key]: value }))),
  ];
  const slow = (item: unknown) => (isObject(item) ? { ...item, 'x-slow': 1 } : item);
  const check = (items: unknown[]) => lines(validateDocument(doc(pledge({ items })), 'en').problems);

  it('reports every problem the general checks report', () => {
    for (const item of variants) {
      // A first item P-0, so that an id of P-0 repeats it.
      const items = [{ id: 'P-0', title: '첫', status: 'done' }, item];
      expect(check(items), JSON.stringify(item)).to.deep.equal(check(items.map(slow)));
    }
  });

  it('takes the common form, and only items with nothing wrong', () => {
    const statuses = new Set(['done', 'on-track']);
    const plain = variants.filter((item) => plainItem(item, statuses, new Set(['policy']), new Set(['P-0'])));
    expect(plain.length).to.be.greaterThan(KEYS.length);
    for (const item of plain) expect(check([item]), JSON.stringify(item)).to.deep.equal([]);
    expect(plainItem({ ...base, title: { ko: '가' } }, statuses, new Set(['policy']), new Set())).to.equal(false);
    expect(plainItem(base, null, new Set(['policy']), new Set())).to.equal(false);
  });

  it('records the ids it takes, so that a repeated id is still reported', () => {
    const items = [base, { ...base }];
    expect(check(items)).to.deep.equal(['duplicate-id /sections/0/items/1/id The id "P-1" is used more than once.']);
  });
});
