import { expect } from '@open-wc/testing';
import { FORMAT_VERSION, INTEGER, at } from '../../src/schema/validate.js';
import { formatMessage } from '../../src/schema/messages.js';
import { CURRENCY, ITEMS_OR_SERIES } from '../../src/schema/validate-budget.js';
import { PLEDGE_MESSAGES } from '../../src/schema/validate-pledge.js';
import { UNDECLARED_GRADE } from '../../src/schema/validate-staffing.js';
import { budget, check, codes, doc, pledge, problemsOf, select, staffing } from './validate-fixtures.js';

describe('validate: the envelope and section selection', () => {
  describe('input', () => {
    for (const input of [null, undefined, [], 'report', 42, true]) {
      it(`refuses ${JSON.stringify(input) ?? 'undefined'} with one type problem at ""`, () => {
        const problems = problemsOf(input);
        expect(codes(problems)).to.deep.equal(['type ']);
        expect(problems[0]!.message).to.include('JSON object');
      });
    }

    it('words the problem in Korean for lang ko', () => {
      expect(problemsOf(null, { lang: 'ko' })[0]!.message).to.include('JSON 객체');
    });

    it('reads this build’s version 1.0', () => {
      expect(FORMAT_VERSION).to.equal('1.0');
    });
  });

  describe('a valid document', () => {
    it('selects the first section of the element’s kind', () => {
      const input = doc(pledge(), budget(), budget({ id: 'second' }));
      const selection = select(input);
      expect(selection.ok).to.equal(true);
      if (!selection.ok) return;
      expect(selection.section).to.equal((input.sections as unknown[])[1]);
      expect(selection.sectionPath).to.equal('/sections/1');
      expect(selection.document).to.equal(input);
      expect(selection.warnings).to.deep.equal([]);
    });

    it('selects the section named by sectionId', () => {
      const selection = select(doc(budget(), budget({ id: 'second' })), { sectionId: 'second' });
      expect(selection.ok && selection.sectionPath).to.equal('/sections/1');
    });

    it('treats a null or empty sectionId as not given', () => {
      expect(select(doc(budget()), { sectionId: null }).ok).to.equal(true);
      expect(select(doc(budget()), { sectionId: '' }).ok).to.equal(true);
    });

    it('accepts each kind with its own validator', () => {
      const input = doc(budget(), pledge(), staffing());
      expect(select(input, { kind: 'pledge-progress' }).ok).to.equal(true);
      expect(select(input, { kind: 'staffing' }).ok).to.equal(true);
      expect(check(input)).to.deep.equal([]);
    });

    it('accepts properties named x-… anywhere', () => {
      const input: Record<string, unknown> = {
        ...doc(budget({ 'x-origin': 'hwp', items: [{ name: 'a', budget: 1, 'x-row': 3 }] })),
        'x-generator': 'converter 0.1',
      };
      (input.meta as Record<string, unknown>)['x-note'] = true;
      expect(problemsOf(input)).to.deep.equal([]);
    });

    it('treats a property whose value is undefined as absent', () => {
      expect(problemsOf(doc(budget({ currency: undefined, typo: undefined })))).to.deep.equal([]);
    });
  });

  describe('no section to show', () => {
    it('names the ids the element could show when sectionId does not exist', () => {
      const problems = problemsOf(doc(budget(), budget({ id: 'second' }), pledge()), { sectionId: 'missing' });
      expect(codes(problems)).to.deep.equal(['no-section ']);
      expect(problems[0]!.message).to.equal(
        'No budget-execution section has the id "missing". Sections this element can show: "budget", "second".',
      );
    });

    it('refuses a sectionId naming a section of another kind, listing only its own kind', () => {
      const problems = problemsOf(doc(budget(), pledge()), { sectionId: 'pledges' });
      expect(codes(problems)).to.deep.equal(['no-section ']);
      expect(problems[0]!.message).to.include('"pledges"').and.include('"budget"');
      expect(problems[0]!.message).not.to.include('"pledges", ');
    });

    it('says there are none when the document has no section of its kind', () => {
      const problems = problemsOf(doc(pledge()), { sectionId: 'budget' });
      expect(codes(problems)).to.deep.equal(['no-section ']);
      expect(problems[0]!.message).to.include('the document has no budget-execution section');
    });

    it('without a sectionId, says the document has no section of its kind', () => {
      const problems = problemsOf(doc(pledge(), staffing()));
      expect(problems).to.deep.equal([
        { code: 'no-section', path: '', message: 'The document has no budget-execution section.' },
      ]);
      expect(problemsOf(doc(pledge()), { lang: 'ko' })[0]!.message).to.equal('문서에 budget-execution 섹션이 없습니다.');
      expect(problemsOf(doc(pledge()), { lang: 'ko', sectionId: 'x' })[0]!.message).to.include('아이디가 "x"인');
    });

    it('puts no-section first, before envelope problems that may explain it', () => {
      const problems = problemsOf(doc(budget({ kind: 'budget-executon' })));
      expect(codes(problems)).to.deep.equal(['no-section ', 'enum /sections/0/kind']);
      expect(problems[1]!.message).to.include('"budget-execution", "pledge-progress", "staffing"');
    });
  });

  describe('schemaVersion', () => {
    it('refuses another major version with exactly one problem naming the version read', () => {
      for (const version of ['2.0', '0.9', '10.1', '2']) {
        const problems = problemsOf({ schemaVersion: version, meta: 5, sections: 'none', typo: 1 });
        expect(problems, version).to.have.length(1);
        expect(problems[0]!.code).to.equal('unsupported-version');
        expect(problems[0]!.path).to.equal('');
        expect(problems[0]!.message).to.include(`"${version}"`).and.include('1.0');
      }
      expect(problemsOf({ ...doc(budget()), schemaVersion: '2.0' }, { lang: 'ko' })[0]!.message).to.equal(
        '이 문서의 형식 버전은 "2.0"입니다. 이 빌드는 1.0 버전(1.x)을 읽습니다.',
      );
    });

    it('is required, and must be text shaped 1.x', () => {
      const { schemaVersion: _, ...missing } = doc(budget());
      expect(codes(problemsOf(missing))).to.deep.equal(['required /schemaVersion']);
      expect(codes(problemsOf({ ...doc(budget()), schemaVersion: 1 }))).to.deep.equal(['type /schemaVersion']);
      expect(codes(problemsOf({ ...doc(budget()), schemaVersion: '1' }))).to.deep.equal(['pattern /schemaVersion']);
      expect(codes(problemsOf({ ...doc(budget()), schemaVersion: 'v1.0' }))).to.deep.equal(['pattern /schemaVersion']);
      expect(problemsOf({ ...doc(budget()), schemaVersion: '1.12' })).to.deep.equal([]);
    });

    it('checks $schema is text', () => {
      expect(problemsOf({ $schema: 'https://civic-report-kit.dev/schema/report.schema.json', ...doc(budget()) })).to.deep.equal([]);
      expect(codes(problemsOf({ $schema: {}, ...doc(budget()) }))).to.deep.equal(['type /$schema']);
    });
  });

  describe('unknown properties', () => {
    it('are errors in a 1.0 document, everywhere', () => {
      const input: Record<string, unknown> = { ...doc(budget({ colour: 'red', items: [{ name: 'a', budgte: 1, budget: 1 }] })), extra: 1 };
      (input.meta as Record<string, unknown>).titel = 'x';
      const problems = problemsOf(input);
      expect(codes(problems)).to.deep.equal([
        'unknown-property /meta/titel',
        'unknown-property /sections/0/items/0/budgte',
        'unknown-property /sections/0/colour',
        'unknown-property /extra',
      ]);
      expect(problems[0]!.message).to.equal('Unknown property "titel": check the spelling (names starting with "x-" are allowed).');
    });

    it('are warnings, and ignored, in a document of a newer minor version', () => {
      const input = { ...doc(budget({ colour: 'red' })), schemaVersion: '1.3', extra: 1 };
      const selection = select(input);
      expect(selection.ok).to.equal(true);
      expect(selection.warnings).to.deep.equal([
        {
          code: 'unknown-property',
          path: '/sections/0/colour',
          stated: null,
          computed: null,
          message: 'Ignored "colour", unknown to this build (1.0): the document is format 1.3.',
        },
        {
          code: 'unknown-property',
          path: '/extra',
          stated: null,
          computed: null,
          message: 'Ignored "extra", unknown to this build (1.0): the document is format 1.3.',
        },
      ]);
      expect(select(input, { lang: 'ko' }).warnings[0]!.message).to.equal(
        '이 빌드(1.0)가 모르는 이름이라 무시했습니다: "colour"(문서 형식 1.3).',
      );
    });

    it('stay errors in a lone section, which has no version', () => {
      expect(codes(problemsOf(budget({ colour: 'red' })))).to.deep.equal(['unknown-property /colour']);
    });

    it('do not excuse other problems in a newer document', () => {
      const input = { ...doc(budget({ scale: 7 })), schemaVersion: '1.3' };
      expect(codes(problemsOf(input))).to.deep.equal(['enum /sections/0/scale']);
    });

    it('ignore a section of a kind added by a newer minor version, with a warning', () => {
      const newer = { ...doc({ id: 'map', kind: 'district-map', x: 1 }, budget()), schemaVersion: '1.2' };
      const selection = select(newer);
      expect(selection.ok && selection.sectionPath).to.equal('/sections/1');
      expect(selection.warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal(['unknown-kind /sections/0/kind']);
      expect(codes(problemsOf({ ...newer, schemaVersion: '1.0' }))).to.deep.equal(['enum /sections/0/kind']);
    });
  });

  describe('meta', () => {
    const withMeta = (meta: unknown) => problemsOf({ ...doc(budget()), meta });

    it('is required and must be an object', () => {
      const { meta: _, ...missing } = doc(budget());
      expect(codes(problemsOf(missing))).to.deep.equal(['required /meta']);
      expect(codes(withMeta('한빛구'))).to.deep.equal(['type /meta']);
    });

    it('requires a title, and checks every field', () => {
      const problems = withMeta({
        organization: 7,
        department: { 'ko-KR': '기획예산과', en: 3 },
        period: {},
        asOf: '2016-10-32',
        locale: 'ko_KR',
        source: { title: '보고서', url: 'javascript:alert(1)', href: 'x' },
        notes: ['a'],
      });
      expect(codes(problems)).to.deep.equal([
        'required /meta/title',
        'type /meta/organization',
        'type /meta/department/en',
        'min-items /meta/period',
        'date /meta/asOf',
        'pattern /meta/locale',
        'url-scheme /meta/source/url',
        'unknown-property /meta/source/href',
        'type /meta/notes',
      ]);
      expect(problems[0]!.message).to.equal('"title" is required.');
      expect(problems[1]!.message).to.include('{"ko": "…", "en": "…"}');
    });

    it('accepts text in several languages', () => {
      expect(withMeta({ title: { ko: '주요업무 보고', en: 'Major work report', 'zh-Hant': '報告' } })).to.deep.equal([]);
    });
  });

  describe('sections (envelope)', () => {
    it('must be a non-empty list of objects', () => {
      expect(codes(problemsOf({ ...doc(), sections: {} }))).to.deep.equal(['type /sections']);
      expect(codes(problemsOf(doc()))).to.deep.equal(['min-items /sections']);
      expect(codes(problemsOf(doc(budget(), 'pledges' as never)))).to.deep.equal(['type /sections/1']);
    });

    it('each has a unique id of letters, digits, - and _, and a known kind', () => {
      const problems = problemsOf(
        doc(budget(), { kind: 'staffing' }, pledge({ id: 'budget' }), staffing({ id: '인력 현황' }), { id: 'k' }),
      );
      expect(codes(problems)).to.deep.equal([
        'required /sections/1/id',
        'duplicate-id /sections/2/id',
        'pattern /sections/3/id',
        'required /sections/4/kind',
      ]);
      expect(problems[1]!.message).to.equal('The id "budget" is used more than once.');
      expect(problems[2]!.message).to.include('A–Z, a–z, 0–9, "-" and "_"');
    });

    it('does not let a problem inside another section stop the element', () => {
      const input = doc(budget(), pledge({ items: [{ id: 'P-1', title: 't', status: 'unknown' }] }), staffing({ units: 'x' }));
      expect(select(input).ok).to.equal(true);
      expect(codes(problemsOf(input, { kind: 'pledge-progress' }))).to.deep.equal(['undeclared-status /sections/1/items/0/status']);
      expect(codes(problemsOf(input, { kind: 'staffing' }))).to.deep.equal(['type /sections/2/units']);
      expect(codes(check(input))).to.deep.equal(['undeclared-status /sections/1/items/0/status', 'type /sections/2/units']);
    });

    it('lets an envelope problem in another section stop every element', () => {
      expect(codes(problemsOf(doc(budget(), pledge({ id: 'a b' }))))).to.deep.equal(['pattern /sections/1/id']);
    });
  });

  describe('a lone section', () => {
    it('is validated with paths relative to it', () => {
      const section = budget({ items: [{ name: 'a', budget: 1 }, { name: 'b', budget: '1,234' }] });
      const problems = problemsOf(section);
      expect(codes(problems)).to.deep.equal(['type /items/1/budget']);
    });

    it('is selected whatever the sectionId, with an empty sectionPath and no document', () => {
      const section = budget();
      const selection = select(section, { sectionId: 'other' });
      expect(selection).to.deep.equal({ ok: true, section, sectionPath: '', document: null, warnings: [] });
    });

    it('may omit its id, but a given id must still be well formed', () => {
      const { id: _, ...anonymous } = budget();
      expect(select(anonymous).ok).to.equal(true);
      expect(codes(problemsOf(budget({ id: 'a/b' })))).to.deep.equal(['pattern /id']);
    });

    it('of another kind is a no-section problem', () => {
      const problems = problemsOf(pledge());
      expect(problems).to.deep.equal([
        {
          code: 'no-section',
          path: '',
          message: 'This section is of kind "pledge-progress"; this element shows budget-execution sections.',
        },
      ]);
      expect(problemsOf(pledge(), { lang: 'ko' })[0]!.message).to.include('budget-execution 섹션');
    });

    it('of an unknown kind is an enum problem for validateDocument', () => {
      expect(codes(check({ kind: 'chart' }))).to.deep.equal(['enum /kind']);
      expect(codes(check(staffing({ units: [] })))).to.deep.equal(['min-items /units']);
    });
  });

  describe('every problem, in document order', () => {
    it('reports them all rather than the first', () => {
      const input = {
        schemaVersion: '1.0',
        meta: { title: 3, asOf: '31.10.2016' },
        sections: [
          budget({
            title: { ko: '예산' },
            items: [
              { name: 'a', budget: '100', executed: -1 },
              { id: 'x', name: 'b', budget: 2, children: [{ id: 'x', budget: 1 }] },
            ],
            currency: 'won',
          }),
        ],
      };
      expect(codes(problemsOf(input))).to.deep.equal([
        'type /meta/title',
        'date /meta/asOf',
        'type /sections/0/items/0/budget',
        'minimum /sections/0/items/0/executed',
        'required /sections/0/items/1/children/0/name',
        'duplicate-id /sections/0/items/1/children/0/id',
        'pattern /sections/0/currency',
      ]);
    });
  });

  describe('JSON Pointer paths', () => {
    it('escape ~ as ~0 and / as ~1 (RFC 6901)', () => {
      expect(at('', 'a/b~c')).to.equal('/a~1b~0c');
      expect(at('/x', 3)).to.equal('/x/3');
      expect(at('/x', '4급')).to.equal('/x/4급');
      expect(at('', '~~//')).to.equal('/~0~0~1~1');
      const input = doc(pledge({ counts: { 'done/2016': 1, '~x': 2 } }));
      expect(codes(problemsOf(input, { kind: 'pledge-progress' }))).to.deep.equal([
        'undeclared-status /sections/0/counts/done~12016',
        'undeclared-status /sections/0/counts/~0x',
      ]);
      const meta = { title: 't', 'a/b~c': 1 };
      expect(codes(problemsOf({ ...doc(budget()), meta }))).to.deep.equal(['unknown-property /meta/a~1b~0c']);
    });
  });

  describe('numbers', () => {
    it('refuses an amount written as text, naming the text', () => {
      const problems = problemsOf(budget({ items: [{ name: 'a', budget: '1,234' }] }));
      expect(problems).to.deep.equal([
        {
          code: 'type',
          path: '/items/0/budget',
          message: 'Must be a number, not the text "1,234": write amounts as JSON numbers.',
        },
      ]);
      const [ko] = problemsOf(budget({ items: [{ name: 'a', budget: '1,234' }] }), { lang: 'ko' });
      expect(ko!.message).to.equal('숫자여야 합니다. "1,234" 같은 문자열이 아니라 JSON 숫자로 적어 주세요.');
    });

    it('refuses null, NaN and Infinity given through the data property', () => {
      const problems = problemsOf(budget({ items: [{ name: 'a', budget: null, executed: NaN, previousBudget: Infinity }] }));
      expect(codes(problems)).to.deep.equal(['type /items/0/budget', 'type /items/0/executed', 'type /items/0/previousBudget']);
      expect(problems[0]!.message).to.equal('Must be a number.');
    });
  });

  describe('links', () => {
    const withUrl = (url: unknown) => problemsOf(doc(budget({ source: { url } })));

    for (const url of [
      'https://example.org/report.pdf', 'HTTP://example.org', 'report.pdf', '/files/2016 보고서.pdf',
      '//cdn.example.org/r.pdf', '?page=2', '#budget', './a:b', '',
    ]) {
      it(`accepts ${JSON.stringify(url)}`, () => {
        expect(withUrl(url)).to.deep.equal([]);
      });
    }

    for (const url of [
      'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@b.kr', 'ftp://x',
      ' javascript:alert(1)', '\u0001javascript:x', 'java\tscript:alert(1)', 'https://ex\nample.org', 'a:b',
    ]) {
      it(`refuses ${JSON.stringify(url)} with url-scheme`, () => {
        expect(codes(withUrl(url))).to.deep.equal(['url-scheme /sections/0/source/url']);
      });
    }

    it('explains the rule in both languages', () => {
      expect(withUrl('javascript:x')[0]!.message).to.include('http:, https: or relative');
      expect(problemsOf(doc(budget({ source: { url: 'data:x' } })), { lang: 'ko' })[0]!.message).to.include('상대 경로');
    });
  });

  describe('dates', () => {
    const withAsOf = (asOf: unknown) => codes(problemsOf(doc(budget({ asOf }))));

    it('accept real days written YYYY-MM-DD', () => {
      expect(withAsOf('2016-10-31')).to.deep.equal([]);
      expect(withAsOf('2016-02-29')).to.deep.equal([]);
    });

    it('refuse other shapes and days that do not exist', () => {
      for (const asOf of ['2016-10', '2016/10/31', '16-10-31', '2016-02-30', '2015-02-29', '2016-13-01', '2016-00-10', '2016-10-31T00:00']) {
        expect(withAsOf(asOf), asOf).to.deep.equal(['date /sections/0/asOf']);
      }
      expect(withAsOf(20161031)).to.deep.equal(['type /sections/0/asOf']);
    });
  });

  describe('messages', () => {
    it('exist in English and Korean for every code', () => {
      const ids = [
        'type:root', 'type:object', 'type:array', 'type:string', 'type:number', 'type:number-text', 'type:lang-text',
        'required', 'required:empty', 'unknown-property', 'ignored', 'unsupported-version',
        'enum', 'minimum', 'min-items', 'pattern:id', 'pattern:version',
        'pattern:locale', 'date', 'url-scheme', 'duplicate-id', 'no-section:lone', 'no-section:id',
        'no-section:id-none', 'no-section:kind',
        // Those of one kind of section live beside its validator.
        INTEGER, ITEMS_OR_SERIES, CURRENCY, ...Object.values(PLEDGE_MESSAGES), UNDECLARED_GRADE,
      ] as const;
      for (const id of ids) {
        const en = formatMessage('en', id, ['A', 'B', 'C']);
        const ko = formatMessage('ko', id, ['A', 'B', 'C']);
        const name = String(typeof id === 'string' ? id : id[0]);
        expect(en, name).to.match(/^[A-Z"]/);
        expect(en, name).not.to.match(/[가-힣]|\{\d\}/);
        expect(ko, name).to.match(/[가-힣]/);
        expect(ko, name).not.to.match(/\{\d\}/);
      }
    });
  });
});
