/**
 * Filter, search and sort over the derived items. Everything that depends only on the data
 * (texts in the UI language, search keys, sort ranks) is computed once per data, so that a
 * keystroke or a click on 10,000 rows costs a filter and a numeric sort.
 */
import type { DerivedPledgeItem } from '../../derive/pledge.js';
import type { LangText } from '../../schema/types.js';
import { matchesKey, normalizeText, toInitials } from './pledge-progress-table.hangul.js';

export const SORT_FIELDS = ['title', 'category', 'department', 'status', 'progress', 'due', 'updated'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** What a person chose: search text, sort (`field` or `-field`) and the filters (empty: all). */
export interface TableQuery {
  q: string;
  sort: string;
  stage: string[];
  status: string[];
  category: string[];
  department: string[];
}

/** A derived item with its texts in the UI language and its search keys. */
export interface PledgeRow {
  d: DerivedPledgeItem;
  title: string;
  category: string;
  department: string;
  /** Normalized title, id, department, category and note, joined; '' until the first search. */
  key: string;
  /** `key` with each syllable replaced by its initial consonant. */
  initials: string;
}

export interface RowIndex {
  rows: PledgeRow[];
  collator: Intl.Collator;
  /** Sort ranks per field, built on first use. */
  ranks: Map<SortField, Float64Array>;
  /** Fills the rows' search keys; the first search calls it, so a first render never waits for it. */
  keys: (() => void) | null;
}

/**
 * `text` memoized by the set of language keys: 10,000 items share two or three such sets,
 * so the language is chosen a few times instead of once per field of every item.
 */
export function memoText(text: (value: LangText | undefined) => string): (value: LangText | undefined) => string {
  const chosen = new Map<string, string>();
  return (value) => {
    if (!value || typeof value === 'string') return value ?? '';
    const keys = Object.keys(value);
    const id = keys.join('\n');
    let key = chosen.get(id);
    if (key === undefined) chosen.set(id, (key = text(Object.fromEntries(keys.map((k) => [k, k])))));
    return value[key] ?? '';
  };
}

export function indexRows(
  items: readonly DerivedPledgeItem[],
  text: (value: LangText | undefined) => string,
  categoryLabels: readonly string[],
  locale: string,
): RowIndex {
  text = memoText(text);
  const rows = items.map(
    (d): PledgeRow => ({
      d,
      title: text(d.item.title),
      category: categoryLabels[d.categoryIndex] ?? '',
      department: text(d.item.department),
      key: '',
      initials: '',
    }),
  );
  const keys = (): void => {
    for (const row of rows) {
      row.key = normalizeText(`${row.title}\n${row.d.item.id}\n${row.department}\n${row.category}\n${text(row.d.item.note)}`);
      row.initials = toInitials(row.key);
    }
  };
  return { rows, collator: new Intl.Collator(locale, { numeric: true }), ranks: new Map(), keys };
}

/** `-progress` → progress, descending; an unknown field → null (the data's order). */
export function parseSort(sort: string | null | undefined): { field: SortField; desc: boolean } | null {
  const desc = !!sort && sort.startsWith('-');
  const field = (desc ? sort!.slice(1) : sort) as SortField;
  return SORT_FIELDS.includes(field) ? { field, desc } : null;
}

function valueOf(row: PledgeRow, field: SortField): string | number | undefined {
  const item = row.d.item;
  switch (field) {
    case 'status':
      return row.d.statusIndex;
    case 'progress':
      return item.progress;
    case 'due':
    case 'updated':
      return item[field];
    default:
      return row[field] || undefined;
  }
}

/** Each row's rank for `field` (ties share a rank); NaN where the value is missing. */
export function sortRanks(index: RowIndex, field: SortField): Float64Array {
  let ranks = index.ranks.get(field);
  if (ranks) return ranks;
  const { rows, collator } = index;
  const values = rows.map((row) => valueOf(row, field));
  ranks = new Float64Array(rows.length).fill(NaN);
  const order = [...values.keys()].filter((i) => values[i] !== undefined);
  const text = field === 'title' || field === 'category' || field === 'department';
  const compare = (a: number, b: number): number => {
    const x = values[a]!;
    const y = values[b]!;
    return text ? collator.compare(x as string, y as string) : x < y ? -1 : x > y ? 1 : 0;
  };
  order.sort(compare);
  order.forEach((row, i) => {
    const previous = order[i - 1];
    ranks![row] = previous !== undefined && compare(previous, row) === 0 ? ranks![previous]! : i;
  });
  index.ranks.set(field, ranks);
  return ranks;
}

/** The rows shown for `query`: filtered, searched, then sorted (missing values last, either way). */
export function queryRows(index: RowIndex, query: TableQuery): PledgeRow[] {
  const q = normalizeText(query.q.trim());
  const { stage, status, category, department } = query;
  if (q && index.keys) {
    index.keys();
    index.keys = null;
  }
  const shown = index.rows.filter(
    (row) =>
      (!stage.length || stage.includes(row.d.stage)) &&
      (!status.length || status.includes(row.d.item.status)) &&
      (!category.length || category.includes(row.d.item.category ?? '')) &&
      (!department.length || department.includes(row.department)) &&
      (!q || matchesKey(row.key, row.initials, q)),
  );
  const sort = parseSort(query.sort);
  if (!sort) return shown;
  const ranks = sortRanks(index, sort.field);
  const dir = sort.desc ? -1 : 1;
  return shown.sort((a, b) => {
    const x = ranks[a.d.index]!;
    const y = ranks[b.d.index]!;
    if (x !== x) return y !== y ? a.d.index - b.d.index : 1;
    if (y !== y) return -1;
    return (x - y) * dir || a.d.index - b.d.index;
  });
}
