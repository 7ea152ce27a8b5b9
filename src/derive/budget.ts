/**
 * Derived figures and checks of a `budget-execution` section.
 *
 * Every derived figure of a row comes from that row's own amounts (a parent's stated
 * subtotal, not its children's sum); a stated figure that fails a check is still the one
 * shown, and is named in the row's `disputed`. Warnings come in reading order: the total
 * (계 is the first row of a report table), then the items depth-first, then the series.
 */
import type { BudgetItem, BudgetPoint, BudgetSection, BudgetTotal, LangText, Warning } from '../schema/types.js';
import { pickText } from '../format/lang.js';
import { percentExact, percentHalfUp, percentWithin, subtractExact, sumExact } from './decimal.js';
import {
  budgetSumMessage,
  rateMessage,
  rateUnverifiableMessage,
  type BudgetFigure,
  type RateSubject,
} from './messages.js';
import type { DeriveOptions } from './options.js';

export type { BudgetFigure } from './messages.js';

/** The three amounts of a row or a sum of rows; `null` where no amount is given. */
export interface BudgetAmounts {
  budget: number;
  executed: number | null;
  previousBudget: number | null;
}

/** The execution rate of a row: `rate` rounded half up to one decimal, `rateExact` unrounded. */
interface RateFigures {
  rate: number | null;
  rateExact: number | null;
}

/** One budget item, with its derived figures and its children. */
export interface DerivedBudgetRow extends BudgetAmounts, RateFigures {
  /** JSON Pointer of the item within the section, e.g. `/items/1/children/0`. */
  path: string;
  id: string | undefined;
  name: LangText;
  /** 0 for a top-level item. */
  depth: number;
  /**
   * `executed` and `previousBudget` are the item's own; where a parent omits one that its
   * children give, it is their sum, and the figure is named in `summed`.
   */
  summed: Array<'executed' | 'previousBudget'>;
  /** The rate as the report states it. */
  statedRate: number | null;
  /** budget − executed; null without `executed`. */
  remaining: number | null;
  /** budget − previousBudget; null without `previousBudget`. */
  change: number | null;
  note: LangText | undefined;
  children: DerivedBudgetRow[];
  /** The sums of the children (what the parent's figures are checked against); null without children. */
  childSums: BudgetAmounts | null;
  /** Stated figures that failed a check. */
  disputed: Array<BudgetFigure | 'rate'>;
}

/** One period of a series. */
export interface DerivedBudgetPoint extends RateFigures {
  /** JSON Pointer of the point within the section, e.g. `/series/0`. */
  path: string;
  period: LangText;
  budget: number;
  executed: number | null;
  statedRate: number | null;
  remaining: number | null;
  note: LangText | undefined;
  disputed: Array<'rate'>;
}

/** The 계 row. */
export interface DerivedBudgetTotal extends BudgetAmounts, RateFigures {
  /** Each amount is the stated one where the report states it, else `computed`. */
  remaining: number | null;
  change: number | null;
  /** The sums of the top-level items; `executed`/`previousBudget` null when no item gives one. */
  computed: BudgetAmounts;
  /** The total as the report states it. */
  stated: Partial<Record<BudgetFigure, number>>;
  /** Stated amounts that differ from `computed`. */
  disputed: BudgetFigure[];
}

export interface DerivedBudget {
  items: DerivedBudgetRow[];
  series: DerivedBudgetPoint[];
  /** Null when the section has no items (a stated total is then not checked). */
  total: DerivedBudgetTotal | null;
  warnings: Warning[];
  /** The largest amount of the top-level rows and the series, for scales; 0 when none. */
  maxAmount: number;
}

const FIGURES: readonly BudgetFigure[] = ['budget', 'executed', 'previousBudget'];

interface Context {
  opts: DeriveOptions;
  warnings: Warning[];
}

export function deriveBudget(section: BudgetSection, opts: DeriveOptions): DerivedBudget {
  const itemWarnings: Warning[] = [];
  const items = (section.items ?? []).map((item, i) =>
    deriveRow(item, `/items/${i}`, 0, { opts, warnings: itemWarnings }),
  );
  const seriesWarnings: Warning[] = [];
  const series = (section.series ?? []).map((point, i) =>
    derivePoint(point, `/series/${i}`, { opts, warnings: seriesWarnings }),
  );
  const totalWarnings: Warning[] = [];
  const total = items.length > 0 ? deriveTotal(items, section.total, { opts, warnings: totalWarnings }) : null;
  return {
    items,
    series,
    total,
    warnings: [...totalWarnings, ...itemWarnings, ...seriesWarnings],
    maxAmount: maxAmountOf([...items, ...series]),
  };
}

function deriveRow(item: BudgetItem, path: string, depth: number, ctx: Context): DerivedBudgetRow {
  // Most rows are leaves without a stated rate: nothing is made for them that only a parent
  // or a message needs (a chart may have 1,000 rows, derived on a cold page).
  const childCtx: Context | null = item.children?.length ? { opts: ctx.opts, warnings: [] } : null;
  const children = childCtx
    ? item.children!.map((child, i) => deriveRow(child, `${path}/children/${i}`, depth + 1, childCtx))
    : [];
  const childSums = children.length > 0 ? sumAmounts(children) : null;
  const name = () => pickText(item.name, ctx.opts.lang);
  const disputed: DerivedBudgetRow['disputed'] = childSums ? checkSubtotal(item, childSums, name(), path, ctx) : [];

  const executed = item.executed ?? childSums?.executed ?? null;
  const previousBudget = item.previousBudget ?? childSums?.previousBudget ?? null;
  const summed: DerivedBudgetRow['summed'] = [];
  if (item.executed === undefined && executed !== null) summed.push('executed');
  if (item.previousBudget === undefined && previousBudget !== null) summed.push('previousBudget');

  if (item.rate !== undefined && !checkRate(item.rate, item.budget, executed, { kind: 'item', name: name() }, `${path}/rate`, ctx)) {
    disputed.push('rate');
  }
  if (childCtx) ctx.warnings.push(...childCtx.warnings);
  const { rate, rateExact } = rateOf(item.budget, executed);
  return {
    path,
    id: item.id,
    name: item.name,
    depth,
    budget: item.budget,
    executed,
    previousBudget,
    summed,
    rate,
    rateExact,
    statedRate: item.rate ?? null,
    remaining: executed === null ? null : subtractExact(item.budget, executed),
    change: previousBudget === null ? null : subtractExact(item.budget, previousBudget),
    note: item.note,
    children,
    childSums,
    disputed,
  };
}

