import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { figure } from '../../core/cells.js';
import { csvHeader } from '../../core/export/csv.js';
import { validatePledgeSection } from '../../schema/validate-pledge.js';
import type { PledgeItem, PledgeSection, SectionKind, UiLang } from '../../schema/types.js';
import { derivePledge, type DerivedPledge, type DerivedPledgeItem } from '../../derive/pledge.js';
import { formatCount, formatPercent } from '../../format/amount.js';
import {
  categoryOf, departmentsOf, FILTER_KEYS, indexRows, parseSort, queryRows, SORT_FIELDS, textsOf,
  type FilterKey, type RowIndex, type TableQuery,
} from './pledge-progress-table.query.js';
import { readUrlState, writeUrlState } from './pledge-progress-table.url-state.js';
import { inRows, windowRows } from '../../core/window.js';
import { pledgeMessages } from './pledge-progress-table.messages.js';
import { pledgeStyles } from './pledge-progress-table.styles.js';

type Filters = Omit<TableQuery, 'sort'>;
const NO_FILTERS: Filters = { q: '', stage: [], status: [], category: [], department: [] };
/** An item opens (its title a button) where it has a note, a link or a history to show. */
const opens = (item: PledgeItem, text: (t: PledgeItem['note']) => string): boolean => !!(text(item.note) || item.url || item.history?.length);
/** The longest stretch of idle-time work (search keys) before the page may handle input again. */
const IDLE_SLICE_MS = 6;

