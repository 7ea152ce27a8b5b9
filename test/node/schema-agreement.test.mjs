// The hand-written validator (src/schema/validate*.ts) and the JSON Schema
// (schema/report.schema.json) must accept and refuse the same documents. Each fixture below
// breaks one rule; both judge it, and must agree. Rules a schema cannot express (unique
// ids, references to declared ids, days that exist, the leniency of a newer minor version)
// are marked `oursOnly`: there the schema's verdict is stated separately.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const SCHEMA = JSON.parse(readFileSync(new URL('schema/report.schema.json', root), 'utf8'));

async function importBundle(entry) {
  const { outputFiles } = await esbuild.build({
    entryPoints: [new URL(entry, root).pathname], bundle: true, write: false, format: 'esm', platform: 'neutral',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
const { validateDocument } = await importBundle('src/schema/validate-document.ts');

// Compiling in strict mode is itself a test: an unknown keyword or a loose type fails here.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateWithSchema = ajv.compile(SCHEMA);
const validateSectionWithSchema = ajv.getSchema(`${SCHEMA.$id}#/$defs/Section`);

// ---------------------------------------------------------------- fixtures

const budget = (extra = {}) => ({ id: 'budget', kind: 'budget-execution', items: [{ name: '예비비', budget: 80, executed: 23 }], ...extra });
const pledge = (extra = {}) => ({
  id: 'pledges',
  kind: 'pledge-progress',
  statuses: [{ id: 'done', label: '완료', stage: 'done' }, { id: 'on-track', label: '정상추진', stage: 'progress' }],
  categories: [{ id: 'policy', label: '정책공약' }],
  items: [{ id: 'P-1', title: '도서관 확충', status: 'done', category: 'policy' }],
  ...extra,
});
const staffing = (extra = {}) => ({
  id: 'staff',
  kind: 'staffing',
  grades: [{ id: '4급', label: '4급' }, { id: '5급', label: '5급' }],
  units: [{ name: '기획예산과', authorized: { '4급': 1, '5급': 2 }, current: { '4급': 1, '5급': 1 } }],
  ...extra,
});
const doc = (...sections) => ({ schemaVersion: '1.0', meta: { title: '한빛구 주요업무 보고' }, sections });
const withMeta = (meta) => ({ ...doc(budget()), meta: { title: '보고', ...meta } });
const pledgeItem = (extra) => doc(pledge({ items: [{ id: 'P-1', title: 't', status: 'done', ...extra }] }));

/** [name, document, valid?] — both validators must return `valid?`. */
const AGREED = [
  ['minimal budget section', doc(budget()), true],
  ['budget series only', doc(budget({ items: undefined, series: [{ period: '2015', budget: 100, executed: 90, rate: 90 }] })), true],
  ['budget with drill-down, total, scale, currency and extensions', doc(budget({
    scale: 1000, currency: 'KRW', 'x-origin': 'p.12',
    items: [{ id: 'a', name: { ko: '사업', en: 'Programme' }, budget: 3, previousBudget: 2, children: [{ name: 'b', budget: 3, 'x-row': 4 }] }],
    total: { budget: 3, executed: 0 },
  })), true],
  ['pledge counts only', doc(pledge({ items: undefined, counts: { done: 3, 'on-track': 1 }, total: 4 })), true],
  ['pledge item with every field', pledgeItem({
    department: '도시계획과', progress: 55.5, due: '2018-06', updated: '2018-05-31', note: '공사 중', url: '/pledges/1',
    history: [{ date: '2016-01-04', status: 'on-track', note: '착수' }],
  }), true],
  ['staffing with sub-units and groups', doc(staffing({
    grades: [{ id: '4급', label: '4급', group: '일반직' }, { id: '별정4급', label: '4급상당', group: '별정직' }],
    units: [{ id: 'div', name: '행정국', children: [{ name: '본부', current: { '4급': 1 } }] }],
    total: { authorized: 0, current: 1 },
  })), true],
  ['all three kinds with $schema and full meta', {
    $schema: SCHEMA.$id, ...doc(budget(), pledge(), staffing()),
    meta: { title: '보고', organization: '한빛구', department: '기획예산과', period: '2016', asOf: '2016-10-31', locale: 'ko-KR', source: { title: '원문', url: 'https://example.org/r.pdf' }, notes: '' },
  }, true],
  ['a later minor version without unknown properties', { ...doc(budget()), schemaVersion: '1.7' }, true],
  ['schemaVersion missing', { meta: { title: 't' }, sections: [budget()] }, false],
  ['another major version', { ...doc(budget()), schemaVersion: '2.0' }, false],
  ['schemaVersion as a number', { ...doc(budget()), schemaVersion: 1 }, false],
  ['meta without a title', { ...doc(budget()), meta: { organization: '한빛구' } }, false],
  ['no sections', doc(), false],
  ['a section id with a space', doc(budget({ id: 'budget 2016' })), false],
  ['a section without an id', doc(budget({ id: undefined })), false],
  ['an unknown section kind', doc({ id: 'map', kind: 'map' }), false],
  ['an unknown property in meta', withMeta({ titel: 'x' }), false],
  ['an unknown property in an item', doc(budget({ items: [{ name: 'a', budget: 1, budgte: 2 }] })), false],
  ['an amount written as text', doc(budget({ items: [{ name: 'a', budget: '1,234' }] })), false],
  ['a negative budget', doc(budget({ items: [{ name: 'a', budget: -1 }] })), false],
  ['a budget section with neither items nor series', doc(budget({ items: undefined })), false],
  ['a scale that is not one of the four', doc(budget({ scale: 10 })), false],
  ['a currency in lower case', doc(budget({ currency: 'krw' })), false],
  ['a rate as text', doc(budget({ items: [{ name: 'a', budget: 1, rate: '55%' }] })), false],
  ['pledge statuses empty', doc(pledge({ statuses: [] })), false],
  ['a pledge stage that does not exist', doc(pledge({ statuses: [{ id: 'done', label: '완료', stage: 'finished' }] })), false],
  ['progress over 100', pledgeItem({ progress: 101 }), false],
  ['a due date with slashes', pledgeItem({ due: '2018/06' }), false],
  ['a javascript: link', pledgeItem({ url: 'javascript:alert(1)' }), false],
  ['a link hiding its scheme behind a tab', pledgeItem({ url: 'java\tscript:alert(1)' }), false],
  ['a count that is not an integer', doc(pledge({ counts: { done: 1.5 } })), false],
  ['a pledge total below zero', doc(pledge({ total: -1 })), false],
  ['staffing without grades', doc(staffing({ grades: undefined })), false],
  ['a negative staff count', doc(staffing({ units: [{ name: 'a', authorized: { '4급': -1 } }] })), false],
  ['a staffing total as text', doc(staffing({ total: { current: '3' } })), false],
  ['a language tag with an underscore', withMeta({ title: { ko_KR: '보고' } }), false],
  ['an empty language object', withMeta({ title: {} }), false],
  ['a meta date in another format', withMeta({ asOf: '2016.10.31' }), false],
];

/** [name, document, ours valid?, schema valid?, why] — rules only the validator can check. */
const OURS_ONLY = [
  ['duplicate section ids', doc(budget(), pledge({ id: 'budget' })), false, true, 'unique ids'],
  ['duplicate pledge item ids', doc(pledge({ items: [{ id: 'a', title: 't', status: 'done' }, { id: 'a', title: 'u', status: 'done' }] })), false, true, 'unique ids'],
  ['duplicate status ids', doc(pledge({ statuses: [{ id: 'done', label: 'a', stage: 'done' }, { id: 'done', label: 'b', stage: 'done' }] })), false, true, 'unique ids'],
  ['an undeclared status', pledgeItem({ status: '완료' }), false, true, 'declared ids'],
  ['an undeclared status in history', pledgeItem({ history: [{ date: '2016-01-01', status: 'started' }] }), false, true, 'declared ids'],
  ['an undeclared category', pledgeItem({ category: 'civic' }), false, true, 'declared ids'],
  ['a count of an undeclared status', doc(pledge({ counts: { delayed: 1 } })), false, true, 'declared ids'],
  ['an undeclared grade', doc(staffing({ units: [{ name: 'a', current: { '6급': 1 } }] })), false, true, 'declared ids'],
  ['a day that does not exist', withMeta({ asOf: '2016-02-30' }), false, true, 'calendar'],
  ['an unknown property in a newer minor version', { ...doc(budget({ colour: 'red' })), schemaVersion: '1.3' }, true, false, 'newer minor version: a warning'],
  ['an unknown section kind in a newer minor version', { ...doc(budget(), { id: 'map', kind: 'map' }), schemaVersion: '1.3' }, true, false, 'newer minor version: a warning'],
];

/** Lone sections, as an element's `data` property takes them; the schema judges them as $defs/Section. */
const LONE = [
  ['a lone budget section', budget(), true],
  ['a lone pledge section with an amount as text', pledge({ total: '3' }), false],
  ['a lone staffing section with an unknown property', staffing({ legend: 'x' }), false],
  ['a lone pledge section without an id', pledge({ id: undefined }), true],
];

const oursValid = (input) => validateDocument(input, 'en').problems.length === 0;
const schemaErrors = (validate, input) => (validate(input) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('the corpus is large enough and covers all three kinds', () => {
  assert.ok(AGREED.length + OURS_ONLY.length + LONE.length >= 25);
  const kinds = new Set(AGREED.flatMap(([, d]) => d.sections?.map((s) => s.kind) ?? []));
  for (const kind of ['budget-execution', 'pledge-progress', 'staffing']) assert.ok(kinds.has(kind), kind);
});

for (const [name, input, valid] of AGREED) {
  test(`agree: ${name} is ${valid ? 'valid' : 'invalid'}`, () => {
    // JSON round trip: undefined drops out, as in a file.
    const json = JSON.parse(JSON.stringify(input));
    assert.equal(schemaErrors(validateWithSchema, json).length === 0, valid, `schema: ${schemaErrors(validateWithSchema, json).join('; ')}`);
    assert.equal(oursValid(json), valid, `validator: ${JSON.stringify(validateDocument(json, 'en').problems)}`);
  });
}

for (const [name, input, ours, schema, why] of OURS_ONLY) {
  test(`ours only (${why}): ${name}`, () => {
    const json = JSON.parse(JSON.stringify(input));
    assert.equal(validateWithSchema(json), schema);
    assert.equal(oursValid(json), ours, JSON.stringify(validateDocument(json, 'en')));
  });
}

for (const [name, input, valid] of LONE) {
  test(`agree: ${name} is ${valid ? 'valid' : 'invalid'}`, () => {
    const json = JSON.parse(JSON.stringify(input));
    assert.equal(validateSectionWithSchema(json), valid);
    assert.equal(oursValid(json), valid);
  });
}

// ---------------------------------------------------------------- a realistic document

const SAMPLE = {
  $schema: 'https://civic-report-kit.dev/schema/report.schema.json',
  schemaVersion: '1.0',
  meta: {
    title: { ko: '2016 주요업무 보고', en: '2016 Major Work Report' },
    organization: { ko: '한빛구', en: 'Hanbit-gu' },
    department: '기획예산과',
    period: '2016. 1. 1. ~ 10. 31.',
    asOf: '2016-10-31',
    locale: 'ko-KR',
    source: { title: '2016 주요업무 보고 (한빛구의회 제출)', url: 'https://hanbit.example.kr/reports/2016.pdf' },
    notes: '가상의 자치구 자료입니다.',
  },
  sections: [
    {
      id: 'budget-2016',
      kind: 'budget-execution',
      title: '예산 집행현황',
      currency: 'KRW',
      scale: 1000,
      items: [
        {
          id: 'admin', name: { ko: '행정운영경비', en: 'Administration' }, budget: 380200, executed: 209870, previousBudget: 398240, rate: 55.2,
          children: [
            { id: 'admin-staff', name: '인건비', budget: 300000, executed: 170000 },
            { id: 'admin-office', name: '기본경비', budget: 80200, executed: 39870 },
          ],
        },
        { id: 'reserve', name: { ko: '예비비', en: 'Reserve fund' }, budget: 80, executed: 23, rate: 28.8 },
        { id: 'events', name: '구민 행사', budget: 15000, executed: 15000, previousBudget: 12000, note: '구민의 날 포함' },
      ],
      total: { budget: 395280, executed: 224893, previousBudget: 410240 },
    },
    {
      id: 'budget-trend',
      kind: 'budget-execution',
      title: '연도별 집행현황',
      scale: 1000000,
      series: [
        { period: '2014', budget: 412, executed: 398, rate: 96.6 },
        { period: '2015', budget: 398, executed: 380 },
        { period: { ko: '2016 (10월 말)', en: '2016 (end of Oct.)' }, budget: 395, executed: 225, note: '잠정' },
      ],
    },
    {
      id: 'pledges',
      kind: 'pledge-progress',
      title: '공약 이행현황',
      source: { url: 'pledges.html' },
      statuses: [
        { id: 'done', label: '완료', stage: 'done' },
        { id: 'done-continuing', label: '이행 후 계속추진', stage: 'done' },
        { id: 'on-track', label: '정상추진', stage: 'progress' },
        { id: 'lagging', label: { ko: '일부추진(부진)', en: 'Lagging' }, stage: 'delayed' },
      ],
      categories: [
        { id: 'policy', label: '정책공약' },
        { id: 'civic', label: '시민공약' },
      ],
      items: [
        { id: '1-1', title: '공공도서관 2곳 신설', status: 'done', category: 'policy', department: '문화체육과', progress: 100, due: '2016-06', updated: '2016-07-01' },
        {
          id: '1-2', title: '한빛천 산책로 정비', status: 'on-track', category: 'civic', department: '치수과', progress: 60, due: '2017-12-31',
          url: 'https://hanbit.example.kr/pledges/1-2',
          history: [{ date: '2015-03-02', status: 'lagging', note: '설계 지연' }, { date: '2016-02-15', status: 'on-track' }],
        },
        { id: '2-1', title: '어린이집 확충', status: 'done-continuing', category: 'policy' },
        { id: '2-2', title: '공영주차장 확보', status: 'lagging', category: 'civic', note: '부지 협의 중', 'x-priority': 2 },
      ],
      counts: { done: 1, 'done-continuing': 1, 'on-track': 1, lagging: 1 },
      total: 4,
    },
    {
      id: 'staffing',
      kind: 'staffing',
      title: '인력 현황',
      asOf: '2016-09-30',
      grades: [
        { id: '4급', label: '4급', group: '일반직' },
        { id: '5급', label: '5급', group: '일반직' },
        { id: '6급', label: '6급', group: '일반직' },
        { id: '별정4급', label: '4급상당', group: '별정직' },
      ],
      units: [
        {
          id: 'admin-bureau', name: '행정지원국',
          authorized: { '4급': 1, '5급': 3, '6급': 9 }, current: { '4급': 1, '5급': 3, '6급': 8 },
          children: [
            { id: 'bureau-hq', name: '본부', authorized: { '4급': 1 }, current: { '4급': 1 } },
            { id: 'general', name: '총무과', authorized: { '5급': 1, '6급': 4 }, current: { '5급': 1, '6급': 4 } },
            { id: 'planning', name: '기획예산과', authorized: { '5급': 2, '6급': 5 }, current: { '5급': 2, '6급': 4 } },
          ],
        },
        { id: 'mayor-office', name: '구청장 비서실', authorized: { 별정4급: 1 }, current: { 별정4급: 1 } },
      ],
      total: { authorized: 14, current: 13 },
    },
  ],
};

test('a realistic document of 한빛구 with all three kinds is accepted by both', () => {
  assert.deepEqual(schemaErrors(validateWithSchema, SAMPLE), []);
  assert.deepEqual(validateDocument(SAMPLE, 'ko'), { problems: [], warnings: [] });
});

// ---------------------------------------------------------------- the schema itself

test('every $defs entry and every property has a description', () => {
  const missing = [];
  const visit = (schema, where) => {
    if (typeof schema !== 'object' || schema === null) return;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (typeof sub === 'object' && !sub.description) missing.push(`${where}/properties/${key}`);
    }
    // An `if` holds a condition on `kind`, not a property to document.
    for (const [key, value] of Object.entries(schema)) if (typeof value === 'object' && key !== 'properties' && key !== 'if') visit(value, `${where}/${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) visit(sub, `${where}/properties/${key}`);
  };
  for (const [name, def] of Object.entries(SCHEMA.$defs)) {
    if (!def.description) missing.push(`#/$defs/${name}`);
    visit(def, `#/$defs/${name}`);
  }
  assert.deepEqual(missing, []);
});

test('the schema refuses unknown properties but allows x- names in every object def', () => {
  for (const [name, def] of Object.entries(SCHEMA.$defs)) {
    if (def.type !== 'object' || name === 'SectionBase' || name === 'Section') continue;
    assert.ok(def.additionalProperties === false || def.unevaluatedProperties === false || typeof def.additionalProperties === 'object', name);
    assert.deepEqual(def.patternProperties, { '^x-': true }, name);
  }
});
