/**
 * Derived figures and checks of a `staffing` section.
 *
 * Columns: the grades, grouped by `group` in order of each group's first appearance (a
 * group's grades need not be consecutive in `grades`; within a group they keep their
 * declared order). A grade without `group` forms a group of its own, with no label: a
 * subtotal over unrelated ungrouped grades would mean nothing, and a one-grade group needs
 * no 소계 — the UI shows an unlabelled group as a single column.
 *
 * Rows: the units, depth-first, and a grand total (계) over the top-level units. A unit with
 * children shows its stated figures where it gives them (per field: when it gives an
 * `authorized` object, a grade missing from it is stated 0, and is checked), else its
 * children's sums. Warnings come in reading order: the total, then the units depth-first,
 * each unit's 정원 before its 현원, grades in column order.
 */
import type { LangText, StaffingGrade, StaffingSection, StaffingUnit, Warning } from '../schema/types.js';
import { pickText } from '../format/lang.js';
import { staffSubtotalMessage, staffTotalMessage, TOTAL_LABEL, type StaffFigure } from './messages.js';
import type { DeriveOptions } from './options.js';
import { at } from '../schema/pointer.js';

export type { StaffFigure } from './messages.js';

/** The figures of one cell: a grade, a group (소계) or a unit's total (계). */
export interface StaffCell {
  /** 정원; 0 where not given. */
  authorized: number;
  /** 현원; 0 where not given. */
  current: number;
  /** 과부족 = current − authorized. */
  difference: number;
  /** (authorized − current) / authorized in percent, one decimal, half up (negative for a surplus); null when authorized is 0. */
  vacancyRate: number | null;
  /** Figures given nowhere (so shown as `-`): for a sum, absent from every cell summed. */
  absent: readonly StaffFigure[];
  /** Stated figures that differ from the sum of the sub-units (or, in the 계 row, of the units). */
  disputed: readonly StaffFigure[];
}

export interface DerivedStaffingGrade {
  id: string;
  label: LangText;
  group: LangText | undefined;
  /** Index into `DerivedStaffing.groups`. */
  groupIndex: number;
}

export interface DerivedStaffingGroup {
  /** `JSON.stringify(group)`, or `ungrouped:<grade id>` for a grade without group. */
  key: string;
  /** Undefined for a lone ungrouped grade. */
  label: LangText | undefined;
  /** In declared order: the column order is the groups', then these. */
  gradeIds: string[];
}

export interface DerivedStaffingUnit {
  /** JSON Pointer within the section, e.g. `/units/0/children/1`; `/total` for the 계 row. */
  path: string;
  id: string | undefined;
  name: LangText;
  depth: number;
  /** Grade id → cell, for every declared grade. */
  grades: Record<string, StaffCell>;
  /** By group index (소계). */
  groups: StaffCell[];
  /** Over all grades (계). */
  total: StaffCell;
  children: DerivedStaffingUnit[];
}

export interface DerivedStaffing {
  grades: DerivedStaffingGrade[];
  groups: DerivedStaffingGroup[];
  units: DerivedStaffingUnit[];
  /**
   * The 계 row over the top-level units: grade and group cells are sums; its `total` cell
   * shows the stated `total` figures where given (marked disputed when they differ).
   */
  total: DerivedStaffingUnit;
  statedTotal: { authorized: number | null; current: number | null };
  computedTotal: { authorized: number; current: number };
  warnings: Warning[];
}

const FIELDS: readonly StaffFigure[] = ['authorized', 'current'];

interface Columns {
  grades: DerivedStaffingGrade[];
  groups: DerivedStaffingGroup[];
  /** Grade ids in column order. */
  order: string[];
}

interface Context {
  opts: DeriveOptions;
  columns: Columns;
  warnings: Warning[];
}

export function deriveStaffing(section: StaffingSection, opts: DeriveOptions): DerivedStaffing {
  const columns = groupGrades(section.grades);
  const unitWarnings: Warning[] = [];
  const units = section.units.map((unit, i) =>
    deriveUnit(unit, `/units/${i}`, 0, { opts, columns, warnings: unitWarnings }),
  );
  const statedTotal = {
    authorized: section.total?.authorized ?? null,
    current: section.total?.current ?? null,
  };
  const totalWarnings: Warning[] = [];
  const total = deriveTotalRow(units, statedTotal, { opts, columns, warnings: totalWarnings });
  const computed = sumCells(units.map((u) => u.total));
  return {
    grades: columns.grades,
    groups: columns.groups,
    units,
    total,
    statedTotal,
    computedTotal: { authorized: computed.authorized, current: computed.current },
    warnings: [...totalWarnings, ...unitWarnings],
  };
}

