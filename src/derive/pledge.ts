/**
 * Derived figures and checks of a `pledge-progress` section.
 *
 * The counts per status are the published ones (`counts`) where the report gives them,
 * else the items' counts; the shares divide by the stated `total` where there is one, as
 * the report did. Warnings come in reading order: the total (계 is the first column of a
 * report table), then the statuses in declared order.
 */
import type { LangText, PledgeItem, PledgeSection, PledgeStage, Warning } from '../schema/types.js';
import { pickText } from '../format/lang.js';
import { largestRemainderShares } from './decimal.js';
import { pledgeCountMessage, pledgeTotalMessage } from './messages.js';
import type { DeriveOptions } from './options.js';
import { at } from '../schema/pointer.js';

/** The stages in their fixed display order. */
export const PLEDGE_STAGES: readonly PledgeStage[] = ['done', 'progress', 'delayed', 'not-started', 'dropped'];

export interface DerivedStatus {
  id: string;
  label: LangText;
  stage: PledgeStage;
  /** The count shown: `statedCount` where the report gives counts, else `computedCount`, else 0. */
  count: number;
  /** Percent of the total, one decimal; null when the total is 0 (a share of nothing is not applicable). */
  share: number | null;
  /** The number of items with this status; null when the section has no items. */
  computedCount: number | null;
  /** The published count; null without `counts` (a status missing from `counts` is stated 0). */
  statedCount: number | null;
  /** The published count differs from the items'. */
  disputed: boolean;
}

export interface DerivedStage {
  stage: PledgeStage;
  count: number;
  /** Percent of the total, one decimal, rounded from the stage's count (not a sum of shares); null when the total is 0. */
  share: number | null;
  /** The statuses of this stage, in declared order. */
  statusIds: string[];
}

export interface DerivedPledgeItem {
  /** JSON Pointer of the item within the section, e.g. `/items/3`. */
  path: string;
  item: PledgeItem;
  index: number;
  stage: PledgeStage;
  statusIndex: number;
  /** -1 when the item has no category. */
  categoryIndex: number;
}

export interface DerivedPledgeCategory {
  id: string;
  label: LangText;
  /** The number of items in the category (0 without items). */
  count: number;
}

/** Category × status counts of the items. */
export interface PledgeCrossTab {
  categoryIds: string[];
  statusIds: string[];
  /** `cells[category][status]`, both in declared order. */
  cells: number[][];
  /** Per status: the items without a category. */
  uncategorized: number[];
}

export interface DerivedPledge {
  statuses: DerivedStatus[];
  /** All five stages in `PLEDGE_STAGES` order, empty ones included. */
  stages: DerivedStage[];
  /** The denominator shown: the stated total where there is one, else `computedTotal`. */
  total: number;
  /** The sum of the shown counts. */
  computedTotal: number;
  statedTotal: number | null;
  totalDisputed: boolean;
  categories: DerivedPledgeCategory[];
  /** Null when the section has no items. */
  crossTab: PledgeCrossTab | null;
  items: DerivedPledgeItem[];
  warnings: Warning[];
}

export function derivePledge(section: PledgeSection, opts: DeriveOptions): DerivedPledge {
  const items = section.items && section.items.length > 0 ? section.items : null;
  const tally = items ? tallyItems(section, items) : null;
  const statusWarnings: Warning[] = [];
  const counted = section.statuses.map((status) => {
    const computedCount = tally ? tally.statusCount(status.id) : null;
    const statedCount = section.counts ? (ownValue(section.counts, status.id) ?? 0) : null;
    const disputed = statedCount !== null && computedCount !== null && statedCount !== computedCount;
    if (disputed) {
      statusWarnings.push({
        code: 'count-mismatch',
        path: at(`${opts.basePath}/counts`, status.id),
        stated: statedCount,
        computed: computedCount,
        message: pledgeCountMessage(pickText(status.label, opts.lang), statedCount, computedCount, opts),
      });
    }
    const count = statedCount ?? computedCount ?? 0;
    return { id: status.id, label: status.label, stage: status.stage, count, computedCount, statedCount, disputed };
  });

  const computedTotal = counted.reduce((sum, s) => sum + s.count, 0);
  const statedTotal = section.total ?? null;
  const hasData = section.counts !== undefined || items !== null;
  const totalDisputed = hasData && statedTotal !== null && statedTotal !== computedTotal;
  const totalWarnings: Warning[] = [];
  if (totalDisputed) {
    totalWarnings.push({
      code: 'total-mismatch',
      path: `${opts.basePath}/total`,
      stated: statedTotal,
      computed: computedTotal,
      message: pledgeTotalMessage(statedTotal, computedTotal, section.counts ? 'counts' : 'items', opts),
    });
  }

  const total = statedTotal ?? computedTotal;
  const shares = total > 0 ? largestRemainderShares(counted.map((s) => s.count), total) : null;
  return {
    statuses: counted.map((s, i) => ({ ...s, share: shares ? (shares[i] ?? 0) : null })),
    stages: deriveStages(counted, total),
    total,
    computedTotal,
    statedTotal,
    totalDisputed,
    categories: (section.categories ?? []).map((c) => ({ id: c.id, label: c.label, count: tally?.categoryCount(c.id) ?? 0 })),
    crossTab: tally?.crossTab ?? null,
    items: tally?.items ?? [],
    warnings: [...totalWarnings, ...statusWarnings],
  };
}

