import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { depthClass, figure } from '../../core/cells.js';
import { flattenTree } from '../../core/tree.js';
import { csvHeader, downloadBlob, downloadText } from '../../core/export/csv.js';
import { validateBudgetSection } from '../../schema/validate-budget.js';
import type { BudgetSection, SectionKind, UiLang } from '../../schema/types.js';
import { deriveBudget, type DerivedBudget, type DerivedBudgetRow } from '../../derive/budget.js';
import { formatAmount, formatPercent, unitCaption, unitName, type AmountFormat } from '../../format/amount.js';
import {
  BAND,
  MIN_BAND,
  chooseMode,
  foldRows,
  layoutChart,
  layoutTooltip,
  marksInView,
  type ChartLayout,
  type ChartMode,
  type ChartRow,
  type Formats,
  type Mark,
  type Box,
  type Text,
} from './budget-execution-chart.layout.js';
import { chartMessages } from './budget-execution-chart.messages.js';
import { parseSort, sortRows } from './budget-execution-chart.sort.js';
import { summarize } from './budget-execution-chart.summary.js';
import { serializeSvg } from './budget-execution-chart.svg-export.js';
import { chartStyles } from './budget-execution-chart.styles.js';

type Column = 'budget' | 'executed' | 'rate' | 'remaining' | 'previousBudget' | 'change';
type TableRow = Partial<Pick<DerivedBudgetRow, Column | 'statedRate'>> & { disputed: readonly string[] };

/** A column's figure in the table and the CSV: a rate that fails its check as the report states it (the table marks it). */
const figureOf = (row: TableRow, col: Column): number | null =>
  (col === 'rate' && row.disputed.includes(col) ? row.statedRate : row[col]) ?? null;

/**
 * Above this many bars only those near the viewport are drawn (and all of them for print):
 * 1,000 items are 44,000 px of bars, and a reader sees some twenty at a time.
 */
export const WINDOW_ABOVE = 150;
const PAGE = 25;
const WINDOW_EVENTS = ['scroll', 'resize'];

/** What one render drew: kept for the exports and the keyboard. */
interface Drawn {
  mode: ChartMode;
  layout: ChartLayout;
  title: string;
  summary: string;
  /** The summary with its figures as spoken (마이너스 18,040 for △18,040). */
  spoken: string;
  /** Spoken name and tooltip lines of a mark, built when it is drawn. */
  name: (i: number) => string;
  tip: (i: number) => string[];
  /** The back button's words: to the level above. */
  back: string;
}

/**
 * Shows a `budget-execution` section of a report document as a chart: execution by item
 * (budget as the track, executed as the fill, the rate and amounts as labels, the 계 line),
 * a trend over periods (grouped bars and the rate as a line on its own axis), or the budget
 * against the previous year. Every bar is focusable (arrows, Home/End, Enter opens a
 * drill-down level or the fold, Escape closes the tooltip); the figures are also in a data
 * table behind a "표로 보기 / Show table" toggle (built when first opened), and a generated text
 * summary describes the chart. Above 150 bars only the bars near the viewport are drawn, as the
 * page or the plot scrolls (every bar for print, the exports and the table).
 *
 * @summary Budget execution (예산 집행현황), trend and year over year, as an accessible chart.
 *
 * @tagname budget-execution-chart
 *
 * @fires report-load - {ReportLoadEvent} A newly given document or section has been rendered.
 * @fires report-error - {ReportErrorEvent} The input cannot be shown; `detail.problems` lists every problem.
 *
 * @cssprop --crk-color-budget - Budget marks: the outline of the budget track, the current-year bars (default #5a6b80; dark #8d9cb0).
 * @cssprop --crk-color-budget-track - Fill of the budget track and of previous-year bars (default #e4eaf2; dark #262d36).
 * @cssprop --crk-color-executed - Executed amounts (default #0b5cad; dark #6ea8fe).
 * @cssprop --crk-color-rate - The execution-rate line and labels (default #a34f00; dark #ffb14e).
 * @cssprop --crk-color-low-rate - The low-rate mark (default #b3261e; dark #ff8a80).
 *
 * @csspart caption - The title line.
 * @csspart warnings - Figures that do not add up.
 * @csspart error - What went wrong (also a PNG export the page blocked).
 * @csspart chart - The SVG chart.
 * @csspart bar - One focusable bar (or bar group, or period).
 * @csspart summary - The generated text summary (the chart's accessible description).
 * @csspart table - The data table.
 * @csspart toolbar - The actions (CSV, SVG, PNG).
 */
