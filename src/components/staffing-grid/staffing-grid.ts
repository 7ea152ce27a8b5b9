import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { reportElementStyles } from '../../core/report-element.styles.js';
import { depthClass } from '../../core/cells.js';
import { validateStaffingSection } from '../../schema/validate-staffing.js';
import type { SectionKind, StaffingSection, UiLang } from '../../schema/types.js';
import { deriveStaffing, type DerivedStaffing } from '../../derive/staffing.js';
import {
  HEAT,
  cellContent,
  cellsOf,
  layoutColumns,
  layoutRows,
  visibleRows,
  type CellFormat,
  type CellMode,
  type GridColumn,
  type GridRow,
  type GridView,
} from './staffing-grid.layout.js';
import { gridFormat } from './staffing-grid.format.js';
import { nextCell } from './staffing-grid.keys.js';
import { gridMessages, type GridMessages } from './staffing-grid.messages.js';
import { summarize } from './staffing-grid.summary.js';
import { gridStyles } from './staffing-grid.styles.js';
import { windowRows } from '../../core/window.js';

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

const VIEWS: GridView[] = ['diff', 'current', 'authorized', 'vacancy'];
/** The report layout's rows of a unit. */
const REPORT: CellMode[] = ['authorized', 'current', 'delta'];

/**
 * Shows a `staffing` section: 정원 (authorized) against 현원 (current) per unit and job
 * grade, with 과부족 (difference), 소계 per job series and 계. Units with sub-units expand and
 * collapse; the arrow keys move between cells (Home / End, Ctrl+Home / Ctrl+End, Page Up /
 * Page Down); a shortage is told by its sign (△1), an arrow and colour. A radio group above
 * the grid switches `view`; with `heat`, a legend says in words which vacancy rates each
 * shade stands for.
 *
 * Past `virtualize-above` rows the grid renders only the rows in view and a few more, with
 * `aria-rowcount` and `aria-rowindex` telling where they are; the keys still reach every
 * cell, and printing renders every row. A focused cell scrolled out of the rendered rows
 * leaves the focus on the grid's scrolling region; it takes it back when it scrolls in again,
 * and a key moves on from it.
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
 * @csspart views - The radio group that switches `view` (not in the report layout).
 * @csspart legend - What each shade of the heat scale stands for (with `heat`).
 * @csspart table - The data table.
 * @csspart toolbar - The actions.
 *
 * @cssprop --crk-color-shortage - Text and icon of a shortage (과부족 △), and the heat of vacancies.
 * @cssprop --crk-color-surplus - Text and icon of a surplus, and its heat.
 * @cssprop --crk-max-height - Height from which the table scrolls inside its region, under a sticky header (default: 80vh).
 */
export class StaffingGrid extends ReportElement<StaffingSection, StaffingGridData> {
  static override styles = [reportElementStyles, gridStyles];

