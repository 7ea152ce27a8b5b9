import { html, nothing, type TemplateResult } from 'lit';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { figure } from '../../core/cells.js';
import { csvHeader } from '../../core/export/csv.js';
import { validatePledgeSection } from '../../schema/validate-pledge.js';
import type { PledgeSection, SectionKind } from '../../schema/types.js';
import { derivePledge, type DerivedPledge } from '../../derive/pledge.js';
import { formatCount, formatPercent } from '../../format/amount.js';

/**
 * Shows a `pledge-progress` section: pledges (공약 이행현황) or audit follow-ups
 * (행정사무감사 처리결과) by status, with each status's count and share, and the items.
 *
 * @summary Pledge fulfilment and audit follow-ups of a report section, as accessible tables.
 *
 * @tagname pledge-progress-table
 *
 * @fires report-load - {ReportLoadEvent} A newly given document or section has been rendered.
 * @fires report-error - {ReportErrorEvent} The input cannot be shown; `detail.problems` lists every problem.
 *
 * @csspart caption - The title line.
 * @csspart warnings - Figures that do not add up.
 * @csspart error - What went wrong.
 * @csspart table - The data tables.
 * @csspart toolbar - The actions.
 */
export class PledgeProgressTable extends ReportElement<PledgeSection, DerivedPledge> {
  protected readonly kind: SectionKind = 'pledge-progress';
  protected readonly validateSection = validatePledgeSection;

  protected derive(section: PledgeSection, c: RenderContext): DerivedPledge {
    return derivePledge(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
  }

  protected renderFigures(section: PledgeSection, d: DerivedPledge, c: RenderContext): TemplateResult {
    const m = c.messages;
    const statusLabel = new Map(d.statuses.map((s) => [s.id, c.text(s.label)]));
    const categoryLabel = new Map(d.categories.map((k) => [k.id, c.text(k.label)]));
    return html`
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
                <td>${m.stages[s.stage]}</td>
                <td class="num">${figure(formatCount(s.count, c.locale), s.disputed && m.disputed)}</td>
                <td class="num">${figure(formatPercent(s.share, c.locale))}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${d.items.length
        ? html`<div class="table-region" role="region" aria-labelledby="items-caption" tabindex="0">
            <table part="table">
              <caption id="items-caption">${m.columns.title}</caption>
              <thead>
                <tr>
                  <th scope="col">${m.columns.title}</th>
                  <th scope="col">${m.columns.category}</th>
                  <th scope="col">${m.columns.department}</th>
                  <th scope="col">${m.columns.status}</th>
                  <th scope="col">${m.columns.progress}</th>
                  <th scope="col">${m.columns.due}</th>
                </tr>
              </thead>
              <tbody>
                ${d.items.map(
                  ({ item }) => html`<tr>
                    <th scope="row">${c.text(item.title)}</th>
                    <td>${item.category ? categoryLabel.get(item.category) : nothing}</td>
                    <td>${c.text(item.department)}</td>
                    <td>${statusLabel.get(item.status)}</td>
                    <td class="num">${item.progress === undefined ? '-' : `${item.progress}%`}</td>
                    <td>${item.due ?? ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.downloadCSV()}>${m.downloadCsv}</button>
      </div>
    `;
  }

  protected csvRows(_section: PledgeSection, d: DerivedPledge, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const statusLabel = new Map(d.statuses.map((s) => [s.id, c.text(s.label)]));
    const categoryLabel = new Map(d.categories.map((k) => [k.id, c.text(k.label)]));
    if (!d.items.length) {
      return [
        [m.columns.status, m.columns.stage, m.columns.count, csvHeader(m.columns.share, '%')],
        ...d.statuses.map((s) => [statusLabel.get(s.id) ?? s.id, m.stages[s.stage], s.count, s.share]),
        [m.columns.total, null, d.total, d.total > 0 ? 100 : null],
      ];
    }
    return [
      [m.columns.title, m.columns.category, m.columns.department, m.columns.status, m.columns.stage, csvHeader(m.columns.progress, '%'), m.columns.due, m.columns.updated],
      ...d.items.map(({ item, stage }) => [
        c.text(item.title),
        item.category ? categoryLabel.get(item.category) ?? item.category : null,
        c.text(item.department) || null,
        statusLabel.get(item.status) ?? item.status,
        m.stages[stage],
        item.progress ?? null,
        item.due ?? null,
        item.updated ?? null,
      ]),
    ];
  }
}