type PostTask = (work: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * Runs `work` when nothing more urgent waits: as a background task of `scheduler.postTask`
 * where there is one (Chromium, Firefox: slice after slice while the page is idle), else as an
 * idle callback (one slice per idle period). Returns false where neither exists.
 */
function inBackground(work: (deadline?: IdleDeadline) => void): boolean {
  const scheduler = (globalThis as { scheduler?: { postTask: PostTask } }).scheduler;
  if (scheduler) void scheduler.postTask(() => work(), { priority: 'background' });
  else if ('requestIdleCallback' in window) requestIdleCallback(work);
  else return false;
  return true;
}

/** A row group of the items table and its key: an item's index (its row, and its details when open), or a spacer's name. */
type Body = [key: number | string, content: TemplateResult];

/**
 * Shows a `pledge-progress` section: pledges (공약 이행현황) or audit follow-ups
 * (행정사무감사 처리결과). A summary (a stacked bar of the stages, each status's count, the
 * share done as a sentence) and a status table; with items, a category × status table whose
 * counts filter the list, and the items themselves: sortable, filterable (several stages,
 * statuses, categories and departments at once), searchable (초성 search included), each row
 * opening to its note, link and history. Above `virtualize-above` rows only the rows in view
 * are rendered (all of them for printing), and the row holding the focus stays rendered
 * wherever it is scrolled; search, sort and CSV always cover every item.
 *
 * @summary Pledge fulfilment and audit follow-ups of a report section, as accessible tables.
 *
 * @tagname pledge-progress-table
 *
 * @fires report-load - {ReportLoadEvent} A newly given document or section has been rendered.
 * @fires report-error - {ReportErrorEvent} The input cannot be shown; `detail.problems` lists every problem.
 *
 * @csspart caption - The title line.
 * @csspart summary - The share done, the stacked bar of the stages and each status's count.
 * @csspart bar - The stacked bar of the stages.
 * @csspart warnings - Figures that do not add up.
 * @csspart error - What went wrong.
 * @csspart table - The data tables.
 * @csspart toolbar - The search box, the filters and the actions.
 *
 * @cssprop --crk-color-done - Marks of the `done` stage (bar, badge shape, progress).
 * @cssprop --crk-color-progress - Marks of the `progress` stage.
 * @cssprop --crk-color-delayed - Marks of the `delayed` stage.
 * @cssprop --crk-color-not-started - Marks of the `not-started` stage.
 * @cssprop --crk-color-dropped - Marks of the `dropped` stage.
 * @cssprop --crk-max-height - Height from which a windowed list scrolls inside its region, under a sticky header (default: 70vh, at most 36em).
 */
export class PledgeProgressTable extends ReportElement<PledgeSection, DerivedPledge> {
  static override styles = [...ReportElement.styles, pledgeStyles];

  /** The reactive properties (declared here rather than by decorators, whose helpers would ship in every bundle). */
  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    syncUrl: { attribute: 'sync-url' },
    virtualizeAbove: { type: Number, attribute: 'virtualize-above' },
    filters: { state: true, attribute: false },
    open: { state: true, attribute: false },
    scrollY: { state: true, attribute: false },
    panel: { state: true, attribute: false },
  };

  /** Sort of the items: a column (`title`, `category`, `department`, `status`, `progress`, `due`, `updated`), `-` first for descending. A click on a column heading updates it. */
  sort: string | null = null;

  /** Keep search, sort and filters in the page's query string under this prefix (`p.q`, `p.sort`, `p.stage` …, lists comma-separated); empty: the section id (a lone section without one: `pledge-progress`). */
  syncUrl: string | null = null;

  /** Above this many shown rows, only the rows in view are rendered. */
  virtualizeAbove = 200;

  private filters: Filters = NO_FILTERS;
  private open = new Set<number>();
  private scrollY = 0;
  /** The filter whose choices are shown (its disclosure is open). */
  private panel: FilterKey | null = null;

  protected readonly kind: SectionKind = 'pledge-progress';
  protected readonly validateSection = validatePledgeSection;

  #index: RowIndex | null = null;
  #indexOf: DerivedPledge | null = null;
  #shown: readonly DerivedPledgeItem[] = [];
  #shownKey = '';
  #urlPrefix = '';
  /** Row height in px: the CSS height of a windowed row at the default font size, measured after each render. */
  #rowHeight = 36;
  /** The measured height of each opened item's details row, by item index. */
  #detailsHeight = new Map<number, number>();
  /** An opened item's details row height: as measured, or three rows before it has been. */
  #detailsOf(index: number): number {
    return this.#detailsHeight.get(index) ?? 3 * this.#rowHeight;
  }
  #lastRowHeight = 0;
  #viewport = 600;
  /** The windowed list's region, observed: a taller region (a resized window, `--crk-max-height`) needs more rows. */
  #region: HTMLElement | null = null;
  #resized = new ResizeObserver(() => {
    const h = this.#region?.clientHeight;
    if (h && h !== this.#viewport) {
      this.#viewport = h;
      this.requestUpdate();
    }
  });
  /** The items table's row groups to show, in order; made by render, put in place by updated. */
  #groups: Body[] | null = null;
  /**
   * The row groups in place, by key: an item's group stays the same element for as long as it
   * is rendered, and is never moved while the window scrolls, so a focused row keeps the focus.
   */
  #bodies = new Map<number | string, HTMLTableSectionElement>();

  protected untitled(lang: UiLang): string {
    return pledgeMessages(lang).untitled;
  }

  protected derive(section: PledgeSection, c: RenderContext): DerivedPledge {
    return derivePledge(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.presented;
    if (view.status !== 'ready') return;
    // Opened rows belong to the data they were opened in; chosen filter values that other
    // data (another section, language or document) do not offer are dropped.
    if (this.#indexOf && view.derived !== this.#indexOf) {
      this.open = new Set();
      this.filters = this.#offered(this.filters, view.derived, view.context);
    }
    if (this.syncUrl === null) return;
    const prefix = this.syncUrl || this.nameOf(view.section);
    if (prefix === this.#urlPrefix) return;
    this.#urlPrefix = prefix;
    const { sort, ...filters } = readUrlState(location.search, prefix);
    this.filters = this.#offered({ ...this.filters, ...filters }, view.derived, view.context);
    if (sort !== undefined) this.sort = sort;
  }

  /**
   * The filters without the values these data do not offer (a status of last year's report in
   * a shared link, a typo, a department named in another language): such a value would filter
   * every row away behind a choice that no checkbox shows.
   */
  #offered(filters: Filters, d: DerivedPledge, c: RenderContext): Filters {
    const next = { ...filters };
    for (const key of FILTER_KEYS) {
      const choices = next[key].length ? this.#choices(key, d, c) : null;
      if (choices) next[key] = next[key].filter((v) => choices.some(([value]) => value === v));
    }
    return next;
  }

  protected override updated(): void {
    super.updated();
    const root = this.renderRoot as ShadowRoot;
    const table = root.querySelector('.items table');
    const region = root.querySelector<HTMLElement>('.items');
    if (table && this.#groups) {
      const active = root.activeElement as HTMLElement | null;
      const keys = new Set(this.#groups.map(([key]) => key));
      // Groups of items no longer shown are taken out, then reused in order for the newly shown
      // ones, so a sort or a scroll updates rows rather than building them; the groups that stay
      // keep their places (the window only slides), so a focused row is never moved.
      const free = [...this.#bodies].flatMap(([key, body]) => (keys.has(key) ? [] : [body]));
      for (const body of free) body.remove();
      const next = new Map([...keys].map((key) => [key, this.#bodies.get(key) ?? free.shift() ?? document.createElement('tbody')]));
      let ref = table.querySelector('tbody');
      for (const [key, content] of this.#groups) {
        const body = next.get(key)!;
        if (body === ref) ref = body.nextElementSibling as HTMLTableSectionElement | null;
        else table.insertBefore(body, ref);
        render(content, body);
      }
      this.#bodies = next;
      // A row moved by a new order takes its focus back; a row filtered away leaves it to the list.
      if (active && root.activeElement !== active) (active.isConnected ? active : region)!.focus({ preventScroll: true });
    }
    // Widths and heights through CSSOM: a strict style-src blocks style attributes.
    for (const el of root.querySelectorAll<HTMLElement>('[data-w]')) el.style.width = `${el.dataset['w']}%`;
    for (const el of root.querySelectorAll<HTMLElement>('[data-h]')) el.style.height = `${el.dataset['h']}px`;
    const virtual = region?.classList.contains('virtual') ? region : null;
    if (virtual !== this.#region) {
      this.#resized.disconnect();
      if (virtual) this.#resized.observe(virtual);
      this.#region = virtual;
    }
    for (const tr of region?.querySelectorAll<HTMLElement>('.virtual tr.details') ?? []) {
      const [i, h] = [+tr.dataset['i']!, tr.offsetHeight];
      if (Math.abs(h - (this.#detailsHeight.get(i) ?? -1)) > 0.5) {
        this.#detailsHeight.set(i, h);
        this.requestUpdate();
      }
    }
    const row = region?.querySelector<HTMLElement>('.virtual tr[data-i]:not(.details)');
    if (row) {
      // Another row height, or a region taller than the rows were rendered for, needs another
      // window (a lower region has a few rows to spare until the next render).
      // Rows of unequal heights (a font the CSS did not foresee) would alternate the measure
      // between two heights, a window for each, without end: back to the height before the
      // last, the taller one holds.
      const [view, h] = [region!.clientHeight, row.offsetHeight];
      const rh = this.#rowHeight;
      const flip = Math.abs(h - this.#lastRowHeight) < 0.5;
      if (view > this.#viewport + 0.5 || (h && !flip && Math.abs(h - rh) > 0.5)) this.requestUpdate();
      this.#viewport = view || this.#viewport;
      this.#lastRowHeight = rh;
      this.#rowHeight = flip ? Math.max(h, rh) : h || rh;
    }
    // The search keys are built while the page is idle, a slice at a time, so that the first
    // search does not wait for them (it builds what is left, if any). A slice ends after a few
    // milliseconds even when the browser offers 50: a click must not wait for it.
    const index = this.#index;
    if (index && !index.texts.key) {
      const prepare = (deadline?: IdleDeadline): void => {
        const end = performance.now() + IDLE_SLICE_MS;
        const over = () => performance.now() > end || (!!deadline && deadline.timeRemaining() < 1);
        if (textsOf(index, 'key', over).length < index.items.length) inBackground(prepare);
      };
      if (inBackground(prepare)) index.texts.key = [];
    }
    if (this.#urlPrefix && this.syncUrl !== null) {
      const search = writeUrlState(location.search, this.#urlPrefix, this.#query());
      if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
    }
  }

  #query(): TableQuery {
    return { ...this.filters, sort: this.sort ?? '' };
  }

  /** The items as filtered and sorted now; nothing per item is computed before a query needs it. */
  #rowsOf(d: DerivedPledge, c: RenderContext): readonly DerivedPledgeItem[] {
    const index = this.#indexFor(d, c);
    const key = JSON.stringify(this.#query());
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      this.#shown = queryRows(index, this.#query());
    }
    return this.#shown;
  }

  /** The search and sort index of these data, made when they are new. */
  #indexFor(d: DerivedPledge, c: RenderContext): RowIndex {
    if (this.#indexOf !== d) {
      this.#indexOf = d;
      this.#index = indexRows(d.items, c.text, d.categories.map((k) => c.text(k.label)), c.locale);
      this.#shownKey = '';
    }
    return this.#index!;
  }

  /** What a filter offers: [value, label, class of its shape], for its checkboxes and to check a shared link. */
  #choices(key: FilterKey, d: DerivedPledge, c: RenderContext): string[][] {
    return key === 'stage'
      ? d.stages.filter((s) => s.statusIds.length).map((s) => [s.stage, pledgeMessages(c.lang).stages[s.stage], `shape k-${s.stage}`])
      : key === 'status'
        ? d.statuses.map((s) => [s.id, c.text(s.label), `shape k-${s.stage}`])
        : key === 'category'
          ? d.categories.map((k) => [k.id, c.text(k.label)])
          : departmentsOf(this.#indexFor(d, c)).map((name) => [name, name]);
  }

  #setFilters(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
  }

  #onScroll(e: Event): void {
    this.scrollY = (e.currentTarget as HTMLElement).scrollTop;
  }

  /**
   * Tab from the last button or link of the rendered rows goes on to the next row that opens,
   * past the window (Shift+Tab: back), as it would with every row rendered.
   */
  async #onTab(e: KeyboardEvent): Promise<void> {
    const region = e.currentTarget as HTMLElement;
    const tr = (e.target as Element).closest<HTMLElement>('tr[data-i]');
    if (e.key !== 'Tab' || !tr || !region.classList.contains('virtual')) return;
    const step = e.shiftKey ? -1 : 1;
    const focusable = [...region.querySelectorAll('tbody :is(button, a[href])')];
    if (focusable[focusable.indexOf(e.target as Element) + step]) return;
    const rows = this.#shown;
    const text = this.#index!.text;
    let p = rows.findIndex((r) => r.index === +tr.dataset['i']!) + step;
    while (rows[p] && !opens(rows[p]!.item, text)) p += step;
    if (!rows[p]) return;
    e.preventDefault();
    // Brought into the window (half a view from the top; opened rows above it count their
    // details), then focused.
    const rh = this.#rowHeight;
    const details = rows.slice(0, p).reduce((h, r) => (this.open.has(r.index) ? h + this.#detailsOf(r.index) : h), 0);
    region.scrollTop = this.scrollY = Math.max(0, (p + 1) * rh + details - this.#viewport / 2);
    await this.updateComplete;
    region.querySelector<HTMLElement>(`tr[data-i="${rows[p]!.index}"] .open`)?.focus();
  }

  /** One listener for every row's disclosure button: opens or closes the row. */
  #onRowClick(e: Event): void {
    const tr = (e.target as Element).closest('.open')?.closest('tr');
    if (!tr) return;
    const open = new Set(this.open);
    if (!open.delete(+tr.dataset['i']!)) open.add(+tr.dataset['i']!);
    this.open = open;
  }

  protected renderFigures(section: PledgeSection, d: DerivedPledge, c: RenderContext): TemplateResult {
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const statusLabel = new Map(d.statuses.map((s) => [s.id, c.text(s.label)]));
    // As a person reads it: a share of nothing is 해당 없음 / not applicable, not '-'.
    const pct = (v: number | null | undefined): string => formatPercent(v, c.locale).label;
    const done = d.stages[0]!;
    return html`
      <section class="summary" part="summary">
        <p class="lead"><strong>${pm.doneSentence(num(done.count, c), num(d.total, c), formatPercent(done.share, c.locale).label)}</strong></p>
        <div class="bar" part="bar" aria-hidden="true">
          ${d.stages.map((s) => (s.count && s.share !== null ? html`<span class="seg k-${s.stage}" data-w=${s.share}></span>` : nothing))}
        </div>
        <ul class="stages">
          ${d.stages.map((s) =>
            s.statusIds.length
              ? html`<li><span class="shape k-${s.stage}"></span>${pm.stages[s.stage]} <b>${num(s.count, c)}</b> (${pct(s.share)})</li>`
              : nothing,
          )}
        </ul>
        <ul class="statuses">
          ${d.statuses.map((s) => html`<li><span>${statusLabel.get(s.id)}</span> <b>${num(s.count, c)}</b></li>`)}
        </ul>
      </section>
      <div class="table-region" role="region" aria-labelledby="status-caption" tabindex="0">
        <table part="table">
          <caption id="status-caption">${this.titleOf(section, c)}</caption>
          <thead>
            <tr>
              <th scope="col">${pm.columns.status}</th>
              <th scope="col">${pm.columns.stage}</th>
              <th scope="col">${pm.columns.count}</th>
              <th scope="col">${pm.columns.share}</th>
            </tr>
          </thead>
          <tbody>
            <tr class="total">
              <th scope="row">${m.columns.total}</th>
              <td></td>
              <td class="num">${figure(formatCount(d.total, c.locale), d.totalDisputed && m.disputed)}</td>
              <td class="num">${figure(formatPercent(d.total > 0 ? 100 : null, c.locale))}</td>
            </tr>
            ${d.statuses.map(
              (s) => html`<tr>
                <th scope="row">${statusLabel.get(s.id)}</th>
                <td><span class="shape k-${s.stage}"></span>${pm.stages[s.stage]}</td>
                <td class="num">${figure(formatCount(s.count, c.locale), s.disputed && m.disputed)}</td>
                <td class="num">${figure(formatPercent(s.share, c.locale))}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.items.length ? this.#renderItems(d, c, statusLabel) : ((this.#groups = null), nothing)}
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.downloadCSV()}>${m.downloadCsv}</button>
      </div>
    `;
  }

  #renderItems(d: DerivedPledge, c: RenderContext, statusLabel: Map<string, string>): TemplateResult {
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const rows = this.#rowsOf(d, c);
    const f = this.filters;
    const x = d.crossTab!;
    const sort = parseSort(this.sort);
    const virtual = rows.length > this.virtualizeAbove && !this.printing;
    // Rows opened before each position add a details row: aria-rowindex counts them, and the
    // window and its spacers count their measured heights.
    const opened = this.open.size ? rows.flatMap((r, i) => (this.open.has(r.index) ? [i] : [])) : [];
    const rh = this.#rowHeight;
    const extra = (p: number) => this.#detailsOf(rows[p]!.index);
    const [start, end] = virtual
      ? // Measured from the top of the table, not of its rows: the overscan covers the caption and header above them.
        windowRows(rows.length, inRows(this.scrollY, opened, rh, extra), rh, this.#viewport, 5)
      : [0, rows.length];
    const rowIndex = (position: number): number => position + 2 + opened.filter((p) => p < position).length;
    // The row holding the focus stays rendered wherever it is scrolled, apart from the window.
    const active = (this.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('.items tr[data-i]');
    const at = active ? rows.indexOf(d.items[+active.dataset['i']!]!) : -1;
    /** What stands for rows [from, from + count) not rendered: their height, opened ones' details included. */
    const spacer = (key: string, count: number, from: number): Body => [
      key,
      html`<tr class="spacer" aria-hidden="true"><td colspan="7" data-h=${opened.reduce((h, p) => (p >= from && p < from + count ? h + extra(p) : h), count * rh)}></td></tr>`,
    ];
    const item = (position: number): Body => [rows[position]!.index, this.#renderRow(rows[position]!, rowIndex(position), c, statusLabel)];
    const groups: Body[] = [];
    for (let i = start; i < end; i++) groups.push(item(i));
    // Filtered to nothing: a row says so, where the rows would be.
    if (!rows.length) groups.push(['none', html`<tr class="none" aria-rowindex="2"><td colspan="7">${pm.noMatch}</td></tr>`]);
    let top = start;
    let bottom = rows.length - end;
    if (at >= 0 && at < start) {
      groups.unshift(item(at), spacer('gap', start - at - 1, at + 1));
      top = at;
    } else if (at >= end) {
      groups.push(spacer('gap', at - end, end), item(at));
      bottom = rows.length - at - 1;
    }
    this.#groups = virtual ? [spacer('top', top, 0), ...groups, spacer('bottom', bottom, rows.length - bottom)] : groups;
    const chosen = (key: FilterKey) => f[key].length;
    /** A row of counts per status and their sum. */
    const counts = (label: string, n: number[], kind = '') =>
      html`<tr class=${kind}><th scope="row">${label}</th>${[...n, n.reduce((a, b) => a + b)].map((v) => html`<td class="num">${num(v, c)}</td>`)}</tr>`;
    /** A disclosure per filter: a summary saying how many are chosen, then a checkbox per choice. */
    const filter = (key: FilterKey) =>
      html`<details
        class="pick"
        .open=${this.panel === key}
        @toggle=${(e: Event) => {
          const open = (e.currentTarget as HTMLDetailsElement).open;
          if (open || this.panel === key) this.panel = open ? key : null;
        }}
      >
        <summary id="f-${key}">${pm.columns[key]} · ${chosen(key) ? pm.chosen(num(chosen(key), c)) : pm.all}</summary>
        ${this.panel === key
          ? html`<div role="group" aria-labelledby="f-${key}">
              ${this.#choices(key, d, c).map(
                ([value, label, kind]) =>
                  html`<label
                    ><input
                      type="checkbox"
                      .checked=${f[key].includes(value!)}
                      @change=${(e: Event) =>
                        this.#setFilters({
                          [key]: (e.target as HTMLInputElement).checked ? [...f[key], value!] : f[key].filter((v) => v !== value),
                        })}
                    /><span class=${kind ?? ''}>${label}</span></label
                  >`,
              )}
            </div>`
          : nothing}
      </details>`;
    return html`
      ${x.categoryIds.length
        ? html`<div class="table-region" role="region" aria-labelledby="cross-caption" tabindex="0">
            <table part="table" class="cross">
              <caption id="cross-caption">${pm.crossTab}</caption>
              <thead>
                <tr>
                  <th scope="col">${pm.columns.category}</th>
                  ${d.statuses.map((s) => html`<th scope="col">${statusLabel.get(s.id)}</th>`)}
                  <th scope="col">${m.columns.total}</th>
                </tr>
              </thead>
              <tbody>
                ${x.cells.map(
                  (cells, ci) => html`<tr>
                    <th scope="row">${c.text(d.categories[ci]!.label)}</th>
                    ${cells.map((n, si) => {
                      const category = x.categoryIds[ci]!;
                      const status = x.statusIds[si]!;
                      const on = f.category.join() === category && f.status.join() === status;
                      return html`<td class="num">
                        <button
                          type="button"
                          aria-pressed=${on}
                          aria-label=${`${c.text(d.categories[ci]!.label)}, ${statusLabel.get(status)}: ${num(n, c)}`}
                          @click=${() => this.#setFilters(on ? { category: [], status: [] } : { category: [category], status: [status], stage: [] })}
                        >${num(n, c)}</button>
                      </td>`;
                    })}
                    <td class="num">${num(d.categories[ci]!.count, c)}</td>
                  </tr>`,
                )}
                ${x.uncategorized.some(Boolean) ? counts(pm.uncategorized, x.uncategorized) : nothing}
                ${counts(m.columns.total, d.statuses.map((s) => s.computedCount ?? 0), 'total')}
              </tbody>
            </table>
          </div>`
        : nothing}
      <div class="filters" part="toolbar">
        <label>${pm.search} <input type="search" .value=${f.q} aria-describedby="hint" @input=${(e: Event) => this.#setFilters({ q: (e.target as HTMLInputElement).value })} /></label>
        ${FILTER_KEYS.map((key) =>
          (key === 'category' ? d.categories.length : key !== 'department' || d.items.some((r) => r.item.department)) ? filter(key) : nothing,
        )}
        <button type="button" @click=${() => (this.filters = NO_FILTERS)}>${pm.reset}</button>
        <small id="hint">${pm.searchHint}</small>
      </div>
      <p class="count" aria-live="polite">${pm.shown(num(rows.length, c), num(d.items.length, c))}</p>
      <div
        class="table-region items ${virtual ? 'virtual' : ''}"
        role="region"
        aria-labelledby="items-caption"
        tabindex="0"
        @scroll=${this.#onScroll}
        @keydown=${this.#onTab}
      >
        <table part="table" aria-rowcount=${(rows.length || 1) + opened.length + 1} @click=${this.#onRowClick}>
          <caption id="items-caption">${pm.items}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${SORT_FIELDS.map(
                (field) => html`<th
                  scope="col"
                  aria-sort=${sort?.field === field ? (sort.desc ? 'descending' : 'ascending') : nothing}
                >
                  <button type="button" @click=${() => (this.sort = this.sort === field ? `-${field}` : field)}>${pm.columns[field]}</button>
                </th>`,
              )}
            </tr>
          </thead>
        </table>
      </div>
    `;
  }

  #renderRow(row: DerivedPledgeItem, rowIndex: number, c: RenderContext, statusLabel: Map<string, string>): TemplateResult {
    const { item, stage, index } = row;
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const text = this.#index!.text;
    const open = this.open.has(index);
    const title = text(item.title);
    const note = text(item.note);
    const history = item.history ?? [];
    // One line per cell: whitespace between cells would be a text node in every row.
    return html`<tr aria-rowindex=${rowIndex} data-i=${index}>
<th scope="row">${opens(item, text) ? html`<button type="button" class="open" aria-expanded=${open}>${title}</button>` : title}</th>
<td>${categoryOf(this.#index!, row)}</td>
<td>${text(item.department)}</td>
<td class="shape k-${stage}">${statusLabel.get(item.status)}</td>
<td class="num">${item.progress === undefined ? figure(formatPercent(null, c.locale)) : html`<span class="meter" aria-hidden="true"><span class="fill k-${stage}" data-w=${item.progress}></span></span>${formatPercent(item.progress, c.locale).text}`}</td>
<td>${item.due ? m.date(item.due) : ''}</td>
<td>${item.updated ? m.date(item.updated) : ''}</td>
</tr>${open
      ? html`<tr class="details" aria-rowindex=${rowIndex + 1} data-i=${index}><td colspan="7">
${note ? html`<p>${note}</p>` : nothing}
${item.url ? html`<p>${pm.link}: <a href=${item.url}>${item.url}</a></p>` : nothing}
${history.length
  ? html`<p>${pm.history}</p>
<ol class="timeline">${history.map(
      (h) => html`<li><time datetime=${h.date}>${m.date(h.date)}</time> ${statusLabel.get(h.status)}${h.note ? ` — ${text(h.note)}` : ''}</li>`,
    )}</ol>`
  : nothing}
</td></tr>`
      : nothing}`;
  }

  protected csvRows(_section: PledgeSection, d: DerivedPledge, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const statusLabel = new Map(d.statuses.map((s) => [s.id, c.text(s.label)]));
    if (!d.items.length) {
      return [
        [pm.columns.status, pm.columns.stage, pm.columns.count, csvHeader(pm.columns.share, '%')],
        ...d.statuses.map((s) => [statusLabel.get(s.id) ?? s.id, pm.stages[s.stage], s.count, s.share]),
        [m.columns.total, null, d.total, d.total > 0 ? 100 : null],
      ];
    }
    const rows = this.#rowsOf(d, c);
    const { text } = this.#index!;
    return [
      [pm.columns.title, pm.columns.category, pm.columns.department, pm.columns.status, pm.columns.stage, csvHeader(pm.columns.progress, '%'), pm.columns.due, pm.columns.updated],
      ...rows.map((row) => [
        text(row.item.title),
        categoryOf(this.#index!, row) || null,
        text(row.item.department) || null,
        statusLabel.get(row.item.status) ?? row.item.status,
        pm.stages[row.stage],
        row.item.progress ?? null,
        row.item.due ?? null,
        row.item.updated ?? null,
      ]),
    ];
  }
}

function num(value: number, c: RenderContext): string {
  return formatCount(value, c.locale).text;
}