  /** The reactive properties (declared here rather than by decorators, whose helpers would ship in every bundle). */
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    layout: { reflect: true },
    heat: { type: Boolean, reflect: true },
    collapsed: { attribute: false },
    virtualizeAbove: { type: Number, attribute: 'virtualize-above' },
  };

  /**
   * What a cell shows: `diff` (default: 현원 / 정원 and the 과부족), `current`, `authorized` or
   * `vacancy` (the vacancy rate); another value shows `diff`. The radio group above the grid sets it.
   */
  view: GridView = 'diff';

  /**
   * `grid` (default: units as rows) or `report`: per unit a block of 정원 / 현원 / 과부족 rows
   * under its name, as a report prints it (every block rendered, no windowing).
   */
  layout: 'grid' | 'report' = 'grid';

  /** Shades each cell by its vacancy rate (a colour-blind-safe scale; the figures and a legend still say it). */
  heat = false;

  /**
   * JSON Pointers (`/units/0`) of the units whose sub-units are hidden; the expand buttons
   * set it. Assign a new set to collapse units from a script (e.g. all, for a long list).
   */
  collapsed: ReadonlySet<string> = new Set();

  /** Past this many rows (계 included) the grid renders only the rows in view and a few more; every row for printing. */
  virtualizeAbove = 60;


  protected readonly kind: SectionKind = 'staffing';
  protected readonly validateSection = validateStaffingSection;

  /** 계, then the units not hidden by a collapsed parent. */
  private rows: GridRow[] = [];
  /** The rendered rows, [start, end) of `rows`. */
  private win = [0, 0];
  /** The region's scroll position, and the row height the rendered window was laid out with. */
  private top = 0;
  private rh = 0;
  private hadFocus = false;
  /** The scroll position before printing. */
  private printTop = 0;
  /** The region is to scroll to `top` after the update. */
  private synced = false;
  /** Measured in pixels: a line of text, a row's padding and rule, the region, and what precedes the first row in it. */
  private geo = { line: 24, pad: 10.6, view: 0, body: 0 };
  private region: HTMLElement | null = null;
  private ro = new ResizeObserver(() => this.measure());
  private active: HTMLElement | null = null;
  private pos = [0, 0];
  protected untitled(lang: UiLang): string {
    return gridMessages(lang).untitled;
  }

  protected derive(section: StaffingSection, c: RenderContext): StaffingGridData {
    const d = deriveStaffing(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
    const m = c.messages;
    const gm = gridMessages(c.lang);
    const cols = layoutColumns(d);
    const fmt = gridFormat(c, gm);
    return {
      ...d,
      cols,
      heads: cols.map((k) => (k.kind === 't' ? m.columns.total : k.kind === 's' ? gm.columns.subtotal : c.text(d.grades.find((g) => g.id === k.key)!.label))),
      rows: layoutRows(d.units, cols),
      totalRow: { unit: d.total, parent: -1, cells: cellsOf(d.total, cols) },
      fmt,
      gm,
      summary: summarize(d, gm, (n) => fmt.count(n).label, c.text),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Before the rows change: whether the focus is in the grid.
    this.hadFocus = !!this.region?.contains(this.shadowRoot!.activeElement);
    const v = this.presented;
    if (v.status !== 'ready') return;
    const n = (this.rows = [v.derived.totalRow, ...(this.layout === 'report' ? v.derived.rows : visibleRows(v.derived.rows, this.collapsed))]).length;
    const g = this.geo;
    // Printing renders every row, from the top; afterwards the reader is back where they were.
    if (changed.has('printing')) {
      if (this.printing) this.printTop = this.top;
      else this.seek(this.printTop);
    }
    if (changed.has('view')) {
      // Another view has rows of another height: keep the same row at the top of the region.
      if (this.rh && this.top > g.body) this.seek(g.body + ((this.top - g.body) / this.rh) * this.rowHeight());
      // And figures of other widths: the columns are measured again.
      for (const c of this.firstCells()) c.style.minWidth = '';
    }
    this.rh = this.rowHeight();
    // Before the region is measured: as much as 80vh shows, without rows for scrolling.
    this.win = this.windowed() ? windowRows(n, this.top - g.body, this.rh, g.view || innerHeight * 0.8, g.view ? 3 : 0) : [0, this.count()];
  }

  private seek(top: number): void {
    this.top = top;
    this.synced = true;
  }

  /** How many rows the keys move through, rendered or not. */
  private count(): number {
    return this.rows.length * (this.layout === 'report' ? 3 : 1);
  }

  private windowed(): boolean {
    return this.layout === 'grid' && !this.printing && this.rows.length > this.virtualizeAbove;
  }

  /** The view shown: `view`, or `diff` for a value that names none. */
  private shownView(): GridView {
    return VIEWS.includes(this.view) ? this.view : 'diff';
  }

  /** Every row of a view is as high: two lines in `diff` (the 과부족 line is there when empty), else one. */
  private lines(): number {
    return this.shownView() === 'diff' ? 2 : 1;
  }

  private rowHeight(): number {
    return this.lines() * this.geo.line + this.geo.pad;
  }

  protected renderFigures(section: StaffingSection, d: StaffingGridData, c: RenderContext): TemplateResult {
    const m = c.messages;
    const gm = d.gm;
    const report = this.layout === 'report';
    const names = { diff: gm.cellLegend, current: gm.columns.current, authorized: gm.columns.authorized, vacancy: gm.columns.vacancyRate };
    const [start, end] = this.win;
    // Two header rows where a job series has a name (일반직 over its grades); one where none has.
    const hr = d.groups.some((g) => g.label !== undefined) ? 2 : 1;
    const th = (k: GridColumn, span = 1) => html`<th scope="col" rowspan=${span}>${d.heads[d.cols.indexOf(k)]}</th>`;
    const lead = (text: string, cls = '') => html`<th scope="col" rowspan=${hr} class=${cls || nothing}>${text}</th>`;
    const rows = this.rows.slice(start, end).map((row, i) => {
      const { unit } = row;
      const name = c.text(unit.name);
      const cells = (mode: CellMode) =>
        row.cells.map((cell) => {
          const x = cellContent(cell, mode, d.fmt);
          // A figure that reads as it shows (most cells of `current` and `authorized`) is the
          // cell's text: no hidden copy, whose positioned box would double the layout work of
          // a view switch. Otherwise the figures as shown (△, arrows, `-`) are hidden from
          // assistive technology, which reads the words as text. Not as an aria-label: a grid
          // cell's name must contain what it shows (WCAG 2.5.3), and some screen readers skip
          // a cell's label.
          return html`<td class=${x.cls}>${x.text === x.label ? x.text : html`<span aria-hidden="true">${x.text}</span><span class="visually-hidden">${x.label}</span>`}</td>`;
        });
      // The report layout names the unit once, over its three rows.
      const head = html`<th scope="row" class=${depthClass(unit.depth)} rowspan=${report ? 3 : 1}>${
        unit.children.length && !report
          ? html`<button class="tog" type="button" tabindex="-1" aria-expanded=${!this.collapsed.has(unit.path)} data-p=${unit.path}>${name}</button>`
          : name
      }</th>`;
      return report
        ? html`<tbody>${REPORT.map((mode, k) => html`<tr>${k ? nothing : head}<th scope="row" class="i">${[gm.columns.authorized, gm.columns.current, gm.columns.difference][k]}</th>${cells(mode)}</tr>`)}</tbody>`
        : html`<tr class=${start + i ? (unit.children.length ? 'sub' : '') : 'total'} aria-rowindex=${start + i + hr + 1}>${head}${cells(this.shownView())}</tr>`;
    });
    // Templates are written without indentation: the whitespace would ship (20 KB budget).
    return html`<p part="summary" id="summary">${d.summary}</p>
${report ? nothing : html`<fieldset class="views" part="views" @input=${this.onView}><legend>${gm.views}</legend>${VIEWS.map(
        (v) => html`<label><input type="radio" name="view" value=${v} .checked=${v === this.shownView()}>${names[v]}</label>`,
      )}</fieldset>`}${
      this.heat
        ? html`<p class="legend" part="legend">${gm.heat}${HEAT.map(([cls, lo, hi]) => html` <span><span class=${`sw ${cls}`}></span>${gm.bin(cls > 'o', lo, hi)}</span>`)}</p>`
        : nothing
    }
<div class="table-region" role="region" aria-labelledby="cap" tabindex="-1" @scroll=${this.measure} @keydown=${this.onKey}><table part="table" role="grid" aria-readonly="true" aria-describedby="summary" aria-rowcount=${report ? nothing : this.rows.length + hr} @click=${this.onClick}>
<caption id="cap">${this.titleOf(section, c)} (${report ? `${gm.columns.authorized} / ${gm.columns.current} / ${gm.columns.difference}` : names[this.shownView()]})</caption>
<thead><tr aria-rowindex="1">${lead(gm.columns.unit)}${report ? lead(gm.item, 'i') : nothing}${th(d.cols[0]!, hr)}${d.groups.map((g, gi) =>
      g.label === undefined
        ? th(d.cols.find((k) => k.group === gi)!, hr)
        : html`<th scope="col" colspan=${g.gradeIds.length + 1}>${c.text(g.label)}</th>`,
    )}</tr>
${hr > 1 ? html`<tr aria-rowindex="2">${d.cols.filter((k) => k.group >= 0 && d.groups[k.group]!.label !== undefined).map((k) => th(k))}</tr>` : nothing}</thead>
${report ? rows : html`<tbody>${rows}</tbody>`}</table></div>
<div class="toolbar" part="toolbar"><button type="button" @click=${this.downloadCSV}>${m.downloadCsv}</button></div>`;
  }

  private onView(e: Event): void {
    // The radios' `input` event would leave the shadow root: the grid fires no event of its own.
    e.stopPropagation();
    this.view = (e.target as HTMLInputElement).value as GridView;
  }

  /**
   * Reads the geometry while layout is clean (after a resize, or on a scroll) and renders
   * another window of rows when the rendered one no longer covers the rows in view. On a
   * scroll (not on the first render, which would be laid out twice) it keeps the columns at
   * the widest they have been.
   */
  private measure(scrolled?: Event): void {
    this.stickLead();
    const r = this.region as HTMLElement | null;
    const body = r?.querySelector('tbody');
    // Laid out for paper the region neither scrolls nor stands for the screen.
    if (!body || this.layout === 'report' || this.printing) return;
    const g = this.geo;
    const last = body.rows[body.rows.length - 1]!;
    // Not from the 계 row alone: its rule is thicker.
    if (body.rows.length > 1) {
      g.line = parseFloat(getComputedStyle(last).lineHeight);
      g.pad = last.getBoundingClientRect().height - this.lines() * g.line;
    }
    g.view = r!.clientHeight;
    // Caption and header, from the table's top: its top margin stands for the rows above the window.
    g.body = body.offsetTop;
    this.top = r!.scrollTop;
    // The columns only widen as other rows scroll in, never narrow: they would jump about.
    // The first rendered row's cells stay (other rows reuse them) and hold the widths.
    if (scrolled) {
      const cells = this.firstCells();
      const widths = cells.map((c) => c.getBoundingClientRect().width);
      cells.forEach((c, i) => widths[i]! > parseFloat(c.style.minWidth || '0') && (c.style.minWidth = `${widths[i]}px`));
    }
    const [s, e] = windowRows(this.rows.length, this.top - g.body, this.rowHeight(), g.view, 0);
    if (this.windowed() && (s < this.win[0]! || e > this.win[1]! || Math.abs(this.rh - this.rowHeight()) > 0.5)) this.requestUpdate();
  }

  /** The report layout's 정원 / 현원 / 과부족 column stays in view beside the units' names, as wide as they are now. */
  private stickLead(): void {
    const t = this.region?.querySelector('table');
    if (t && this.layout === 'report') t.style.setProperty('--_lead', `${t.tHead!.rows[0]!.cells[0]!.offsetWidth}px`);
  }

  private firstCells(): HTMLElement[] {
    return [...(this.renderRoot.querySelector('tbody')?.rows[0]?.cells ?? [])];
  }

  /** The rendered rows the arrow keys move through: every body row. */
  private navRows(): HTMLTableRowElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  }

  /** In the report layout, a block's second and third rows lack the unit's cell, which spans them. */
  private shift(r: HTMLTableRowElement): number {
    return +(this.layout === 'report' && r.cells[0]!.rowSpan < 2);
  }

  /**
   * Makes the cell at (row, col), clamped, the grid's one tab stop (rows counted over all
   * rows, rendered or not; columns as they line up); a row header's button stands for its
   * cell. To focus a row outside the rendered window, the window moves to it first; without
   * focus, the tab stop stays within the window.
   */
  private async activate(row: number, col: number, focus: boolean): Promise<void> {
    row = Math.max(0, Math.min(row, this.count() - 1));
    if (focus && (row < this.win[0]! || row >= this.win[1]!)) {
      this.seek(this.geo.body + (row + 0.5) * this.rowHeight() - this.geo.view / 2);
      this.requestUpdate();
      await this.updateComplete;
    }
    const i = Math.max(this.win[0]!, Math.min(row, this.win[1]! - 1));
    const r = this.navRows()[i - this.win[0]!];
    if (!r) return;
    const cell = r.cells[Math.max(0, Math.min(col - this.shift(r), r.cells.length - 1))]!;
    this.pos = [i, cell.cellIndex + this.shift(r)];
    const el = cell.querySelector('button') ?? cell;
    if (this.active !== el) {
      if (this.active) this.active.tabIndex = -1;
      el.tabIndex = 0;
      this.active = el;
    }
    if (focus) {
      // Scrolled into view clear of the sticky header and first column (set only here: a
      // style change while rendering would cost another layout).
      const head = r.closest('table')!.tHead!;
      this.region!.style.scrollPadding = `${head.offsetHeight}px 0 0 ${head.rows[0]!.cells[0]!.offsetWidth}px`;
      el.focus();
    }
  }

  /** Where an event's cell is: [row over all rows, column as they line up, cells of its row], or nothing. */
  private cellOf(e: Event): number[] | undefined {
    const cell = (e.target as Element).closest('td, th') as HTMLTableCellElement | null;
    const r = cell?.parentElement as HTMLTableRowElement;
    const i = this.navRows().indexOf(r);
    return i < 0 ? undefined : [i + this.win[0]!, cell!.cellIndex + this.shift(r), r.cells.length + this.shift(r)];
  }

  private onKey(e: KeyboardEvent): void {
    // On the region (the focused cell scrolled away), the keys move from that cell.
    const at = this.cellOf(e) ?? (e.target === this.region ? [...this.pos, Infinity] : undefined);
    const next = at && nextCell({ key: e.key, ctrl: e.ctrlKey || e.metaKey, row: at[0]!, col: at[1]!, rows: this.count(), cols: at[2]! });
    if (!next) return;
    e.preventDefault();
    void this.activate(next[0], next[1], true);
  }

  private onClick(e: Event): void {
    const path = (e.target as Element).closest('button')?.dataset['p'];
    if (path) {
      const next = new Set(this.collapsed);
      if (!next.delete(path)) next.add(path);
      this.collapsed = next;
    }
    const at = this.cellOf(e);
    if (at) void this.activate(at[0]!, at[1]!, !path);
  }

  protected override updated(): void {
    super.updated();
    const t = this.renderRoot.querySelector('table');
    if (t?.parentElement !== this.region) {
      this.ro.disconnect();
      if (t) this.ro.observe(t);
      this.region = t?.parentElement ?? null;
    }
    // The rows outside the window are the table's margins, so the region scrolls as if all
    // were there. Through CSSOM: a strict style-src blocks style attributes.
    if (t) t.style.margin = `${this.win[0]! * this.rh}px 0 ${(this.count() - this.win[1]!) * this.rh}px`;
    this.stickLead();
    // The region scrolls to where the window was rendered for (a view switch, a key that left the window).
    if (this.synced && this.region) this.region.scrollTop = this.top;
    this.synced = false;
    // Rendered rows are reused for other rows when the window moves: focus stays with its
    // unit and grade. Scrolled out of the window, the focused cell leaves the focus to the
    // region (a key brings it back), and takes it again when it is rendered again.
    const [row, col] = this.pos as [number, number];
    if (!this.active?.isConnected) this.active = null;
    if (this.hadFocus && (row < this.win[0]! || row >= this.win[1]!)) this.region?.focus({ preventScroll: true });
    else {
      void this.activate(row, col, false);
      if (this.hadFocus) this.active?.focus({ preventScroll: true });
    }
  }

  protected csvRows(_section: StaffingSection, d: StaffingGridData, c: RenderContext): (string | number | null)[][] {
    const gm = d.gm;
    const rows: (string | number | null)[][] = [
      [gm.columns.unit, gm.parent, gm.group, gm.columns.grade, gm.columns.authorized, gm.columns.current, gm.columns.difference, `${gm.columns.vacancyRate}(%)`],
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
