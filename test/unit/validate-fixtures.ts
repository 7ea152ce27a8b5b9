// Small valid documents and helpers shared by the validator's unit tests. Each test copies
// and breaks one thing, so that a failure names exactly one rule.
import { selectSection, type SelectOptions } from '../../src/schema/validate.js';
import { validateBudgetSection } from '../../src/schema/validate-budget.js';
import { validatePledgeSection } from '../../src/schema/validate-pledge.js';
import { validateStaffingSection } from '../../src/schema/validate-staffing.js';
import { validateDocument } from '../../src/schema/validate-document.js';
import type { Problem, SectionKind, UiLang } from '../../src/schema/types.js';

type Json = Record<string, unknown>;

export const budget = (extra: Json = {}): Json => ({
  id: 'budget',
  kind: 'budget-execution',
  scale: 1000,
  items: [
    { id: 'reserve', name: { ko: '예비비', en: 'Reserve fund' }, budget: 80, executed: 23 },
    { name: '행사운영', budget: 120, executed: 100, rate: 83.3 },
  ],
  ...extra,
});

export const pledge = (extra: Json = {}): Json => ({
  id: 'pledges',
  kind: 'pledge-progress',
  statuses: [
    { id: 'done', label: '완료', stage: 'done' },
    { id: 'on-track', label: '정상추진', stage: 'progress' },
  ],
  categories: [{ id: 'policy', label: '정책공약' }],
  items: [
    { id: 'P-1', title: '공공도서관 확충', status: 'done', category: 'policy' },
    { id: 'P-2', title: '보행로 정비', status: 'on-track', progress: 40, due: '2018-06' },
  ],
  ...extra,
});

export const staffing = (extra: Json = {}): Json => ({
  id: 'staff',
  kind: 'staffing',
  grades: [
    { id: '4급', label: '4급', group: '일반직' },
    { id: '5급', label: '5급', group: '일반직' },
  ],
  units: [{ id: 'planning', name: '기획예산과', authorized: { '4급': 1, '5급': 3 }, current: { '4급': 1, '5급': 2 } }],
  ...extra,
});

export const doc = (...sections: Json[]): Json => ({
  schemaVersion: '1.0',
  meta: { title: '한빛구 주요업무 보고', asOf: '2016-10-31' },
  sections,
});

const VALIDATORS = {
  'budget-execution': validateBudgetSection,
  'pledge-progress': validatePledgeSection,
  staffing: validateStaffingSection,
};

export const select = (input: unknown, options: Partial<SelectOptions> & { kind?: SectionKind } = {}) => {
  const kind = options.kind ?? 'budget-execution';
  return selectSection(input, { lang: 'en', validateSection: VALIDATORS[kind], ...options, kind });
};

/** The problems of a selection (none when it succeeded). */
export const problemsOf = (input: unknown, options: Partial<SelectOptions> = {}): Problem[] => {
  const selection = select(input, options);
  return selection.ok ? [] : selection.problems;
};

/** `code path` of each problem: compact to compare, and the order shows. */
export const codes = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.code} ${p.path}`);

export const check = (input: unknown, lang: UiLang = 'en'): Problem[] => validateDocument(input, lang).problems;
