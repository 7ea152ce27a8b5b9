/**
 * Pure layout of the grid: the figure columns, the rows of the unit tree and which of them
 * show under collapsed parents, what each cell says in each view (and in the report
 * layout's rows), and the heat class of a vacancy rate. No DOM.
 */
import type { Formatted } from '../../core/cells.js';
import type { DerivedStaffing, DerivedStaffingUnit, StaffCell } from '../../derive/staffing.js';

/** What a grid cell shows: 현원 / 정원 and 과부족, one of the two, or the vacancy rate. */
export type GridView = 'diff' | 'current' | 'authorized' | 'vacancy';

/** What a cell shows: a view, or `delta` (the signed 과부족 alone, the report layout's third row). */
export type CellMode = GridView | 'delta';

export interface GridColumn {
  /** `t` 계, `s` a group's 소계, `g` a grade. */
  kind: 't' | 's' | 'g';
  /** The grade id, or the group index for `s`. */
  key: string;
  /** Group index; -1 for 계. */
  group: number;
}

export interface GridRow {
  unit: DerivedStaffingUnit;
  /** Index of the parent row, -1 at the top. */
  parent: number;
  /** In column order. */
  cells: StaffCell[];
}

/** 계, then per group its 소계 (a labelled group only) and its grades. */
export function layoutColumns(d: Pick<DerivedStaffing, 'groups'>): GridColumn[] {
  const cols: GridColumn[] = [{ kind: 't', key: '', group: -1 }];
  d.groups.forEach((g, group) => {
    if (g.label !== undefined) cols.push({ kind: 's', key: String(group), group });
    for (const key of g.gradeIds) cols.push({ kind: 'g', key, group });
  });
  return cols;
}

export function cellsOf(unit: DerivedStaffingUnit, cols: readonly GridColumn[]): StaffCell[] {
  return cols.map((c) => (c.kind === 't' ? unit.total : c.kind === 's' ? unit.groups[+c.key]! : unit.grades[c.key]!));
}

/** Every unit, depth-first, with its parent's index. */
export function layoutRows(units: readonly DerivedStaffingUnit[], cols: readonly GridColumn[]): GridRow[] {
  const rows: GridRow[] = [];
  const walk = (list: readonly DerivedStaffingUnit[], parent: number) => {
    for (const unit of list) walk(unit.children, rows.push({ unit, parent, cells: cellsOf(unit, cols) }) - 1);
  };
  walk(units, -1);
  return rows;
}

/** The rows left showing when the units whose paths are in `collapsed` are closed. */
export function visibleRows(rows: readonly GridRow[], collapsed: ReadonlySet<string>): GridRow[] {
  const hidden: boolean[] = [];
  return rows.filter((row, i) => {
    const p = rows[row.parent];
    hidden[i] = !!p && (hidden[row.parent]! || collapsed.has(p.unit.path));
    return !hidden[i];
  });
}

/** Memoized formatters and the words a cell needs. */
export interface CellFormat {
  count: (n: number) => Formatted;
  signed: (n: number) => Formatted;
  percent: (n: number | null) => Formatted;
  short: (n: string) => string;
  over: (n: string) => string;
  even: string;
  current: string;
  authorized: string;
  disputed: string;
}

export interface CellContent {
  /**
   * Shown (hidden from assistive technology): in `diff` 현원 / 정원, a line break, then the
   * 과부족 after its arrow; in `vacancy` and `delta` the rate or the 과부족 after its arrow.
   */
  text: string;
  /** What a screen reader says (visually hidden text). */
  label: string;
  /** `short` / `over` (colour; `d` when only the second line is coloured), the heat class, `disputed`. */
  cls: string;
}

/**
 * The heat scale: class, and the bounds of its vacancy rates in percent (from `lo`, under
 * `hi`; none above the last). `h*` a shortage, `o*` a surplus (a negative rate, its size).
 */
export const HEAT: readonly (readonly [string, number, number?])[] = [
  ['h1', 0, 10],
  ['h2', 10, 25],
  ['h3', 25, 50],
  ['h4', 50],
  ['o1', 0, 10],
  ['o2', 10],
];

/** Heat class of a vacancy rate, in the bins of {@link HEAT}; '' for none (0 or no 정원). */
export function heatClass(rate: number | null): string {
  return rate ? HEAT.find(([cls, , hi]) => (cls < 'o') === rate > 0 && !(Math.abs(rate) >= hi!))![0] : '';
}

/** The spoken difference: `3명 부족`, `1명 초과`, `과부족 없음`. */
export function diffLabel(n: number, f: CellFormat): string {
  return n < 0 ? f.short(f.count(-n).label) : n > 0 ? f.over(f.count(n).label) : f.even;
}

export function cellContent(cell: StaffCell, mode: CellMode, f: CellFormat): CellContent {
  const d = cell.difference;
  let text: string;
  let label: string;
  let disputed = cell.disputed.length > 0;
  let tone = toneOf(d);
  if (mode === 'current' || mode === 'authorized') {
    ({ text, label } = f.count(cell[mode]));
    disputed = cell.disputed.includes(mode);
    tone = '';
  } else {
    // The second figure, after the icon of a shortage (↓) or surplus (↑): 과부족, or the rate.
    const x = mode === 'vacancy' ? f.percent(cell.vacancyRate) : f.signed(d);
    text = (tone ? (d < 0 ? '\u2193' : '\u2191') : '') + x.text;
    // The icon is said too: a rate with the shortage or surplus it stands for ('20.0%, 1명 부족'),
    // and a surplus where nothing is authorized is more than 'not applicable'.
    label = mode === 'vacancy' ? (tone ? `${x.label}, ${diffLabel(d, f)}` : x.label) : diffLabel(d, f);
    if (mode === 'diff') {
      const c = f.count(cell.current);
      const a = f.count(cell.authorized);
      // Two lines in every cell, so that every row is as high; `d`: the first line is not coloured.
      text = `${cell.current || cell.authorized ? `${c.text} / ${a.text}` : '-'}\n${d ? text : '\u00a0'}`;
      label = `${f.current} ${c.label}, ${f.authorized} ${a.label}, ${label}`;
      tone &&= `${tone} d`;
    }
  }
  if (disputed) label += ` (${f.disputed})`;
  return { text, label, cls: `${tone} ${heatClass(cell.vacancyRate)}${disputed ? ' disputed' : ''}`.trim() };
}

export function toneOf(difference: number): string {
  return difference < 0 ? 'short' : difference > 0 ? 'over' : '';
}
