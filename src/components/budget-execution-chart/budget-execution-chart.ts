import { html, nothing, type TemplateResult } from 'lit';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { depthClass, figure } from '../../core/cells.js';
import { flattenTree } from '../../core/tree.js';
import { csvHeader } from '../../core/export/csv.js';
import { validateBudgetSection } from '../../schema/validate-budget.js';
import type { BudgetSection, SectionKind } from '../../schema/types.js';
import { deriveBudget, type DerivedBudget, type DerivedBudgetRow } from '../../derive/budget.js';
import { formatAmount, formatPercent, unitCaption, unitName, type AmountFormat } from '../../format/amount.js';

type Column = 'budget' | 'executed' | 'rate' | 'remaining' | 'previousBudget' | 'change';

/**
 * Shows a `budget-execution` section of a report document: 예산액, 집행액, 집행률, 잔액,
 * 전년도 예산액 and 증감 per item, with the 계 (total) row checked against the items.
 *
 * @summary Budget execution (예산 집행현황) of a report section, as an accessible table.
 *
 * @tagname budget-execution-chart
 *
 * @fires report-load - {ReportLoadEvent} A newly given document or section has been rendered.
 * @fires report-error - {ReportErrorEvent} The input cannot be shown; `detail.problems` lists every problem.
 *
 * @csspart caption - The title line.
 * @csspart warnings - Figures that do not add up.
 * @csspart error - What went wrong.
 * @csspart table - The data table.
 * @csspart toolbar - The actions.
 */
export class BudgetExecutionChart extends ReportElement<BudgetSection, DerivedBudget> {
  protected readonly kind: SectionKind = 'budget-execution';
  protected readonly validateSection = validateBudgetSection;

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

  private columns(d: DerivedBudget): Column[] {
    const rows = flattenTree(d.items);
    const cols: Column[] = ['budget'];
    if (rows.some((r) => r.executed !== null)) cols.push('executed', 'rate', 'remaining');
    if (rows.some((r) => r.previousBudget !== null)) cols.push('previousBudget', 'change');
    return cols;
  }

  protected renderFigures(section: BudgetSection, d: DerivedBudget, c: RenderContext): TemplateResult {
    const f = this.amountFormat(section, c);
    const m = c.messages;
    const caption = unitCaption(f);
    const cols = this.columns(d);
    const cell = (row: Pick<DerivedBudgetRow, Column> & { disputed: readonly string[] }, col: Column) => {
      const value = row[col];
      const text =
        col === 'rate'
          ? formatPercent(value, c.locale)
          : formatAmount(value, f, { signed: col === 'change' });
      return html`<td class="num">${figure(text, row.disputed.includes(col) && m.disputed)}</td>`;
    };
    return html`
      ${d.items.length
        ? html`<div class="table-region" role="region" aria-labelledby="items-caption" tabindex="0">
            <table part="table">
              <caption id="items-caption">${c.text(section.title) || m.columns.budget} ${caption}</caption>
              <thead>
                <tr>
                  <th scope="col">${m.columns.item}</th>
                  ${cols.map((col) => html`<th scope="col">${m.columns[col]}</th>`)}
                  <th scope="col">${m.columns.note}</th>
                </tr>
              </thead>
              <tbody>
                ${d.total
                  ? html`<tr class="total">
                      <th scope="row">${m.columns.total}</th>
                      ${cols.map((col) => cell(d.total!, col))}
                      <td></td>
                    </tr>`
                  : nothing}
                ${flattenTree(d.items).map(
                  (row) => html`<tr>
                    <th scope="row" class=${depthClass(row.depth)}>${c.text(row.name)}</th>
                    ${cols.map((col) => cell(row, col))}
                    <td>${c.text(row.note)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      ${d.series.length ? this.renderSeries(d, f, c) : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.downloadCSV()}>${m.downloadCsv}</button>
      </div>
    `;
  }

  private renderSeries(d: DerivedBudget, f: AmountFormat, c: RenderContext): TemplateResult {
    const m = c.messages;
    return html`<div class="table-region" role="region" aria-labelledby="series-caption" tabindex="0">
      <table part="table">
        <caption id="series-caption">${m.columns.period} ${unitCaption(f)}</caption>
        <thead>
          <tr>
            <th scope="col">${m.columns.period}</th>
            <th scope="col">${m.columns.budget}</th>
            <th scope="col">${m.columns.executed}</th>
            <th scope="col">${m.columns.rate}</th>
            <th scope="col">${m.columns.remaining}</th>
          </tr>
        </thead>
        <tbody>
          ${d.series.map(
            (p) => html`<tr>
              <th scope="row">${c.text(p.period)}</th>
              <td class="num">${figure(formatAmount(p.budget, f))}</td>
              <td class="num">${figure(formatAmount(p.executed, f))}</td>
              <td class="num">${figure(formatPercent(p.rate, c.locale), p.disputed.includes('rate') && m.disputed)}</td>
              <td class="num">${figure(formatAmount(p.remaining, f))}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected csvRows(section: BudgetSection, d: DerivedBudget, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const unit = unitName(this.amountFormat(section, c));
    const cols = this.columns(d);
    const header = (col: Column) => (col === 'rate' ? csvHeader(m.columns.rate, '%') : csvHeader(m.columns[col], unit));
    const rows: (string | number | null)[][] = [];
    if (d.items.length) {
      rows.push([m.columns.item, ...cols.map(header), m.columns.note]);
      if (d.total) rows.push([m.columns.total, ...cols.map((col) => d.total![col]), null]);
      for (const row of flattenTree(d.items)) rows.push([c.text(row.name), ...cols.map((col) => row[col]), c.text(row.note) || null]);
    }
    if (d.series.length) {
      if (rows.length) rows.push([]);
      rows.push([m.columns.period, header('budget'), header('executed'), header('rate'), header('remaining'), m.columns.note]);
      for (const p of d.series) rows.push([c.text(p.period), p.budget, p.executed, p.rate, p.remaining, c.text(p.note) || null]);
    }
    return rows;
  }
}