function groupGrades(grades: readonly StaffingGrade[]): Columns {
  const groups: DerivedStaffingGroup[] = [];
  const derived = grades.map((grade) => {
    const key = grade.group === undefined ? `ungrouped:${grade.id}` : JSON.stringify(grade.group);
    let groupIndex = groups.findIndex((g) => g.key === key);
    if (groupIndex < 0) groupIndex = groups.push({ key, label: grade.group, gradeIds: [] }) - 1;
    groups[groupIndex].gradeIds.push(grade.id);
    return { id: grade.id, label: grade.label, group: grade.group, groupIndex };
  });
  return { grades: derived, groups, order: groups.flatMap((g) => g.gradeIds) };
}

function deriveUnit(unit: StaffingUnit, path: string, depth: number, ctx: Context): DerivedStaffingUnit {
  // Written out rather than spread, and a child context only for a parent: on a cold page,
  // 200 units are derived by the interpreter, where spreads and array patterns cost.
  const childCtx: Context | null = unit.children?.length ? { opts: ctx.opts, columns: ctx.columns, warnings: [] } : null;
  const children = childCtx
    ? unit.children!.map((child, i) => deriveUnit(child, `${path}/children/${i}`, depth + 1, childCtx))
    : [];
  const cells = childCtx ? parentCells(unit, children, path, ctx) : leafCells(unit, ctx.columns.order);
  if (childCtx) ctx.warnings.push(...childCtx.warnings);
  const { grades, groups, total } = summarize(cells, ctx.columns);
  return { path, id: unit.id, name: unit.name, depth, grades, groups, total, children };
}

/** One figure of a cell as shown. */
interface Figure {
  value: number;
  absent: boolean;
  disputed: boolean;
}

function leafCells(unit: StaffingUnit, gradeIds: readonly string[]): StaffCell[] {
  return gradeIds.map((id) => {
    const authorized = ownValue(unit.authorized, id);
    const current = ownValue(unit.current, id);
    return makeCell(authorized ?? 0, current ?? 0, figures(authorized === undefined, current === undefined), NONE);
  });
}

function parentCells(unit: StaffingUnit, children: DerivedStaffingUnit[], path: string, ctx: Context): StaffCell[] {
  const { order } = ctx.columns;
  const sums = order.map((id) => sumCells(children.map((c) => c.grades[id])));
  const [authorized, current] = FIELDS.map((field) =>
    order.map((id, i) => parentFigure(unit, id, field, sums[i], path, ctx)),
  );
  return order.map((_, i) => cellOf(authorized[i], current[i]));
}

/**
 * Stated where the parent gives an object for the field (a grade missing from it is stated
 * 0 and shown as `-`), checked against the children's sum; else the children's sum.
 */
function parentFigure(unit: StaffingUnit, gradeId: string, field: StaffFigure, sum: StaffCell, path: string, ctx: Context): Figure {
  const given = unit[field];
  if (given === undefined) return summedFigure(sum, field);
  const stated = givenFigure(ownValue(given, gradeId));
  return checkFigure(stated, sum[field], ctx, () => subtotalWarning(unit, gradeId, field, stated.value, sum[field], path, ctx));
}

function givenFigure(value: number | undefined): Figure {
  return { value: value ?? 0, absent: value === undefined, disputed: false };
}

function summedFigure(sum: StaffCell, field: StaffFigure): Figure {
  return { value: sum[field], absent: sum.absent.includes(field), disputed: false };
}

function checkFigure(stated: Figure, computed: number, ctx: Context, warning: () => Warning): Figure {
  if (stated.value === computed) return stated;
  ctx.warnings.push(warning());
  return { ...stated, disputed: true };
}

