/** The grid's own words, Korean and English (the shared ones are in src/format/messages.ts). */
import type { UiLang } from '../../schema/types.js';

/** The grid's column and row labels, in the table, its caption and the CSV (계 is shared). */
export interface StaffingColumns {
  unit: string;
  grade: string;
  authorized: string;
  current: string;
  difference: string;
  vacancyRate: string;
  subtotal: string;
}

export interface GridMessages {
  /** The heading of a section (and document) without a title. */
  untitled: string;
  /** Column of the job series (일반직, 별정직) in the CSV. */
  group: string;
  /** Column of the parent unit in the CSV. */
  parent: string;
  /** Head of the first column in the report layout. */
  item: string;
  /** A shortage or surplus of `n` (already formatted) people, in words. */
  short: (n: string) => string;
  over: (n: string) => string;
  /** Difference 0. */
  even: string;
  /** The summary's opening: current against authorized headcount. */
  totals: (current: string, authorized: string) => string;
  /** One grade in the summary's list. */
  grade: (group: string, grade: string, n: string) => string;
  /** How many grades the summary left out. */
  more: (n: number) => string;
  /** Label of the radio group that switches the view. */
  views: string;
  /** Title of the heat legend. */
  heat: string;
  /** One step of the heat scale: a shortage (or, `over`, a surplus) from `lo` % and under `hi` %. */
  bin: (over: boolean, lo: number, hi?: number) => string;
  /** How to read a staffing cell: current / authorized, then the difference. */
  cellLegend: string;
  columns: StaffingColumns;
}

const ko: GridMessages = {
  untitled: '인력 현황',
  group: '직종',
  parent: '상위 부서',
  item: '구분',
  short: (n) => `${n}명 부족`,
  over: (n) => `${n}명 초과`,
  even: '과부족 없음',
  totals: (c, a) => `현원 ${c}명 / 정원 ${a}명`,
  grade: (g, n, x) => `${g} ${n} ${x}명`.trim(),
  more: (n) => `외 ${n}개 직급`,
  views: '보기',
  heat: '음영: 결원율',
  bin: (o, lo, hi) => `${o ? '초과' : '결원'} ${hi ? (lo ? `${lo}% 이상 ${hi}% 미만` : `${hi}% 미만`) : `${lo}% 이상`}`,
  cellLegend: '현원 / 정원, 과부족',
  columns: {
    unit: '부서',
    grade: '직급',
    authorized: '정원',
    current: '현원',
    difference: '과부족',
    vacancyRate: '결원율',
    subtotal: '소계',
  },
};

const en: GridMessages = {
  untitled: 'Staffing',
  group: 'Service',
  parent: 'Parent unit',
  item: 'Item',
  short: (n) => `${n} short`,
  over: (n) => `${n} over`,
  even: 'no shortage or surplus',
  totals: (c, a) => `Current ${c} / authorized ${a}`,
  grade: (g, n, x) => `${g} ${n} ${x}`.trim(),
  more: (n) => `and ${n} more ${n === 1 ? 'grade' : 'grades'}`,
  views: 'Show',
  heat: 'Shading: vacancy rate',
  bin: (o, lo, hi) => `${o ? 'surplus' : 'vacancy'} ${hi ? (lo ? `${lo}% to under ${hi}%` : `under ${hi}%`) : `${lo}% or more`}`,
  cellLegend: 'current / authorized, difference',
  columns: {
    unit: 'Unit',
    grade: 'Grade',
    authorized: 'Authorized',
    current: 'Current',
    difference: 'Difference',
    vacancyRate: 'Vacancy rate',
    subtotal: 'Subtotal',
  },
};

export function gridMessages(lang: UiLang): GridMessages {
  return lang === 'ko' ? ko : en;
}
