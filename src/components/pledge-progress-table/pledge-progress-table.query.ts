/**
 * Filter, search and sort over the derived items. Nothing is computed per item before it is
 * needed: a first render without a query returns the items as they are; the texts a filter,
 * a sort or the search reads (departments, titles, search keys, initials, sort ranks) are
 * built once per data on first use, so that later keystrokes and clicks on 10,000 rows cost
 * a filter and a numeric sort.
 */
import type { DerivedPledgeItem } from '../../derive/pledge.js';
import type { LangText } from '../../schema/types.js';
import { matchesKey, normalizeText, toInitials } from './pledge-progress-table.hangul.js';

export const SORT_FIELDS = ['title', 'category', 'department', 'status', 'progress', 'due', 'updated'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** The multi-valued filters, in the order the toolbar shows them. */
export const FILTER_KEYS = ['stage', 'status', 'category', 'department'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What a person chose: search text, sort (`field` or `-field`) and the filters (empty: all). */
export interface TableQuery extends Record<FilterKey, string[]> {
  q: string;
  sort: string;
}

/** The items of one data with what has been computed about them so far. */
export interface RowIndex {
  items: readonly DerivedPledgeItem[];
  /** A text field in the UI language. */
  text: (value: LangText | undefined) => string;
  /** The label of each declared category, in the UI language. */
  categoryLabels: readonly string[];
  locale: string;
  /** Per field, per item (by `index`): filled on first use. */
  texts: Partial<Record<'title' | 'department' | 'key' | 'initials', string[]>>;
  ranks: Partial<Record<SortField, Float64Array>>;
  collator?: Intl.Collator;
  departments?: string[];
}

/** Cheap: no work per item until a query needs it. */
export function indexRows(
  items: readonly DerivedPledgeItem[],
  text: (value: LangText | undefined) => string,
  categoryLabels: readonly string[],
  locale: string,
): RowIndex {
  return { items, text, categoryLabels, locale, texts: {}, ranks: {} };
}

/**
 * One text per item (by `index`), built on first use: its title or department, its search key
 * (title, id, department, category and note, normalized) or the key's initial consonants.
 * `stop` ends the work early (an idle slice is over); the next call goes on from there.
 */
export function textsOf(index: RowIndex, field: keyof RowIndex['texts'], stop?: () => boolean): string[] {
  const { items, text, texts } = index;
  const list = (texts[field] ??= []);
  for (let i = list.length; i < items.length && !stop?.(); i++) {
    const d = items[i]!;
    const { item } = d;
    list.push(
      field === 'initials' ? toInitials(textsOf(index, 'key')[i]!)
      : field === 'key' ? normalizeText(`${text(item.title)}\n${item.id}\n${text(item.department)}\n${categoryOf(index, d)}\n${text(item.note)}`)
      : text(item[field]),
    );
  }
  return list;
}

export const categoryOf = (index: RowIndex, d: DerivedPledgeItem): string => index.categoryLabels[d.categoryIndex] ?? '';

/** The collator of the UI language, made on first use (making one costs milliseconds). */
export const collatorOf = (index: RowIndex): Intl.Collator =>
  (index.collator ??= new Intl.Collator(index.locale, { numeric: true }));

/** The departments named by the items, each once, in collation order. */
export const departmentsOf = (index: RowIndex): string[] =>
  (index.departments ??= [...new Set(textsOf(index, 'department'))].filter(Boolean).sort(collatorOf(index).compare));

/** `-progress` → progress, descending; an unknown field → null (the data's order). */
export function parseSort(sort: string | null | undefined): { field: SortField; desc: boolean } | null {
  const desc = !!sort && sort.startsWith('-');
  const field = (desc ? sort!.slice(1) : sort) as SortField;
  return SORT_FIELDS.includes(field) ? { field, desc } : null;
}

/**
 * Each item's rank for `field` (by `index`): an integer, equal values sharing one, NaN where
 * the value is missing. Every field is ranked by sorting its distinct values once: statuses
 * (their declared order) and progress as numbers, texts and ISO dates with the collator (its
 * numeric order keeps the dates' order).
 */
export function sortRanks(index: RowIndex, field: SortField): Float64Array {
  const { items, ranks } = index;
  if (ranks[field]) return ranks[field];
  const values = items.map((d): string | number | undefined =>
    field === 'status' ? d.statusIndex
    : field === 'category' ? categoryOf(index, d)
    : field === 'title' || field === 'department' ? textsOf(index, field)[d.index]
    : d.item[field],
  );
  const distinct = [...new Set(values)].filter((v) => v !== undefined && v !== '') as never[];
  distinct.sort(typeof distinct[0] === 'number' ? (a: number, b: number) => a - b : collatorOf(index).compare);
  const order = new Map<unknown, number>(distinct.map((v, i) => [v, i]));
  return (ranks[field] = Float64Array.from(values, (v) => order.get(v) ?? NaN));
}

/** The items shown for `query`: filtered, searched, then sorted (missing values last, either way). */
export function queryRows(index: RowIndex, query: TableQuery): readonly DerivedPledgeItem[] {
  const q = normalizeText(query.q.trim());
  const { stage, status, category, department } = query;
  const sort = parseSort(query.sort);
  const departments = department.length ? textsOf(index, 'department') : [];
  const texts = q ? textsOf(index, 'key') : [];
  const initials = /[ㄱ-ㅎ]/.test(q) ? textsOf(index, 'initials') : [];

  const shown =
    q || stage.length || status.length || category.length || department.length
      ? index.items.filter(
          (d) =>
            (!stage.length || stage.includes(d.stage)) &&
            (!status.length || status.includes(d.item.status)) &&
            (!category.length || category.includes(d.item.category ?? '')) &&
            (!department.length || department.includes(departments[d.index]!)) &&
            (!q || matchesKey(texts[d.index]!, initials[d.index] ?? '', q)),
        )
      : index.items;
  if (!sort) return shown;
  // One number per row, rank then data order: a native sort of numbers, no comparator to call.
  // Missing values (NaN ranks) last either way; ties keep the data order either way.
  const ranks = sortRanks(index, sort.field);
  const n = index.items.length;
  const keys = new Float64Array(shown.length);
  shown.forEach((d, i) => {
    const r = ranks[d.index]!;
    keys[i] = (r !== r ? 2 * n : sort.desc ? n - r : r) * n + d.index;
  });
  return Array.from(keys.sort(), (k) => index.items[k % n]!);
}