function subtotalWarning(
  unit: StaffingUnit,
  gradeId: string,
  field: StaffFigure,
  stated: number,
  computed: number,
  path: string,
  ctx: Context,
): Warning {
  const { opts, columns } = ctx;
  const grade = columns.grades.find((g) => g.id === gradeId);
  const unitName = pickText(unit.name, opts.lang);
  const gradeName = pickText(grade?.label ?? gradeId, opts.lang);
  return {
    code: 'subtotal-mismatch',
    path: at(`${opts.basePath}${path}/${field}`, gradeId),
    stated,
    computed,
    message: staffSubtotalMessage(field, unitName, gradeName, stated, computed, opts),
  };
}

/** The 계 row: sums of the units, its own total cell showing the stated figures where given. */
function deriveTotalRow(units: readonly DerivedStaffingUnit[], stated: DerivedStaffing['statedTotal'], ctx: Context): DerivedStaffingUnit {
  const { order } = ctx.columns;
  const sums = summarize(order.map((id) => sumCells(units.map((u) => u.grades[id]))), ctx.columns);
  const [authorized, current] = FIELDS.map((field) => {
    const value = stated[field];
    const computed = sums.total[field];
    if (value === null) return summedFigure(sums.total, field);
    return checkFigure(givenFigure(value), computed, ctx, () => ({
      code: 'total-mismatch',
      path: `${ctx.opts.basePath}/total/${field}`,
      stated: value,
      computed,
      message: staffTotalMessage(field, value, computed, ctx.opts),
    }));
  });
  return {
    path: '/total',
    id: undefined,
    name: TOTAL_LABEL,
    depth: 0,
    grades: sums.grades,
    groups: sums.groups,
    total: cellOf(authorized, current),
    children: [],
  };
}

/** Grade cells in column order → the grades record, the group subtotals (소계) and the total (계). */
function summarize(cells: readonly StaffCell[], columns: Columns): Pick<DerivedStaffingUnit, 'grades' | 'groups' | 'total'> {
  const grades = Object.fromEntries(columns.order.map((id, i) => [id, cells[i]]));
  return {
    grades,
    groups: columns.groups.map((g) => sumCells(g.gradeIds.map((id) => grades[id]))),
    total: sumCells(cells),
  };
}

/** The sum of cells; a figure is absent when it is absent from every cell (or there are none). */
function sumCells(cells: readonly StaffCell[]): StaffCell {
  // A loop, not reduce and filter: a 200-unit grid sums some 5,000 cells.
  let authorized = 0;
  let current = 0;
  let noAuthorized = true;
  let noCurrent = true;
  for (const c of cells) {
    authorized += c.authorized;
    current += c.current;
    noAuthorized &&= c.absent.includes('authorized');
    noCurrent &&= c.absent.includes('current');
  }
  return makeCell(authorized, current, figures(noAuthorized, noCurrent), NONE);
}

function makeCell(authorized: number, current: number, absent: readonly StaffFigure[], disputed: readonly StaffFigure[]): StaffCell {
  return {
    authorized,
    current,
    difference: current - authorized,
    vacancyRate: authorized === 0 ? null : vacancyRate(authorized, current),
    absent,
    disputed,
  };
}

function cellOf(authorized: Figure, current: Figure): StaffCell {
  return makeCell(
    authorized.value,
    current.value,
    figures(authorized.absent, current.absent),
    figures(authorized.disputed, current.disputed),
  );
}

/** The figures flagged, as one of four shared lists: thousands of cells allocate none. */
const NONE: readonly StaffFigure[] = Object.freeze([]);
const FLAGGED: readonly (readonly StaffFigure[])[] = [NONE, Object.freeze(['authorized']), Object.freeze(['current']), Object.freeze([...FIELDS])];
function figures(authorized: boolean, current: boolean): readonly StaffFigure[] {
  return FLAGGED[+authorized + 2 * +current]!;
}

/** An own property only: a grade id such as `constructor` must not read the prototype. */
function ownValue(record: { [key: string]: number } | undefined, key: string): number | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * (authorized − current) / authorized in percent, half away from zero to one decimal, in
 * exact integer arithmetic (counts are integers, so the decimal module is not needed).
 */
function vacancyRate(authorized: number, current: number): number {
  const gap = Math.abs(authorized - current);
  const num = 2000 * gap + authorized;
  const den = 2 * authorized;
  return (Math.sign(authorized - current) * (num - (num % den))) / den / 10 || 0;
}