/** Compares a parent's stated amounts with its children's sums; returns the disputed ones. */
function checkSubtotal(item: BudgetItem, sums: BudgetAmounts, name: string, path: string, ctx: Context): BudgetFigure[] {
  const disputed: BudgetFigure[] = [];
  for (const figure of FIGURES) {
    const stated = item[figure];
    const computed = sums[figure];
    if (stated === undefined || computed === null || stated === computed) continue;
    disputed.push(figure);
    ctx.warnings.push({
      code: 'subtotal-mismatch',
      path: `${ctx.opts.basePath}${path}/${figure}`,
      stated,
      computed,
      message: budgetSumMessage(figure, name, stated, computed, ctx.opts),
    });
  }
  return disputed;
}

function derivePoint(point: BudgetPoint, path: string, ctx: Context): DerivedBudgetPoint {
  const executed = point.executed ?? null;
  const subject: RateSubject = { kind: 'period', name: pickText(point.period, ctx.opts.lang) };
  const ok = point.rate === undefined || checkRate(point.rate, point.budget, executed, subject, `${path}/rate`, ctx);
  return {
    path,
    period: point.period,
    budget: point.budget,
    executed,
    ...rateOf(point.budget, executed),
    statedRate: point.rate ?? null,
    remaining: executed === null ? null : subtractExact(point.budget, executed),
    note: point.note,
    disputed: ok ? [] : ['rate'],
  };
}

function deriveTotal(rows: DerivedBudgetRow[], stated: BudgetTotal | undefined, ctx: Context): DerivedBudgetTotal {
  const computed = sumAmounts(rows);
  const statedFigures: DerivedBudgetTotal['stated'] = {};
  const disputed: BudgetFigure[] = [];
  for (const figure of FIGURES) {
    const value = stated?.[figure];
    if (value === undefined) continue;
    statedFigures[figure] = value;
    const sum = computed[figure];
    if (sum === null || sum === value) continue;
    disputed.push(figure);
    ctx.warnings.push({
      code: 'total-mismatch',
      path: `${ctx.opts.basePath}/total/${figure}`,
      stated: value,
      computed: sum,
      message: budgetSumMessage(figure, null, value, sum, ctx.opts),
    });
  }
  const budget = statedFigures.budget ?? computed.budget;
  const executed = statedFigures.executed ?? computed.executed;
  const previousBudget = statedFigures.previousBudget ?? computed.previousBudget;
  return {
    budget,
    executed,
    previousBudget,
    ...rateOf(budget, executed),
    remaining: executed === null ? null : subtractExact(budget, executed),
    change: previousBudget === null ? null : subtractExact(budget, previousBudget),
    computed,
    stated: statedFigures,
    disputed,
  };
}

/**
 * Checks a stated rate against the unrounded executed / budget × 100 (at most 0.05 points
 * apart passes); pushes a warning and returns false when it fails or cannot be checked.
 */
function checkRate(
  stated: number,
  budget: number,
  executed: number | null,
  subject: RateSubject,
  path: string,
  ctx: Context,
): boolean {
  const fullPath = `${ctx.opts.basePath}${path}`;
  if (executed === null || budget === 0) {
    const reason = budget === 0 ? 'zero-budget' : 'no-executed';
    ctx.warnings.push({
      code: 'rate-unverifiable',
      path: fullPath,
      stated,
      computed: null,
      message: rateUnverifiableMessage(subject, stated, reason, ctx.opts),
    });
    return false;
  }
  if (percentWithin(stated, executed, budget)) return true;
  ctx.warnings.push({
    code: 'rate-mismatch',
    path: fullPath,
    stated,
    computed: percentExact(executed, budget),
    message: rateMessage(subject, stated, executed, budget, ctx.opts),
  });
  return false;
}

function rateOf(budget: number, executed: number | null): RateFigures {
  if (executed === null || budget === 0) return { rate: null, rateExact: null };
  return { rate: percentHalfUp(executed, budget), rateExact: percentExact(executed, budget) };
}

/** Exact sums; an amount that no row gives stays null, one that some rows omit counts as 0. */
function sumAmounts(rows: readonly BudgetAmounts[]): BudgetAmounts {
  return {
    budget: sumExact(rows.map((r) => r.budget)),
    executed: sumPresent(rows.map((r) => r.executed)),
    previousBudget: sumPresent(rows.map((r) => r.previousBudget)),
  };
}

function sumPresent(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? sumExact(present) : null;
}

function maxAmountOf(rows: ReadonlyArray<Partial<BudgetAmounts>>): number {
  let max = 0;
  for (const { budget = null, executed = null, previousBudget = null } of rows) {
    max = Math.max(max, budget ?? 0, executed ?? 0, previousBudget ?? 0);
  }
  return max;
}