export class BudgetExecutionChart extends ReportElement<BudgetSection, DerivedBudget> {
  static override styles = [...ReportElement.styles, chartStyles];

  /** The reactive properties (declared here rather than by decorators, whose helpers would ship in the bundle). */
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    sort: { reflect: true },
    lowRate: { attribute: 'low-rate', type: Number, reflect: true },
    foldBelow: { attribute: 'fold-below', type: Number, reflect: true },
    level: { state: true, attribute: false },
    foldOpen: { state: true, attribute: false },
    active: { state: true, attribute: false },
    tip: { state: true, attribute: false },
    width: { state: true, attribute: false },
    band: { state: true, attribute: false },
    pngFailed: { state: true, attribute: false },
    tableOpen: { state: true, attribute: false },
  };

  protected readonly kind: SectionKind = 'budget-execution';
  protected readonly validateSection = validateBudgetSection;

  /** `auto` (default: execution if items have `executed`, else year over year if they have `previousBudget`, else trend), `execution`, `yoy` or `trend`. */
  mode: 'auto' | ChartMode = 'auto';

  /** Sort of the bars: `budget`, `executed`, `rate`, `change` or `name`; `-` for descending (`-rate`). Default: document order; a trend keeps its periods in time order. */
  sort: string | null = null;

  /** A percentage: items whose execution rate is strictly below it are marked with an icon and words. Off by default. */
  lowRate: number | null = null;

  /** Year over year: items smaller than this share (between 0 and 1) of the largest bar are gathered into one expandable bar. Off by default and for other values. */
  foldBelow: number | null = null;

  /** Paths of the drill-down levels opened, outermost first. */
  private level: string[] = [];
  private foldOpen = false;
  /** The bar in the tab order (roving tabindex) and the bar whose tooltip shows (-1: none). */
  private active = 0;
  private tip = -1;
  private width = 0;
  /** Band (bars) or height (trend) in px; 0 = the default. */
  private band = 0;
  private pngFailed = false;
  private tableOpen = false;

  /** The part of the chart in view (chart px), and the marks drawn for it [from, to). */
  private view = { top: 0, bottom: 0 };
  private span: [number, number] = [0, 0];

  private drawn: Drawn | null = null;
  private drawnKey: unknown[] = [];
  private tablesFor: unknown = null;
  private tablesHtml: TemplateResult | null = null;
  private resize: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read before the first render so the first frame already has the container's width.
    this.measure();
    this.resize ??= new ResizeObserver(() => setTimeout(() => this.measure()));
    this.resize.observe(this);
    // Capture: the scrolling of any ancestor in the page (a scroll event does not bubble).
    for (const type of WINDOW_EVENTS) addEventListener(type, this.track, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    for (const type of WINDOW_EVENTS) removeEventListener(type, this.track, true);
  }

  /**
   * Where the chart is in view, in chart px: the viewport clipped by the plot's own scroll box.
   * Before the first render the host stands in for the chart (the margin covers the caption).
   * Draws again when bars in view are not drawn.
   */
  private track = (): void => {
    if (this.drawn && this.drawn.layout.marks.length <= WINDOW_ABOVE) return;
    const chart = this.renderRoot?.querySelector('svg.chart');
    const height = this.drawn?.layout.height;
    const r = (chart ?? this).getBoundingClientRect();
    const scale = chart && height ? r.height / height || 1 : 1;
    const plot = chart?.parentElement?.getBoundingClientRect();
    const top = (Math.max(0, plot?.top ?? 0) - r.top) / scale;
    const bottom = (Math.min(innerHeight, plot?.bottom ?? innerHeight) - r.top) / scale;
    this.view = { top, bottom: Math.max(top, bottom) };
    const marks = this.drawn?.layout.marks;
    if (!marks) return;
    const [from, to] = marksInView(marks, this.view.top, this.view.bottom, 0);
    if (from < to && (from < this.span[0] || to > this.span[1])) this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('input') || changed.has('section') || changed.has('mode')) {
      this.level = [];
      this.foldOpen = false;
      this.active = 0;
      this.tip = -1;
      this.band = 0;
    }
    super.willUpdate(changed);
  }

  protected override updated(): void {
    super.updated();
    const chart = this.renderRoot.querySelector('svg.chart');
    if (chart) this.resize?.observe(chart);
    setTimeout(() => this.measure());
  }

  /**
   * Follows the container: the width, and in a host with a set height, a band that fits the
   * bars (down to the readable minimum, then the plot scrolls); an unsized host keeps the
   * default band and grows with its items.
   */
  private measure(): void {
    const width = this.clientWidth;
    if (width && Math.abs(width - this.width) > 0.5) this.width = width;
    this.track();
    const plot = this.renderRoot?.querySelector<HTMLElement>('.plot');
    const d = this.drawn;
    if (!plot || !d) return;
    const n = d.mode === 'trend' ? 1 : Math.max(1, d.layout.marks.length);
    const band = this.band || BAND[d.mode];
    const fixed = d.layout.height - n * band;
    const fit = (plot.clientHeight - fixed) / n;
    let next = band;
    if (plot.scrollHeight > plot.clientHeight + 1) next = Math.max(MIN_BAND[d.mode], fit);
    else if (plot.clientHeight > d.layout.height + 1) next = Math.min(BAND[d.mode] * (d.mode === 'trend' ? 2 : 1), fit);
    if (Math.abs(next - band) > 0.5) this.band = next;
  }

  protected untitled(lang: UiLang): string {
    return chartMessages(lang).untitled;
  }

  protected derive(section: BudgetSection, c: RenderContext): DerivedBudget {
    return deriveBudget(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
  }

  private amountFormat(section: BudgetSection, c: RenderContext): AmountFormat {
    return {
      locale: c.locale,
      scale: section.scale ?? 1,
      currency: section.currency ?? 'KRW',
      unitDisplay: c.unitDisplay,
      negativeStyle: c.negativeStyle,
    };
  }

  /** The rows of the open level, and the row whose level it is (null at the top). */
  /** The open level's rows, its parent, and the parent of the level above (null: the top). */
  private levelOf(d: DerivedBudget): { rows: DerivedBudgetRow[]; parent: DerivedBudgetRow | null; up: DerivedBudgetRow | null } {
    let rows = d.items;
    let parent: DerivedBudgetRow | null = null;
    let up: DerivedBudgetRow | null = null;
    for (const path of this.level) {
      const row = rows.find((r) => r.path === path);
      if (!row?.children.length) break;
      up = parent;
      parent = row;
      rows = row.children;
    }
    return { rows, parent, up };
  }

  private draw(section: BudgetSection, d: DerivedBudget, c: RenderContext): Drawn {
    const f = this.amountFormat(section, c);
    const m = chartMessages(c.lang);
    const cols = m.columns;
    const mode = chooseMode(this.mode, d);
    // Each figure is written once per draw, for the labels, the names and the tooltips alike.
    const written = new Map<string, ReturnType<typeof formatAmount>>();
    const once = (key: string, write: () => ReturnType<typeof formatAmount>) => {
      let v = written.get(key);
      if (!v) written.set(key, (v = write()));
      return v;
    };
    const amount = (n: number | null, signed = false) => once(`${signed}${n}`, () => formatAmount(n, f, { signed }));
    const percent = (n: number | null) => once(`%${n}`, () => formatPercent(n, c.locale, c.negativeStyle));
    /** The figures as shown (△18,040) or as spoken (마이너스 18,040), with `unit` after amounts. */
    const formats = (as: 'text' | 'label', unit = ''): Formats => ({
      amount: (n) => amount(n)[as] + unit,
      signed: (n) => amount(n, true)[as] + unit,
      percent: (n) => percent(n)[as],
    });
    const fmt = formats('text');
    const { rows: level, parent, up } = this.levelOf(d);
    let rows: ChartRow[] = (mode === 'trend' ? d.series : level).map((r) => ({
      key: r.path,
      name: c.text('period' in r ? r.period : r.name),
      budget: r.budget,
      executed: r.executed,
      previousBudget: 'children' in r ? r.previousBudget : null,
      rate: r.rate,
      change: 'children' in r ? r.change : null,
      low: this.lowRate != null && r.rate !== null && r.rate < this.lowRate,
      opens: 'children' in r ? r.children.length : 0,
    }));
    // Periods stay in time order: a trend read in another order would tell another story.
    if (mode !== 'trend') rows = sortRows(rows, parseSort(this.sort), (r) => r.name, c.locale);
    // The summary speaks of the items, folded or not.
    const items = rows;
    if (mode === 'yoy') rows = foldRows(rows, this.foldBelow, this.foldOpen, m.others);

    const yoy = mode === 'yoy';
    const head = parent ?? d.total;
    const headName = parent ? c.text(parent.name) : c.messages.columns.total;
    // A trend's ⚠ marks are explained in words above it (its rate labels have no room for them).
    const header = mode === 'trend'
      ? rows.some((r) => r.low) ? `⚠ ${m.low}: ${cols.rate} < ${fmt.percent(this.lowRate)}` : ''
      : !head
        ? ''
        : `${headName}  ${yoy ? `${fmt.amount(head.previousBudget)} → ${fmt.amount(head.budget)} (${fmt.signed(head.change)})` : `${fmt.amount(head.executed)} / ${fmt.amount(head.budget)} · ${fmt.percent(head.rate)}`}${head.disputed.length ? ' ⚠' : ''}`;
    const layout = layoutChart(rows, {
      mode,
      width: Math.max(this.width || 600, 240),
      band: this.band || BAND[mode],
      fmt,
      lowWord: m.low,
      legend: yoy
        ? [['prev', cols.previousBudget], ['cur', cols.budget]]
        : [[mode === 'trend' ? 'exec' : 'fill', cols.executed], [mode === 'trend' ? 'budget' : 'track', cols.budget], ...(mode === 'trend' ? [['rate', cols.rate] as [string, string]] : [])],
      header,
    });
    // Per bar: [column, as shown, as spoken]; the accessible name says what the tooltip shows.
    const figures = (r: ChartRow): string[][] => {
      const low = r.low ? ` (${m.low})` : '';
      const fig = (k: string, v: { text: string; label: string }, extra = '') => [k, v.text + extra, v.label + extra];
      return yoy
        ? [fig(cols.previousBudget, amount(r.previousBudget)), fig(cols.budget, amount(r.budget)), fig(cols.change, amount(r.change, true))]
        : [fig(cols.budget, amount(r.budget)), fig(cols.executed, amount(r.executed)), fig(cols.rate, percent(r.rate), low)];
    };
    const word = (w: string) => (c.lang === 'en' ? w.toLowerCase() : w);
    const name = (i: number) => {
      const r = rows[i]!;
      // An open fold no longer says how to open it (its aria-expanded says it is open).
      const hint = r.opens && !(r.fold === 'bar' && this.foldOpen);
      return [r.name, ...figures(r).map(([k, , v]) => `${word(k!)} ${v}`), ...(hint ? [m.opens(r.opens)] : [])].join(', ');
    };
    const tip = (i: number) => [rows[i]!.name, ...figures(rows[i]!).map(([k, v]) => `${k}: ${v}`)];
    const asOf = section.asOf ?? c.meta?.asOf;
    // 4,952,900천원 as Korean writes it; 4,952,900 KRW thousand.
    const unit = f.unitDisplay === 'source' ? `${c.lang === 'ko' ? '' : ' '}${unitName(f)}` : '';
    // As shown (△18,040) and as spoken (마이너스 18,040): the same sentence, figures written two ways.
    const say = (as: 'text' | 'label') =>
      (parent ? `${headName}: ` : '') +
      summarize(
        mode,
        items,
        head,
        formats(as, unit),
        m,
        asOf ? c.messages.asOf(asOf, c.locale) : '',
      );
    const summary = say('text');
    const spoken = say('label');
    return { mode, layout, title: `${this.titleOf(section, c)} ${unitCaption(f)}`.trim(), summary, spoken, name, tip, back: m.back(up && c.text(up.name)) };
  }

  private columns(d: DerivedBudget): Column[] {
    const rows = flattenTree(d.items);
    const cols: Column[] = ['budget'];
    if (rows.some((r) => r.executed !== null)) cols.push('executed', 'rate', 'remaining');
    if (rows.some((r) => r.previousBudget !== null)) cols.push('previousBudget', 'change');
    return cols;
  }

  protected renderFigures(section: BudgetSection, d: DerivedBudget, c: RenderContext): TemplateResult {
    const f = this.amountFormat(section, c);
    const cm = chartMessages(c.lang);
    // A hover or a focus move re-renders; the layout is redrawn only when what it depends on changed.
    const key = [this.presented, this.level, this.foldOpen, this.sort, this.lowRate, this.foldBelow, this.mode, this.width, this.band];
    if (!this.drawn || key.some((k, i) => k !== this.drawnKey[i])) {
      this.drawn = this.draw(section, d, c);
      this.drawnKey = key;
    }
    const drawn = this.drawn;
    const { layout: l } = drawn;
    const tip = l.marks[this.tip] ? layoutTooltip(l.marks[this.tip]!, drawn.tip(this.tip), l.width, l.height) : null;
    const active = Math.min(this.active, l.marks.length - 1);
    // A chart too low for a tooltip above or below its bar grows while it shows.
    const h = Math.max(l.height, tip ? tip.box.y + tip.box.h + 1 : 0);
    const n = l.marks.length;
    // No items (or, in the trend mode, no periods): a sentence that says so, not an empty plot,
    // table or export.
    if (!n) return html`<p class="summary nothing" part="summary" id="summary">${drawn.summary}</p>`;
    // Drawn: the marks within a viewport's height of the view, and the one in the tab order.
    const margin = Math.max(400, this.view.bottom - this.view.top || innerHeight);
    const [from, to] = n > WINDOW_ABOVE && !this.printing ? marksInView(l.marks, this.view.top, this.view.bottom || innerHeight, margin) : [0, n];
    this.span = [from, to];
    // In pages of bars, each always at its place: a bar keeps its node (and the focus) while the
    // view moves; the page of the tab stop is drawn wherever the view is.
    const shown: Array<TemplateResult[] | typeof nothing> = [];
    for (let a = 0; a < n; a += PAGE) {
      const b = Math.min(n, a + PAGE);
      shown.push(
        (a < to && b > from) || (active >= a && active < b)
          ? l.marks.slice(a, b).map((mark, k) => this.renderBar(mark, a + k, a + k === active, drawn.name(a + k)))
          : nothing,
      );
    }
    return html`${this.level.length
        ? html`<div><button type="button" class="back" @click=${this.back}><span aria-hidden="true">← </span>${drawn.back}</button></div>`
        : nothing}
      <p class="unit">${unitCaption(f)}</p>
      <div class="plot" @scroll=${this.track} @focusin=${this.onBar} @focusout=${this.onBar}>
        <svg
          class="chart"
          part="chart"
          role="group"
          aria-labelledby="title"
          aria-describedby="summary"
          width=${l.width}
          height=${h}
          viewBox="0 0 ${l.width} ${h}"
          @keydown=${this.onKey}
          @pointerover=${this.onBar}
          @pointerout=${this.onBar}
          @click=${this.onClick}
        >
          <g aria-hidden="true">
            <path class="grid" d=${l.grid}></path>
            ${l.legend.map(drawRect)} ${l.texts.map(drawText)}
          </g>
          ${shown}
          <g aria-hidden="true">
            <path class="line" d=${l.line || nothing}></path>
            ${l.dots.map(([x, y]) => svg`<circle class="dot" cx=${x} cy=${y} r="3.5"></circle>`)}
            ${tip ? svg`<g class="tooltip">${drawRect(tip.box)}${tip.texts.map(drawText)}</g>` : nothing}
          </g>
        </svg>
      </div>
      <p class="summary" part="summary" id="summary">${drawn.spoken === drawn.summary
        ? drawn.summary
        : html`<span aria-hidden="true">${drawn.summary}</span><span class="visually-hidden">${drawn.spoken}</span>`}</p>
      <details ?open=${this.tableOpen} @toggle=${this.onToggle}>
        <summary>${cm.showTable}</summary>
        ${this.tableOpen || this.printing ? this.tables(section, d, c, f) : nothing}
      </details>
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.downloadCSV()}>${c.messages.downloadCsv}</button>
        <button type="button" @click=${() => this.downloadSVG()}>${cm.downloadSvg}</button>
        <button type="button" @click=${() => this.downloadPNG()}>${cm.downloadPng}</button>
      </div>
      ${this.pngFailed ? html`<p class="error" part="error" role="alert">${cm.pngFailed}</p>` : nothing}`;
  }

  /**
   * One template per bar, its rects bound in place, its labels in a second: a template per
   * rect and label cost more than drawing them.
   */
  private renderBar(mark: Mark, i: number, active: boolean, label: string): TemplateResult {
    const { row, hit, boxes: [back, front], texts } = mark;
    // The focusable group, named by its label, and beside it (not in it: a control's visible text
    // must be part of its name) the texts, hidden from assistive technology since the label says
    // them all. A cut name keeps its full text in a <title>.
    const cut = texts.some((t) => t.c === 'name' && t.t !== row.name);
    return svg`<g
      class="bar"
      part="bar"
      role=${row.opens ? 'button' : 'img'}
      aria-label=${label}
      aria-expanded=${row.fold === 'bar' ? String(this.foldOpen) : nothing}
      tabindex=${active ? 0 : -1}
      data-i=${i}
      data-key=${row.key}
    >${cut ? svg`<title>${row.name}</title>` : nothing}<rect class="hit" x=${hit.x} y=${hit.y} width=${hit.w} height=${hit.h}></rect
      ><rect class=${back.c} x=${back.x} y=${back.y} width=${Math.max(0, back.w)} height=${back.h}></rect
      ><rect class=${front.c} x=${front.x} y=${front.y} width=${Math.max(0, front.w)} height=${front.h}></rect></g
    ><g aria-hidden="true">${drawLabels(texts)}</g>`;
  }

  /** The index of the bar an event happened in, or -1. */
  private barOf(target: EventTarget | null): number {
    const bar = (target as Element | null)?.closest?.('.bar');
    return bar ? Number(bar.getAttribute('data-i')) : -1;
  }

  /** Focus and pointer, delegated from the chart: a bar entered shows its tooltip, a bar left hides it. */
  private onBar = (e: FocusEvent | PointerEvent): void => {
    const i = this.barOf(e.target);
    if (i < 0) return;
    if (e.type === 'focusin') this.show(i);
    else if (e.type === 'pointerover') this.tip = i;
    else if (e.type === 'focusout') this.tip = -1;
    // Leaving the focused bar keeps its tooltip: the keyboard is still on it.
    else if (this.barOf(e.relatedTarget) !== i) this.tip = this.barOf((this.renderRoot as ShadowRoot).activeElement) === i ? i : -1;
  };

  private onClick = (e: Event): void => {
    const i = this.barOf(e.target);
    if (i >= 0) this.open(i);
  };

  private onToggle = (e: Event): void => {
    this.tableOpen = (e.currentTarget as HTMLDetailsElement).open;
  };

  private show(i: number): void {
    this.active = i;
    this.tip = i;
  }

  private async focusBar(i: number): Promise<void> {
    this.show(i);
    await this.updateComplete;
    // Focus scrolls the bar into view (the active bar is drawn wherever it is); the bars around it follow.
    this.renderRoot.querySelector<SVGGElement>(`.bar[data-i="${i}"]`)?.focus();
    this.track();
  }

  private onKey = (e: KeyboardEvent): void => {
    const n = this.drawn!.layout.marks.length;
    const i = this.active;
    const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: n - 1 }[e.key];
    if (to !== undefined) void this.focusBar(Math.max(0, Math.min(n - 1, to)));
    else if (e.key === 'Escape') this.tip = -1;
    else if (e.key === 'Enter' || e.key === ' ') this.open(i);
    else return;
    e.preventDefault();
  };

  /** Opens what a bar opens: its drill-down level, or the fold of small items. */
  private open(i: number): void {
    const row = this.drawn?.layout.marks[i]?.row;
    if (!row?.opens) return;
    if (row.fold === 'bar') this.foldOpen = !this.foldOpen;
    else this.level = [...this.level, row.key];
    void this.focusBar(row.fold === 'bar' ? i : 0);
  }

  /** Leaves the drill-down level and focuses the bar it was opened from. */
  private back = async (): Promise<void> => {
    const from = this.level.pop();
    this.level = [...this.level];
    await this.updateComplete;
    void this.focusBar(Math.max(0, this.drawn!.layout.marks.findIndex((mk) => mk.row.key === from)));
  };

  /** The tables depend on the data only: a hover must not format thousands of cells again. */
  private tables(section: BudgetSection, d: DerivedBudget, c: RenderContext, f: AmountFormat): TemplateResult {
    if (this.tablesFor !== this.presented) {
      this.tablesFor = this.presented;
      this.tablesHtml = this.renderTables(section, d, c, f);
    }
    return this.tablesHtml!;
  }

  private renderTables(section: BudgetSection, d: DerivedBudget, c: RenderContext, f: AmountFormat): TemplateResult {
    const m = c.messages;
    const cm = chartMessages(c.lang);
    const caption = unitCaption(f);
    const cols = this.columns(d);
    const cell = (row: TableRow, col: Column) => {
      const value = figureOf(row, col);
      const text = col === 'rate' ? formatPercent(value, c.locale) : formatAmount(value, f, { signed: col === 'change' });
      return html`<td class="num">${figure(text, row.disputed.includes(col) && m.disputed)}</td>`;
    };
    // One table per shape: the items (with 계 first) and the series.
    const table = (id: string, label: string, first: string, cs: Column[], total: typeof d.total, rows: Array<{ th: string; depth: number; note: string; row: Parameters<typeof cell>[0] }>, note: boolean) =>
      html`<div class="table-region" role="region" aria-labelledby=${id} tabindex="0">
        <table part="table">
          <caption id=${id}>${label} ${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${first}</th>
              ${cs.map((col) => html`<th scope="col">${cm.columns[col]}</th>`)} ${note ? html`<th scope="col">${cm.columns.note}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${total
              ? html`<tr class="total"><th scope="row">${m.columns.total}</th>${cs.map((col) => cell(total, col))}<td></td></tr>`
              : nothing}
            ${rows.map(
              (r) => html`<tr>
                <th scope="row" class=${depthClass(r.depth)}>${r.th}</th>
                ${cs.map((col) => cell(r.row, col))} ${note ? html`<td>${r.note}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    return html`${d.items.length
      ? table('items-caption', this.titleOf(section, c), cm.columns.item, cols, d.total,
          flattenTree(d.items).map((row) => ({ th: c.text(row.name), depth: row.depth, note: c.text(row.note), row })), true)
      : nothing}
    ${d.series.length
      ? table('series-caption', d.items.length ? `${this.titleOf(section, c)} · ${cm.columns.period}` : this.titleOf(section, c), cm.columns.period, ['budget', 'executed', 'rate', 'remaining'], null,
          d.series.map((row) => ({ th: c.text(row.period), depth: 0, note: c.text(row.note), row })), true)
      : nothing}`;
  }

  protected csvRows(section: BudgetSection, d: DerivedBudget, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const cm = chartMessages(c.lang);
    const unit = unitName(this.amountFormat(section, c));
    const cols = this.columns(d);
    const header = (col: Column) => (col === 'rate' ? csvHeader(cm.columns.rate, '%') : csvHeader(cm.columns[col], unit));
    const rows: (string | number | null)[][] = [];
    if (d.items.length) {
      rows.push([cm.columns.item, ...cols.map(header), cm.columns.note]);
      if (d.total) rows.push([m.columns.total, ...cols.map((col) => figureOf(d.total!, col)), null]);
      for (const row of flattenTree(d.items)) rows.push([c.text(row.name), ...cols.map((col) => figureOf(row, col)), c.text(row.note) || null]);
    }
    if (d.series.length) {
      if (rows.length) rows.push([]);
      rows.push([cm.columns.period, header('budget'), header('executed'), header('rate'), header('remaining'), cm.columns.note]);
      for (const p of d.series) rows.push([c.text(p.period), p.budget, p.executed, figureOf(p, 'rate'), p.remaining, c.text(p.note) || null]);
    }
    return rows;
  }

  /** The chart as drawn (the open level, sort and fold) as a standalone SVG document; '' when nothing is shown. */
  toSVG(): string {
    const d = this.presented.status === 'ready' ? this.drawn : null;
    return d ? serializeSvg(d.layout, d.title, d.summary) : '';
  }

  /** Saves {@link toSVG} as `<section id>.svg` (`budget-execution.svg` for a lone section without an id). */
  downloadSVG(): void {
    const view = this.presented;
    if (view.status === 'ready') downloadText(`${this.nameOf(view.section)}.svg`, this.toSVG(), 'image/svg+xml');
  }

  /**
   * Draws {@link toSVG} on a canvas (at twice its size) and saves it as `<section id>.png`.
   * Where the page's policy blocks the image (CSP without `img-src blob:`), the widget shows
   * a visible error instead; resolves to whether a file was saved.
   */
  async downloadPNG(): Promise<boolean> {
    const view = this.presented;
    const text = this.toSVG();
    if (view.status !== 'ready' || !text) return false;
    this.pngFailed = false;
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      await new Promise((ok, fail) => {
        img.onload = ok;
        img.onerror = fail;
        img.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = img.width * 2;
      canvas.height = img.height * 2;
      const g = canvas.getContext('2d')!;
      g.scale(2, 2);
      g.drawImage(img, 0, 0);
      const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
      if (!blob) throw new Error('no PNG');
      downloadBlob(`${this.nameOf(view.section)}.png`, blob);
      return true;
    } catch {
      this.pngFailed = true;
      return false;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

/** A bar's labels: the usual three (name, amounts, rate) in one template, any further ones (or fewer) one each. */
function drawLabels(texts: readonly Text[]) {
  const [a, b, c, ...more] = texts;
  return c
    ? svg`<text class=${a!.c} x=${a!.x} y=${a!.y} text-anchor=${a!.a ?? nothing}>${a!.t}</text
        ><text class=${b!.c} x=${b!.x} y=${b!.y} text-anchor=${b!.a ?? nothing}>${b!.t}</text
        ><text class=${c.c} x=${c.x} y=${c.y} text-anchor=${c.a ?? nothing}>${c.t}</text
        >${more.map(drawText)}`
    : texts.map(drawText);
}

function drawText(t: Text) {
  return svg`<text class=${t.c} x=${t.x} y=${t.y} text-anchor=${t.a ?? nothing}>${t.t}</text>`;
}

function drawRect(b: Box) {
  return svg`<rect class=${b.c} x=${b.x} y=${b.y} width=${Math.max(0, b.w)} height=${b.h}></rect>`;
}
