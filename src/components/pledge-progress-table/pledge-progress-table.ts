import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { figure } from '../../core/cells.js';
import { csvHeader } from '../../core/export/csv.js';
import { validatePledgeSection } from '../../schema/validate-pledge.js';
import type { PledgeSection, SectionKind } from '../../schema/types.js';
import { derivePledge, type DerivedPledge } from '../../derive/pledge.js';
import { formatCount, formatPercent } from '../../format/amount.js';
import { indexRows, parseSort, queryRows, SORT_FIELDS, type PledgeRow, type RowIndex, type SortField, type TableQuery } from './pledge-progress-table.query.js';
import { readUrlState, writeUrlState } from './pledge-progress-table.url-state.js';
import { windowRows } from './pledge-progress-table.window.js';
import { pledgeMessages } from './pledge-progress-table.messages.js';
import { pledgeStyles } from './pledge-progress-table.styles.js';

type Filters = Omit<TableQuery, 'sort'>;
const NO_FILTERS: Filters = { q: '', stage: [], status: [], category: [], department: [] };

/**
 * Shows a `pledge-progress` section: pledges (공약 이행현황) or audit follow-ups
 * (행정사무감사 처리결과). A summary (a stacked bar of the stages, each status's count, the
 * share done as a sentence) and a status table; with items, a category × status table whose
 * counts filter the list, and the items themselves: sortable, filterable, searchable (초성
 * search included), each row opening to its note, link and history. Above
 * `virtualize-above` rows only the rows in view are rendered (all of them for printing);
 * search, sort and CSV always cover every item.
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
 */
export class PledgeProgressTable extends ReportElement<PledgeSection, DerivedPledge> {
  static override styles = [...ReportElement.styles, pledgeStyles];

  /** Sort of the items: a column (`title`, `category`, `department`, `status`, `progress`, `due`, `updated`), `-` first for descending. A click on a column heading updates it. */
  @property({ reflect: true }) sort: string | null = null;

  /** Keep search, sort and filters in the page's query string under this prefix (`p.q`, `p.sort` …); empty: the section id. */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Above this many shown rows, only the rows in view are rendered. */
  @property({ type: Number, attribute: 'virtualize-above' }) virtualizeAbove = 200;

  @state() private filters: Filters = NO_FILTERS;
  @state() private open = new Set<number>();
  @state() private scrollY = 0;
  @state() private printing = false;

  protected readonly kind: SectionKind = 'pledge-progress';
  protected readonly validateSection = validatePledgeSection;

