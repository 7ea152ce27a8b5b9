import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { reportElementStyles } from '../../core/report-element.styles.js';
import { depthClass, figure } from '../../core/cells.js';
import { validateStaffingSection } from '../../schema/validate-staffing.js';
import type { SectionKind, StaffingSection } from '../../schema/types.js';
import { deriveStaffing, type DerivedStaffing } from '../../derive/staffing.js';
import {
  cellContent,
  cellsOf,
  layoutColumns,
  layoutReport,
  layoutRows,
  visibleRows,
  type CellContent,
  type CellFormat,
  type GridColumn,
  type GridRow,
  type GridView,
  type ReportBlock,
} from './staffing-grid.layout.js';
import { gridFormat } from './staffing-grid.format.js';
import { nextCell } from './staffing-grid.keys.js';
import { gridMessages, type GridMessages } from './staffing-grid.messages.js';
import { summarize } from './staffing-grid.summary.js';
import { gridStyles } from './staffing-grid.styles.js';

export type { GridView } from './staffing-grid.layout.js';

/** The derived section and what the grid lays out from it, built once per input. */
export interface StaffingGridData extends DerivedStaffing {
  cols: GridColumn[];
  /** The text of each column's header. */
  heads: string[];
  rows: GridRow[];
  totalRow: GridRow;
  fmt: CellFormat;
  gm: GridMessages;
  summary: string;
}

/**
 * Shows a `staffing` section: 정원 (authorized) against 현원 (current) per unit and job
 * grade, with 과부족 (difference), 소계 per job series and 계. Units with sub-units expand and
 * collapse; the arrow keys move between cells (Home / End, Ctrl+Home / Ctrl+End, Page Up /
 * Page Down); a shortage is told by its sign (△1), an arrow and colour.
 *
 * @summary Staffing (인력 현황) of a report section, as an accessible table.
 *
 * @tagname staffing-grid
 *
 * @fires report-load - {ReportLoadEvent} A newly given document or section has been rendered.
 * @fires report-error - {ReportErrorEvent} The input cannot be shown; `detail.problems` lists every problem.
 *
 * @csspart caption - The title line.
 * @csspart summary - The sentence that says what the figures show.
 * @csspart warnings - Figures that do not add up.
 * @csspart error - What went wrong.
 * @csspart table - The data table.
 * @csspart toolbar - The actions.
 *
 * @cssprop --crk-color-shortage - Text and icon of a shortage (과부족 △), and the heat of vacancies.
 * @cssprop --crk-color-surplus - Text and icon of a surplus, and its heat.
 * @cssprop --crk-max-height - Height from which the table scrolls inside its region, under a sticky header (default: 80vh).
 */
export class StaffingGrid extends ReportElement<StaffingSection, StaffingGridData> {
  static override styles = [reportElementStyles, gridStyles];

  /**
   * What a cell shows: `diff` (default: 현원 / 정원 and the 과부족), `current`, `authorized` or
   * `vacancy` (the vacancy rate).
   */
  @property({ reflect: true }) view: GridView = 'diff';

  /** `grid` (default: units as rows) or `report`: 정원 / 현원 / 과부족 rows, one block per unit, as a report prints it. */
  @property({ reflect: true }) layout: 'grid' | 'report' = 'grid';

  /** Shades each cell by its vacancy rate (a colour-blind-safe scale; the figures still say it). */
  @property({ type: Boolean, reflect: true }) heat = false;

  /**
   * JSON Pointers (`/units/0`) of the units whose sub-units are hidden; the expand buttons
   * set it. Assign a new set to collapse units from a script (e.g. all, for a long list).
   */
  @property({ attribute: false }) collapsed: ReadonlySet<string> = new Set();

  protected readonly kind: SectionKind = 'staffing';
  protected readonly validateSection = validateStaffingSection;

  private body: { row: GridRow; cells: CellContent[] }[] | ReportBlock[] = [];
  private bodyKey: unknown[] = [];
  private active: HTMLElement | null = null;
  private pos: [number, number] = [0, 0];

