/**
 * Pure layout of the grid: the figure columns and their header ids, the rows of the unit
 * tree and which of them show under collapsed parents, what each cell says in each view,
 * the report layout's blocks and the heat class of a vacancy rate. No DOM.
 */
import type { Formatted } from '../../core/cells.js';
import type { DerivedStaffing, DerivedStaffingUnit, StaffCell } from '../../derive/staffing.js';

/** What a grid cell shows: 현원 / 정원 and 과부족, one of the two, or the vacancy rate. */
export type GridView = 'diff' | 'current' | 'authorized' | 'vacancy';

export interface GridColumn {
  /** Id of its own header cell. */
  id: string;
  /** The ids of every header cell above it, for a data cell's `headers`. */
  headers: string;
  /** `t` 계, `s` a group's 소계, `g` a grade. */
  kind: 't' | 's' | 'g';
  /** The grade id, or the group index for `s`. */
  key: string;
  /** Group index; -1 for 계. */
  group: number;
}

export interface GridRow {
  /** Id of its row header. */
  id: string;
  unit: DerivedStaffingUnit;
  /** Index of the parent row, -1 at the top. */
  parent: number;
  /** In column order. */
  cells: StaffCell[];
}

/** 계, then per group its 소계 (a labelled group only) and its grades. */
export function layoutColumns(d: Pick<DerivedStaffing, 'groups'>): GridColumn[] {
  const cols: GridColumn[] = [{ id: 'ct', headers: 'ct', kind: 't', key: '', group: -1 }];
  d.groups.forEach((g, gi) => {
    const over = g.label === undefined ? '' : `g${gi} `;
    if (over) cols.push({ id: `s${gi}`, headers: `${over}s${gi}`, kind: 's', key: String(gi), group: gi });
    for (const key of g.gradeIds) {
      const id = `c${cols.length}`;
      cols.push({ id, headers: over + id, kind: 'g', key, group: gi });
    }
  });
  return cols;
}

export function cellsOf(unit: DerivedStaffingUnit, cols: readonly GridColumn[]): StaffCell[] {
  return cols.map((c) => (c.kind === 't' ? unit.total : c.kind === 's' ? unit.groups[+c.key]! : unit.grades[c.key]!));
}

/** Every unit, depth-first, with its parent's index; row ids `r0`, `r1` … */
export function layoutRows(units: readonly DerivedStaffingUnit[], cols: readonly GridColumn[]): GridRow[] {
  const rows: GridRow[] = [];
  const walk = (list: readonly DerivedStaffingUnit[], parent: number) => {
    for (const unit of list) {
      const i = rows.push({ id: `r${rows.length}`, unit, parent, cells: cellsOf(unit, cols) }) - 1;
      walk(unit.children, i);
    }
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
  /** Shown (hidden from assistive technology). */
  text: string;
  /** The second line: 과부족 in `diff`, the rate in `vacancy`. */
  diff: string;
  /** What a screen reader says. */
  label: string;
  /** `short` / `over` (icon and colour), the heat class, `disputed`. */
  cls: string;
}

/**
 * Heat class of a vacancy rate, in bins a reader can tell apart: `h1` under 10%, `h2` under
 * 25%, `h3` under 50%, `h4` from 50%; `o1` / `o2` a surplus under / from 10%; '' for none.
 */
export function heatClass(rate: number | null): string {
  if (rate === null || rate === 0) return '';
  if (rate < 0) return rate > -10 ? 'o1' : 'o2';
  return rate < 10 ? 'h1' : rate < 25 ? 'h2' : rate < 50 ? 'h3' : 'h4';
}

/** The spoken difference: `3명 부족`, `1명 초과`, `과부족 없음`. */
export function diffLabel(n: number, f: CellFormat): string {
  return n < 0 ? f.short(f.count(-n).label) : n > 0 ? f.over(f.count(n).label) : f.even;
}

export function cellContent(cell: StaffCell, view: GridView, f: CellFormat): CellContent {
  const d = cell.difference;
  let text: string;
  let diff = '';
  let label: string;
  let disputed = cell.disputed.length > 0;
  let tone = toneOf(d);
  if (view === 'current' || view === 'authorized') {
    ({ text, label } = f.count(cell[view]));
    disputed = cell.disputed.includes(view);
    tone = '';
  } else if (view === 'vacancy') {
    const rate = f.percent(cell.vacancyRate);
    [text, diff, label] = ['', rate.text, rate.label];
  } else {
    const [c, a] = [f.count(cell.current), f.count(cell.authorized)];
    text = cell.current || cell.authorized ? `${c.text} / ${a.text}` : '-';
    diff = d ? f.signed(d).text : '';
    label = `${f.current} ${c.label}, ${f.authorized} ${a.label}, ${diffLabel(d, f)}`;
  }
  if (disputed) label += ` (${f.disputed})`;
  return { text, diff, label, cls: `${tone} ${heatClass(cell.vacancyRate)}${disputed ? ' disputed' : ''}`.trim() };
}

/** One block of the report layout: a unit's 정원, 현원 and 과부족 rows. */
export interface ReportBlock {
  id: string;
  unit: DerivedStaffingUnit;
  /** 정원, 현원, 과부족; cells in column order, `-` for zero. */
  rows: Formatted[][];
  /** Per row, per column: the figure is disputed. */
  disputed: boolean[][];
  /** Per column: `short`, `over` or ''. */
  tones: string[];
}

export function toneOf(difference: number): string {
  return difference < 0 ? 'short' : difference > 0 ? 'over' : '';
}

/** The 계 block, then every unit depth-first, as a 주요업무보고 prints them. */
export function layoutReport(total: GridRow, rows: readonly GridRow[], f: CellFormat): ReportBlock[] {
  return [total, ...rows].map((row) => ({
    id: row.id,
    unit: row.unit,
    rows: [
      row.cells.map((c) => f.count(c.authorized)),
      row.cells.map((c) => f.count(c.current)),
      row.cells.map((c) => f.signed(c.difference)),
    ],
    disputed: [
      row.cells.map((c) => c.disputed.includes('authorized')),
      row.cells.map((c) => c.disputed.includes('current')),
      row.cells.map((c) => c.disputed.length > 0),
    ],
    tones: row.cells.map((c) => toneOf(c.difference)),
  }));
}