  private index: RowIndex | null = null;
  private indexOf: DerivedPledge | null = null;
  private departments: string[] = [];
  private shown: PledgeRow[] = [];
  private shownKey = '';
  private urlPrefix = '';
  private rowHeight = 36;
  private viewport = 600;
  private headOffset = 0;
  private onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    // Synchronously: the page is laid out for paper right after this event.
    this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  protected derive(section: PledgeSection, c: RenderContext): DerivedPledge {
    return derivePledge(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.presented;
    if (view.status !== 'ready') return;
    // Opened rows belong to the data they were opened in.
    if (this.indexOf && view.derived !== this.indexOf) this.open = new Set();
    if (this.syncUrl === null) return;
    const prefix = this.syncUrl || view.section.id;
    if (prefix === this.urlPrefix) return;
    this.urlPrefix = prefix;
    const { sort, ...filters } = readUrlState(location.search, prefix);
    this.filters = { ...this.filters, ...filters };
    if (sort !== undefined) this.sort = sort;
  }

  protected override updated(): void {
    super.updated();
    const root = this.renderRoot;
    // Widths and heights through CSSOM: a strict style-src blocks style attributes.
    for (const el of root.querySelectorAll<HTMLElement>('[data-w]')) el.style.width = `${el.dataset['w']}%`;
    for (const el of root.querySelectorAll<HTMLElement>('[data-h]')) el.style.height = `${el.dataset['h']}px`;
    const region = root.querySelector<HTMLElement>('.virtual');
    const row = region?.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
    if (region && row) {
      this.viewport = region.clientHeight || this.viewport;
      // Where the rows begin in the scrolled content: below the caption and the header row.
      this.headOffset = region.querySelector('tbody')!.getBoundingClientRect().top - region.getBoundingClientRect().top + region.scrollTop;
      const h = row.offsetHeight;
      if (h && Math.abs(h - this.rowHeight) > 0.5) {
        this.rowHeight = h;
        this.requestUpdate();
      }
    }
    if (this.urlPrefix && this.syncUrl !== null) {
      const search = writeUrlState(location.search, this.urlPrefix, this.query());
      if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
    }
  }

  private query(): TableQuery {
    return { ...this.filters, sort: this.sort ?? '' };
  }

  /** The rows as filtered and sorted now; the index is built once per derived data. */
  private rowsOf(d: DerivedPledge, c: RenderContext): PledgeRow[] {
    if (this.indexOf !== d) {
      this.indexOf = d;
      this.index = indexRows(d.items, c.text, d.categories.map((k) => c.text(k.label)), c.locale);
      this.departments = [...new Set(this.index.rows.map((r) => r.department).filter(Boolean))].sort(this.index.collator.compare);
      this.shownKey = '';
    }
    const key = JSON.stringify(this.query());
    if (key !== this.shownKey) {
      this.shownKey = key;
      this.shown = queryRows(this.index!, this.query());
    }
    return this.shown;
  }

  private setFilters(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
  }

  private sortBy(field: SortField): void {
    this.sort = this.sort === field ? `-${field}` : field;
  }

  private toggle(index: number): void {
    const open = new Set(this.open);
    if (!open.delete(index)) open.add(index);
    this.open = open;
  }

  private onScroll(e: Event): void {
    this.scrollY = (e.currentTarget as HTMLElement).scrollTop;
  }

  protected renderFigures(section: PledgeSection, d: DerivedPledge, c: RenderContext): TemplateResult {
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const statusLabel = new Map(d.statuses.map((s) => [s.id, c.text(s.label)]));
    const pct = (v: number | null | undefined): string => formatPercent(v, c.locale).text;
    const num = (v: number): string => formatCount(v, c.locale).text;
    const done = d.stages[0]!;
    return html`
      <section class="summary" part="summary">
        <p class="lead"><strong>${pm.doneSentence(num(done.count), num(d.total), pct(d.total ? done.share : null))}</strong></p>
        <div class="bar" part="bar" aria-hidden="true">
          ${d.stages.map((s) => (s.count ? html`<span class="seg k-${s.stage}" data-w=${s.share}></span>` : nothing))}
        </div>
        <ul class="stages">
          ${d.stages.map((s) =>
            s.statusIds.length
              ? html`<li><span class="shape k-${s.stage}"></span>${m.stages[s.stage]} <b>${num(s.count)}</b> (${pct(s.share)})</li>`
              : nothing,
          )}
        </ul>
        <ul class="statuses">
          ${d.statuses.map((s) => html`<li><span>${statusLabel.get(s.id)}</span> <b>${num(s.count)}</b></li>`)}
        </ul>
      </section>
      <div class="table-region" role="region" aria-labelledby="status-caption" tabindex="0">
        <table part="table">
          <caption id="status-caption">${c.text(section.title) || m.columns.status}</caption>
          <thead>
            <tr>
              <th scope="col">${m.columns.status}</th>
              <th scope="col">${m.columns.stage}</th>
              <th scope="col">${m.columns.count}</th>
              <th scope="col">${m.columns.share}</th>
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
                <td><span class="shape k-${s.stage}"></span>${m.stages[s.stage]}</td>
                <td class="num">${figure(formatCount(s.count, c.locale), s.disputed && m.disputed)}</td>
                <td class="num">${figure(formatPercent(s.share, c.locale))}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.items.length ? this.renderItems(d, c, statusLabel) : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.downloadCSV()}>${m.downloadCsv}</button>
      </div>
    `;
  }

  private renderItems(d: DerivedPledge, c: RenderContext, statusLabel: Map<string, string>): TemplateResult {
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const rows = this.rowsOf(d, c);
    const f = this.filters;
    const x = d.crossTab!;
    const sort = parseSort(this.sort);
    const virtual = rows.length > this.virtualizeAbove && !this.printing;
    const { start, end } = virtual
      ? windowRows(rows.length, this.scrollY - this.headOffset, this.rowHeight, this.viewport)
      : { start: 0, end: rows.length };
    const pick = f.stage[0] ? `stage:${f.stage[0]}` : f.status[0] ? `status:${f.status[0]}` : '';
    const option = (value: string, label: string, current: string) =>
      html`<option value=${value} .selected=${value === current}>${label}</option>`;
    /** A one-of select over `choices` ([value, label]); none when there is nothing to choose. */
    const filter = (key: 'category' | 'department', label: string, choices: string[][]) =>
      choices.length
        ? html`<label
            >${label}
            <select @change=${(e: Event) => this.setFilters({ [key]: [(e.target as HTMLSelectElement).value].filter(Boolean) })}>
              ${option('', pm.all, f[key][0] ?? '')} ${choices.map(([value, text]) => option(value!, text!, f[key][0] ?? ''))}
            </select></label
          >`
        : nothing;
    const spacer = (rowCount: number) =>
      virtual ? html`<tr class="spacer" aria-hidden="true"><td colspan="7" data-h=${rowCount * this.rowHeight}></td></tr>` : nothing;
    return html`
      ${x.categoryIds.length
        ? html`<div class="table-region" role="region" aria-labelledby="cross-caption" tabindex="0">
            <table part="table" class="cross">
              <caption id="cross-caption">${pm.crossTab}</caption>
              <thead>
                <tr>
                  <th scope="col">${m.columns.category}</th>
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
                          @click=${() => this.setFilters(on ? { category: [], status: [] } : { category: [category], status: [status], stage: [] })}
                        >${num(n, c)}</button>
                      </td>`;
                    })}
                    <td class="num">${num(d.categories[ci]!.count, c)}</td>
                  </tr>`,
                )}
                ${x.uncategorized.some(Boolean)
                  ? html`<tr>
                      <th scope="row">${pm.uncategorized}</th>
                      ${x.uncategorized.map((n) => html`<td class="num">${num(n, c)}</td>`)}
                      <td class="num">${num(x.uncategorized.reduce((a, b) => a + b), c)}</td>
                    </tr>`
                  : nothing}
                <tr class="total">
                  <th scope="row">${m.columns.total}</th>
                  ${d.statuses.map((s) => html`<td class="num">${num(s.computedCount ?? 0, c)}</td>`)}
                  <td class="num">${num(d.items.length, c)}</td>
                </tr>
              </tbody>
            </table>
          </div>`
        : nothing}
      <div class="filters" part="toolbar">
        <label>${pm.search} <input type="search" .value=${f.q} aria-describedby="hint" @input=${(e: Event) => this.setFilters({ q: (e.target as HTMLInputElement).value })} /></label>
        <label
          >${pm.stageOrStatus}
          <select
            @change=${(e: Event) => {
              const [kind, id] = (e.target as HTMLSelectElement).value.split(':');
              this.setFilters({ stage: kind === 'stage' ? [id!] : [], status: kind === 'status' ? [id!] : [] });
            }}
          >
            ${option('', pm.all, pick)}
            <optgroup label=${m.columns.stage}>
              ${d.stages.map((s) => (s.statusIds.length ? option(`stage:${s.stage}`, m.stages[s.stage], pick) : nothing))}
            </optgroup>
            <optgroup label=${m.columns.status}>${d.statuses.map((s) => option(`status:${s.id}`, statusLabel.get(s.id)!, pick))}</optgroup>
          </select></label
        >
        ${filter('category', m.columns.category, d.categories.map((k) => [k.id, c.text(k.label)]))}
        ${filter('department', m.columns.department, this.departments.map((name) => [name, name]))}
        <button type="button" @click=${() => (this.filters = NO_FILTERS)}>${pm.reset}</button>
        <small id="hint">${pm.searchHint}</small>
      </div>
      <p class="count" aria-live="polite">${pm.shown(num(rows.length, c), num(d.items.length, c))}</p>
      <div
        class="table-region items ${virtual ? 'virtual' : ''}"
        role="region"
        aria-labelledby="items-caption"
        tabindex="0"
        @scroll=${this.onScroll}
      >
        <table part="table" aria-rowcount=${rows.length + 1}>
          <caption id="items-caption">${pm.items}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${SORT_FIELDS.map(
                (field) => html`<th
                  scope="col"
                  aria-sort=${sort?.field === field ? (sort.desc ? 'descending' : 'ascending') : nothing}
                >
                  <button type="button" @click=${() => this.sortBy(field)}>${m.columns[field]}</button>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${spacer(start)}${rows.slice(start, end).map((row, i) => this.renderRow(row, start + i + 2, c, statusLabel))}${spacer(rows.length - end)}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderRow(row: PledgeRow, rowIndex: number, c: RenderContext, statusLabel: Map<string, string>): TemplateResult {
    const { item, stage, index } = row.d;
    const m = c.messages;
    const pm = pledgeMessages(c.lang);
    const open = this.open.has(index);
    const note = c.text(item.note);
    const history = item.history ?? [];
    return html`<tr aria-rowindex=${rowIndex}>
        <th scope="row">
          ${note || item.url || history.length
            ? html`<button type="button" class="open" aria-expanded=${open} @click=${() => this.toggle(index)}>${row.title}</button>`
            : row.title}
        </th>
        <td>${row.category}</td>
        <td>${row.department}</td>
        <td><span class="shape k-${stage}"></span>${statusLabel.get(item.status)}</td>
        <td class="num">
          ${item.progress === undefined
            ? '-'
            : html`<span class="meter" aria-hidden="true"><span class="fill k-${stage}" data-w=${item.progress}></span></span>${formatPercent(item.progress, c.locale).text}`}
        </td>
        <td>${item.due ? m.date(item.due) : ''}</td>
        <td>${item.updated ? m.date(item.updated) : ''}</td>
      </tr>
      ${open
        ? html`<tr class="details">
            <td colspan="7">
              ${note ? html`<p>${note}</p>` : nothing}
              ${item.url ? html`<p>${pm.link}: <a href=${item.url}>${item.url}</a></p>` : nothing}
              ${history.length
                ? html`<p>${pm.history}</p>
                    <ol class="timeline">
                      ${history.map(
                        (h) =>
                          html`<li><time datetime=${h.date}>${m.date(h.date)}</time> ${statusLabel.get(h.status)}${h.note ? ` — ${c.text(h.note)}` : ''}</li>`,
                      )}
                    </ol>`
                : nothing}
            </td>
          </tr>`
        : nothing}`;
  }

  protected csvRows(_section: PledgeSection, d: DerivedPledge, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const statusLabel = new Map(d.statuses.map((s) => [s.id, c.text(s.label)]));
    if (!d.items.length) {
      return [
        [m.columns.status, m.columns.stage, m.columns.count, csvHeader(m.columns.share, '%')],
        ...d.statuses.map((s) => [statusLabel.get(s.id) ?? s.id, m.stages[s.stage], s.count, s.share]),
        [m.columns.total, null, d.total, d.total > 0 ? 100 : null],
      ];
    }
    return [
      [m.columns.title, m.columns.category, m.columns.department, m.columns.status, m.columns.stage, csvHeader(m.columns.progress, '%'), m.columns.due, m.columns.updated],
      ...this.rowsOf(d, c).map(({ d: { item, stage }, title, category, department }) => [
        title,
        category || null,
        department || null,
        statusLabel.get(item.status) ?? item.status,
        m.stages[stage],
        item.progress ?? null,
        item.due ?? null,
        item.updated ?? null,
      ]),
    ];
  }
}

function num(value: number, c: RenderContext): string {
  return formatCount(value, c.locale).text;
}
