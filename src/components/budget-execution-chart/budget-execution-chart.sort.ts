/** The `sort` attribute: a field, ascending; `-field` descending; missing values last. */
export type SortField = 'budget' | 'executed' | 'rate' | 'change' | 'name';

export interface SortSpec {
  field: SortField;
  descending: boolean;
}

const FIELDS: readonly string[] = ['budget', 'executed', 'rate', 'change', 'name'];

/** `-rate` → { field: 'rate', descending: true }; anything else (or empty) → null: document order. */
export function parseSort(value: string | null | undefined): SortSpec | null {
  const text = (value ?? '').trim();
  const descending = text.startsWith('-');
  const field = descending ? text.slice(1) : text;
  return FIELDS.includes(field) ? { field: field as SortField, descending } : null;
}

export interface Sortable {
  budget: number;
  executed: number | null;
  rate: number | null;
  change: number | null;
}

/**
 * A sorted copy of one level (a drill-down level sorts within itself: children are not
 * touched). Missing values sort last in either direction; ties keep document order; names
 * compare with `Intl.Collator` in the UI language.
 */
export function sortRows<T extends Sortable>(
  rows: readonly T[],
  spec: SortSpec | null,
  nameOf: (row: T) => string,
  locale: string,
): T[] {
  if (!spec) return [...rows];
  const sign = spec.descending ? -1 : 1;
  // Only names need the collator: a page's first Intl.Collator loads ICU's collation data.
  const collator = spec.field === 'name' ? new Intl.Collator(locale, { numeric: true }) : null;
  const key = (row: T): number | string | null => (spec.field === 'name' ? nameOf(row) : row[spec.field]);
  return rows
    .map((row, i) => ({ row, i, k: key(row) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      const d = typeof a.k === 'string' ? collator!.compare(a.k, b.k as string) : a.k - (b.k as number);
      return d * sign || a.i - b.i;
    })
    .map((e) => e.row);
}
