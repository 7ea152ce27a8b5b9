/** The chart's own words, Korean and English (the shared ones live in format/messages.ts). */
import type { UiLang } from '../../schema/types.js';

/** The chart's column labels: table, CSV, legend and tooltips (계 is shared). */
export interface BudgetColumns {
  item: string;
  budget: string;
  executed: string;
  rate: string;
  remaining: string;
  previousBudget: string;
  change: string;
  note: string;
  period: string;
}

export interface ChartMessages {
  /** The heading of a section (and document) without a title. */
  untitled: string;
  showTable: string;
  downloadSvg: string;
  downloadPng: string;
  /** The page's policy (CSP) or the browser refused to draw the PNG. */
  pngFailed: string;
  /** The low-rate mark's words, after its icon. */
  low: string;
  /** The button that leaves a drill-down level: to the items of `up`, or (null) to all items. */
  back: (up: string | null) => string;
  /** Spoken hint on a bar that opens a level or a fold. */
  opens: (count: number) => string;
  /** The fold bar. */
  others: (count: number) => string;
  /** Said instead of the chart when its mode has nothing to draw: no periods (trend), else no items. */
  empty: (trend: boolean) => string;
  /** The summary: total, executed and rate. */
  execution: (total: string, executed: string, rate: string) => string;
  /** The summary of a trend: first and last period, with their rates. */
  trend: (from: string, to: string) => string;
  /** The summary of a year-over-year chart: the total and its change. */
  yoy: (total: string, change: string) => string;
  /** Words before the extremes: lowest, highest rate; largest increase, decrease. */
  lowest: string;
  highest: string;
  up: string;
  down: string;
  columns: BudgetColumns;
}

const ko: ChartMessages = {
  untitled: '예산 집행현황',
  showTable: '표로 보기',
  downloadSvg: 'SVG 내려받기',
  downloadPng: 'PNG 내려받기',
  pngFailed: 'PNG를 만들 수 없습니다(페이지 보안 정책). SVG로 내려받으세요.',
  low: '집행 부진',
  back: (up) => (up ? `${up} 보기` : '전체 보기'),
  opens: (n) => `세부 항목 ${n}개, Enter로 펼치기`,
  others: (n) => `그 외 ${n}개 항목`,
  empty: (trend) => (trend ? '표시할 기간별 자료(series)가 없습니다.' : '표시할 항목(items)이 없습니다.'),
  execution: (t, e, r) => `예산 ${t} 중 ${e} 집행, 집행률 ${r}.`,
  trend: (a, b) => `집행률 ${a} → ${b}.`,
  yoy: (t, c) => `예산 ${t}, 전년도 대비 ${c}.`,
  lowest: '최저',
  highest: '최고',
  up: '최대 증가',
  down: '최대 감소',
  columns: {
    item: '구분',
    budget: '예산액',
    executed: '집행액',
    rate: '집행률',
    remaining: '잔액',
    previousBudget: '전년도 예산액',
    change: '증감',
    note: '비고',
    period: '연도',
  },
};

const en: ChartMessages = {
  untitled: 'Budget execution',
  showTable: 'Show table',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  pngFailed: 'The PNG could not be drawn (the page’s security policy); download the SVG instead.',
  low: 'behind',
  back: (up) => `Back to ${up ?? 'all items'}`,
  opens: (n) => `${n} sub-item${n === 1 ? '' : 's'}, press Enter to open`,
  others: (n) => `${n} other item${n === 1 ? '' : 's'}`,
  empty: (trend) => (trend ? 'There are no periods (series) to show.' : 'There are no items to show.'),
  execution: (t, e, r) => `Of a budget of ${t}, ${e} executed: a rate of ${r}.`,
  trend: (a, b) => `Execution rate ${a} → ${b}.`,
  yoy: (t, c) => `Budget ${t}, ${c} on the previous year.`,
  lowest: 'lowest',
  highest: 'highest',
  up: 'largest increase',
  down: 'largest decrease',
  columns: {
    item: 'Item',
    budget: 'Budget',
    executed: 'Executed',
    rate: 'Execution rate',
    remaining: 'Remaining',
    previousBudget: 'Previous year budget',
    change: 'Change',
    note: 'Note',
    period: 'Period',
  },
};

export function chartMessages(lang: UiLang): ChartMessages {
  return lang === 'ko' ? ko : en;
}