  protected derive(section: StaffingSection, c: RenderContext): StaffingGridData {
    const d = deriveStaffing(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
    const m = c.messages;
    const gm = gridMessages(c.lang);
    const cols = layoutColumns(d);
    const label = new Map(d.grades.map((g) => [g.id, c.text(g.label)]));
    const fmt: CellFormat = {
      ...gridFormat(c),
      short: gm.short,
      over: gm.over,
      even: gm.even,
      current: m.columns.current,
      authorized: m.columns.authorized,
      disputed: m.disputed,
    };
    return {
      ...d,
      cols,
      heads: cols.map((k) => (k.kind === 't' ? m.columns.total : k.kind === 's' ? m.columns.subtotal : label.get(k.key)!)),
      rows: layoutRows(d.units, cols),
      totalRow: { id: 'rt', unit: d.total, parent: -1, cells: cellsOf(d.total, cols) },
      fmt,
      gm,
      summary: summarize(d, gm, (n) => fmt.count(n).label, c.text),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const v = this.presented;
    if (v.status !== 'ready') return;
    const d = v.derived;
    const key = [d, this.view, this.layout, this.collapsed];
    if (key.every((k, i) => k === this.bodyKey[i])) return;
    this.bodyKey = key;
    this.body =
      this.layout === 'report'
        ? layoutReport(d.totalRow, d.rows, d.fmt)
        : [d.totalRow, ...visibleRows(d.rows, this.collapsed)].map((row) => ({
            row,
            cells: row.cells.map((cell) => cellContent(cell, this.view, d.fmt)),
          }));
  }

  protected renderFigures(section: StaffingSection, d: StaffingGridData, c: RenderContext): TemplateResult {
    const m = c.messages;
    const report = this.layout === 'report';
    const legend = report
      ? `${m.columns.authorized} / ${m.columns.current} / ${m.columns.difference}`
      : { diff: m.cellLegend, current: m.columns.current, authorized: m.columns.authorized, vacancy: m.columns.vacancyRate }[
          this.view
        ] ?? m.cellLegend;
    // Templates are written without indentation: the whitespace would ship (20 KB budget).
    return html`<p part="summary" id="summary">${d.summary}</p>
<div class="table-region" role="region" aria-labelledby="cap"><table part="table" role="grid" aria-readonly="true" aria-describedby="summary" @keydown=${this.onKey} @click=${this.onClick}>
<caption id="cap">${c.text(section.title) || m.columns.grade} (${legend})</caption>
<thead>${this.renderHead(d, c, report ? d.gm.item : m.columns.unit)}</thead>
${report ? this.renderBlocks(d, c) : html`<tbody>${this.renderRows(d, c)}</tbody>`}</table></div>
<div class="toolbar" part="toolbar"><button type="button" @click=${this.downloadCSV}>${m.downloadCsv}</button></div>`;
  }

  private renderHead(d: StaffingGridData, c: RenderContext, first: string): TemplateResult {
    const th = (k: GridColumn, span = 1) => html`<th scope="col" id=${k.id} rowspan=${span}>${d.heads[d.cols.indexOf(k)]}</th>`;
    return html`<tr><th scope="col" rowspan="2">${first}</th>${th(d.cols[0]!, 2)}${d.groups.map((g, gi) =>
        g.label === undefined
          ? th(d.cols.find((k) => k.group === gi)!, 2)
          : html`<th scope="colgroup" id="g${gi}" colspan=${g.gradeIds.length + 1}>${c.text(g.label)}</th>`,
      )}</tr>
<tr>${d.cols.filter((k) => k.group >= 0 && d.groups[k.group]!.label !== undefined).map((k) => th(k))}</tr>`;
  }

  private renderRows(d: StaffingGridData, c: RenderContext): TemplateResult[] {
    const cols = d.cols;
    return (this.body as { row: GridRow; cells: CellContent[] }[]).map(({ row, cells }) => {
      const { unit } = row;
      const parent = unit.children.length > 0;
      const name = c.text(unit.name);
      return html`<tr class=${row.id === 'rt' ? 'total' : parent ? 'sub' : ''}><th scope="row" id=${row.id} class=${depthClass(unit.depth)}>${
        parent
          ? html`<button class="tog" type="button" tabindex="-1" aria-expanded=${!this.collapsed.has(unit.path)} data-p=${unit.path}>${name}</button>`
          : name
      }</th>${cells.map(
        (x, k) =>
          html`<td class=${x.cls} headers="${row.id} ${cols[k]!.headers}"><span aria-hidden="true">${x.text}<span class="d">${x.diff}</span></span><span class="visually-hidden">${x.label}</span></td>`,
      )}</tr>`;
    });
  }

  private renderBlocks(d: StaffingGridData, c: RenderContext): TemplateResult[] {
    const m = c.messages;
    const names = [m.columns.authorized, m.columns.current, m.columns.difference];
    return (this.body as ReportBlock[]).map(
      (b) =>
        html`<tbody><tr><th scope="rowgroup" id=${b.id} colspan=${d.cols.length + 1} class=${depthClass(b.unit.depth)}>${c.text(b.unit.name)}</th></tr>${b.rows.map(
          (cells, i) =>
            html`<tr><th scope="row" id="${b.id}-${i}">${names[i]}</th>${cells.map(
              (f, k) =>
                html`<td class=${i > 1 ? b.tones[k]! : ''} headers="${b.id} ${b.id}-${i} ${d.cols[k]!.headers}"><span class="d">${figure(f, b.disputed[i]![k] && m.disputed)}</span></td>`,
            )}</tr>`,
        )}</tbody>`,
    );
  }

  /** Rows the arrow keys move through: every body row with figures. */
  private navRows(): HTMLTableRowElement[] {
    const t = this.renderRoot.querySelector('table');
    return t ? [...t.tBodies].flatMap((b) => [...b.rows]).filter((r) => r.cells.length > 1) : [];
  }

  /** Makes the cell at (row, col), clamped, the grid's one tab stop; a row header's button stands for its cell. */
  private activate(row: number, col: number, focus: boolean, rows = this.navRows()): void {
    const r = rows[Math.min(row, rows.length - 1)];
    if (!r) return;
    const cell = r.cells[Math.min(col, r.cells.length - 1)]!;
    this.pos = [rows.indexOf(r), cell.cellIndex];
    const el = cell.querySelector('button') ?? cell;
    if (this.active !== el) {
      if (this.active) this.active.tabIndex = -1;
      el.tabIndex = 0;
      this.active = el;
    }
    if (focus) el.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const cell = (e.target as Element).closest('td, th') as HTMLTableCellElement | null;
    const rows = this.navRows();
    const row = rows.indexOf(cell?.parentElement as HTMLTableRowElement);
    if (row < 0) return;
    const next = nextCell({ key: e.key, ctrl: e.ctrlKey || e.metaKey, row, col: cell!.cellIndex, rows: rows.length, cols: rows[row]!.cells.length });
    if (!next) return;
    e.preventDefault();
    this.activate(next[0], next[1], true, rows);
  }

  private onClick(e: Event): void {
    const t = e.target as Element;
    const path = t.closest('button')?.dataset['p'];
    if (path) {
      const next = new Set(this.collapsed);
      if (!next.delete(path)) next.add(path);
      this.collapsed = next;
    }
    const cell = t.closest('td, th') as HTMLTableCellElement | null;
    const rows = this.navRows();
    const row = rows.indexOf(cell?.parentElement as HTMLTableRowElement);
    if (row >= 0) this.activate(row, cell!.cellIndex, !path, rows);
  }

  protected override updated(): void {
    super.updated();
    if (this.active && !this.active.isConnected) this.active = null;
    this.activate(...this.pos, false);
  }

  protected csvRows(_section: StaffingSection, d: StaffingGridData, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const rows: (string | number | null)[][] = [
      [m.columns.unit, d.gm.parent, d.gm.group, m.columns.grade, m.columns.authorized, m.columns.current, m.columns.difference, `${m.columns.vacancyRate}(%)`],
    ];
    for (const r of [d.totalRow, ...d.rows]) {
      const name = c.text(r.unit.name);
      const parent = r.parent < 0 ? '' : c.text(d.rows[r.parent]!.unit.name);
      r.cells.forEach((x, k) => {
        const col = d.cols[k]!;
        const group = col.group < 0 ? '' : c.text(d.groups[col.group]!.label);
        rows.push([name, parent, group, d.heads[k]!, x.authorized, x.current, x.difference, x.vacancyRate]);
      });
    }
    return rows;
  }
}
