/**
 * The sentences of the checks' warnings, in Korean and English.
 *
 * Each sentence names the figure, the stated value and the computed value, with numbers
 * formatted in the page's locale. The Korean sentences avoid particles whose form depends
 * on how a number is read (은/는, 을/를): the copula 이지만 / 입니다 is correct after any
 * number or unit.
 */
import { formatNumber } from '../format/number.js';
import type { LangText, UiLang } from '../schema/types.js';
import { decimalsOf, percentHalfUp } from './decimal.js';
import type { DeriveOptions } from './options.js';

export type MessageOptions = Pick<DeriveOptions, 'lang' | 'locale'>;

export type BudgetFigure = 'budget' | 'executed' | 'previousBudget';
export type StaffFigure = 'authorized' | 'current';

/** The label of a grand total row (계). */
export const TOTAL_LABEL: LangText = { ko: '계', en: 'Total' };

const BUDGET_WORDS: Record<UiLang, Record<BudgetFigure, string>> = {
  en: { budget: 'budget', executed: 'executed amount', previousBudget: 'previous-year budget' },
  ko: { budget: '예산액', executed: '집행액', previousBudget: '전년도 예산액' },
};

const STAFF_WORDS: Record<UiLang, Record<StaffFigure, string>> = {
  en: { authorized: 'authorized staff', current: 'current staff' },
  ko: { authorized: '정원', current: '현원' },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function num(value: number, opts: MessageOptions): string {
  return formatNumber(value, opts.locale);
}

/** An already rounded percentage with exactly `decimals` places. */
function percent(value: number, decimals: number, opts: MessageOptions): string {
  return `${formatNumber(value, opts.locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}%`;
}

/** 계 예산액 (`owner` null) or 인건비 예산액 stated vs the sum of the items / sub-items. */
export function budgetSumMessage(
  figure: BudgetFigure,
  owner: string | null,
  stated: number,
  computed: number,
  opts: MessageOptions,
): string {
  const [s, c] = [num(stated, opts), num(computed, opts)];
  if (opts.lang === 'ko') {
    const parts = owner === null ? '항목의 합' : '하위 항목의 합';
    return `${owner ?? '계'} ${BUDGET_WORDS.ko[figure]}: 보고서에는 ${s}이지만 ${parts}은 ${c}입니다.`;
  }
  const word = BUDGET_WORDS.en[figure];
  return owner === null
    ? `Total ${word}: the report states ${s} but the items add up to ${c}.`
    : `${capitalize(word)} of ${owner}: the report states ${s} but its sub-items add up to ${c}.`;
}

/** Whose rate: an item (`of 인건비`) or a period of a series (`in 2015`). */
export type RateSubject = { kind: 'item' | 'period'; name: string };

function rateLabel(subject: RateSubject, lang: UiLang): string {
  if (lang === 'ko') return `${subject.name} 집행률`;
  return `Execution rate ${subject.kind === 'item' ? 'of' : 'in'} ${subject.name}`;
}

/** A stated execution rate that differs from executed / budget. */
export function rateMessage(
  subject: RateSubject,
  stated: number,
  executed: number,
  budget: number,
  opts: MessageOptions,
): string {
  // As many decimals as the stated figure, so that 28.81% is not answered with 28.8%.
  const decimals = Math.max(1, decimalsOf(stated));
  const s = `${num(stated, opts)}%`;
  const c = percent(percentHalfUp(executed, budget, decimals), decimals, opts);
  const division = `${num(executed, opts)} / ${num(budget, opts)}`;
  return opts.lang === 'ko'
    ? `${rateLabel(subject, 'ko')}: 보고서에는 ${s}이지만 계산하면 ${c}(${division})입니다.`
    : `${rateLabel(subject, 'en')}: stated ${s} but ${division} is ${c}.`;
}

/** Why a stated rate cannot be checked. */
export type UnverifiableReason = 'zero-budget' | 'no-executed';

/** A stated execution rate where the kit derives none. */
export function rateUnverifiableMessage(
  subject: RateSubject,
  stated: number,
  reason: UnverifiableReason,
  opts: MessageOptions,
): string {
  const s = `${num(stated, opts)}%`;
  if (opts.lang === 'ko') {
    const why = reason === 'zero-budget' ? '예산액이 0이라' : '집행액이 없어';
    return `${rateLabel(subject, 'ko')}: 보고서에는 ${s}이지만 ${why} 계산할 수 없습니다.`;
  }
  const why = reason === 'zero-budget' ? 'the budget is 0' : 'no executed amount is given';
  return `${rateLabel(subject, 'en')}: stated ${s} but it cannot be computed: ${why}.`;
}

/** A published count per status that differs from the number of items with that status. */
export function pledgeCountMessage(status: string, stated: number, computed: number, opts: MessageOptions): string {
  const [s, c] = [num(stated, opts), num(computed, opts)];
  return opts.lang === 'ko'
    ? `${status} 건수: 보고서에는 ${s}건이지만 항목으로 세면 ${c}건입니다.`
    : `Count of ${status}: the report states ${s} but ${c} items have this status.`;
}

/** A stated number of pledges that differs from the sum of the counts (or the number of items). */
export function pledgeTotalMessage(
  stated: number,
  computed: number,
  from: 'counts' | 'items',
  opts: MessageOptions,
): string {
  const [s, c] = [num(stated, opts), num(computed, opts)];
  if (opts.lang === 'ko') {
    const parts = from === 'counts' ? `상태별 건수의 합은 ${c}건` : `항목은 ${c}건`;
    return `계: 보고서에는 ${s}건이지만 ${parts}입니다.`;
  }
  const parts = from === 'counts' ? `the counts add up to ${c}` : `there are ${c} items`;
  return `Total: the report states ${s} but ${parts}.`;
}

/** A unit's stated figure for one grade that differs from the sum of its sub-units. */
export function staffSubtotalMessage(
  figure: StaffFigure,
  unit: string,
  grade: string,
  stated: number,
  computed: number,
  opts: MessageOptions,
): string {
  const [s, c] = [num(stated, opts), num(computed, opts)];
  return opts.lang === 'ko'
    ? `${unit} ${grade} ${STAFF_WORDS.ko[figure]}: 보고서에는 ${s}명이지만 하위 부서의 합은 ${c}명입니다.`
    : `${capitalize(STAFF_WORDS.en[figure])} (${grade}) of ${unit}: the report states ${s} but its sub-units add up to ${c}.`;
}

/** A stated grand total of staff that differs from the sum of the units. */
export function staffTotalMessage(figure: StaffFigure, stated: number, computed: number, opts: MessageOptions): string {
  const [s, c] = [num(stated, opts), num(computed, opts)];
  return opts.lang === 'ko'
    ? `계 ${STAFF_WORDS.ko[figure]}: 보고서에는 ${s}명이지만 부서의 합은 ${c}명입니다.`
    : `Total ${STAFF_WORDS.en[figure]}: the report states ${s} but the units add up to ${c}.`;
}