/**
 * An item's place, one per item of a list that may be 10,000 long: a class, so every row has
 * the same shape, and the pointer made only when asked for (10,000 strings, made up front,
 * were most of what the young-generation collections of a first render had to copy).
 */
class PledgeRow implements DerivedPledgeItem {
  constructor(
    readonly item: PledgeItem,
    readonly index: number,
    readonly stage: PledgeStage,
    readonly statusIndex: number,
    readonly categoryIndex: number,
  ) {}

  get path(): string {
    return `/items/${this.index}`;
  }
}

/** The first index of each id (a repeated id is a validation error; the first one counts, as a search would find it). */
function indexOfIds(list: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach(({ id }, i) => map.has(id) || map.set(id, i));
  return map;
}

/**
 * Everything per item in one pass (a report may list 10,000 items): the counts by status and
 * by category, the category × status cross-tab and each item's place.
 */
function tallyItems(section: PledgeSection, items: readonly PledgeItem[]) {
  const statusIds = section.statuses.map((s) => s.id);
  const categoryIds = (section.categories ?? []).map((c) => c.id);
  const statusAt = indexOfIds(section.statuses);
  const categoryAt = indexOfIds(section.categories ?? []);
  const cells = categoryIds.map(() => statusIds.map(() => 0));
  const uncategorized = statusIds.map(() => 0);
  // Counted by declared index, not by id: two array increments an item instead of four Map
  // operations. Only declared ids are ever looked up; a repeated id shares its first index.
  const statusCounts = statusIds.map(() => 0);
  const categoryCounts = categoryIds.map(() => 0);
  const described: DerivedPledgeItem[] = [];
  items.forEach((item, index) => {
    const statusIndex = statusAt.get(item.status) ?? -1;
    const categoryIndex = item.category === undefined ? -1 : (categoryAt.get(item.category) ?? -1);
    if (statusIndex >= 0) {
      statusCounts[statusIndex]!++;
      (categoryIndex >= 0 ? cells[categoryIndex]! : uncategorized)[statusIndex]!++;
    }
    if (categoryIndex >= 0) categoryCounts[categoryIndex]!++;
    described.push(new PledgeRow(item, index, section.statuses[statusIndex]?.stage ?? 'not-started', statusIndex, categoryIndex));
  });
  return {
    statusCount: (id: string) => statusCounts[statusAt.get(id)!] ?? 0,
    categoryCount: (id: string) => categoryCounts[categoryAt.get(id)!] ?? 0,
    crossTab: { categoryIds, statusIds, cells, uncategorized },
    items: described,
  };
}

function deriveStages(statuses: ReadonlyArray<{ id: string; stage: PledgeStage; count: number }>, total: number): DerivedStage[] {
  const stages = PLEDGE_STAGES.map((stage) => {
    const members = statuses.filter((s) => s.stage === stage);
    return { stage, count: members.reduce((sum, s) => sum + s.count, 0), statusIds: members.map((s) => s.id) };
  });
  const shares = total > 0 ? largestRemainderShares(stages.map((s) => s.count), total) : null;
  return stages.map((s, i) => ({ ...s, share: shares ? (shares[i] ?? 0) : null }));
}

/** An own property only: a status id such as `constructor` must not read the prototype. */
function ownValue(record: { [key: string]: number }, key: string): number | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
