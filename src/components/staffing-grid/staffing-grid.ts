import { html, nothing, type TemplateResult } from 'lit';
import { ReportElement, type RenderContext } from '../../core/report-element.js';
import { depthClass, figure } from '../../core/cells.js';
import { flattenTree } from '../../core/tree.js';
import { validateStaffingSection } from '../../schema/validate-staffing.js';
import type { SectionKind, StaffingSection } from '../../schema/types.js';
import { deriveStaffing, type DerivedStaffing, type DerivedStaffingUnit, type StaffCell } from '../../derive/staffing.js';
import { formatCount, formatSigned } from '../../format/amount.js';

/**
 * Shows a `staffing` section: 정원 (authorized) against 현원 (current) per unit and job
 * grade, with 과부족 (difference), 소계 per job series and 계.
 *
 * @summary Staffing (인력 현황) of a report section, as an accessible table.
 *
 * @tagname staffing-grid
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
export class StaffingGrid extends ReportElement<StaffingSection, DerivedStaffing> {
  protected readonly kind: SectionKind = 'staffing';
  protected readonly validateSection = validateStaffingSection;

  protected derive(section: StaffingSection, c: RenderContext): DerivedStaffing {
    return deriveStaffing(section, { lang: c.lang, locale: c.locale, basePath: c.basePath });
  }

  private renderCell(cell: StaffCell, c: RenderContext): TemplateResult {
    const m = c.messages;
    const disputed = cell.disputed.length > 0 && m.disputed;
    const current = formatCount(cell.current, c.locale);
    const authorized = formatCount(cell.authorized, c.locale);
    return html`<td class="num">
      ${figure(
        {
          text: `${current.text} / ${authorized.text}`,
          label: `${m.columns.current} ${current.label}, ${m.columns.authorized} ${authorized.label}`,
        },
        disputed,
      )}
      <br />${figure(formatSigned(cell.difference, c.locale, c.negativeStyle))}
    </td>`;
  }

  protected renderFigures(section: StaffingSection, d: DerivedStaffing, c: RenderContext): TemplateResult {
    const m = c.messages;
    const rows = flattenTree(d.units);
    const row = (unit: DerivedStaffingUnit, total = false) => html`<tr class=${total ? 'total' : ''}>
      <th scope="row" class=${depthClass(unit.depth)}>
        ${total ? m.columns.total : c.text(unit.name)}
      </th>
      ${this.renderCell(unit.total, c)}
      ${d.groups.map(
        (g, gi) => html`${g.gradeIds.map((id) => this.renderCell(unit.grades[id]!, c))}
        ${d.groups.length > 1 || g.label !== undefined ? this.renderCell(unit.groups[gi]!, c) : nothing}`,
      )}
    </tr>`;
    const grade = new Map(d.grades.map((g) => [g.id, c.text(g.label)]));
    return html`
      <div class="table-region" role="region" aria-labelledby="grid-caption" tabindex="0">
        <table part="table">
          <caption id="grid-caption">${c.text(section.title) || m.columns.grade} (${m.cellLegend})</caption>
          <thead>
            <tr>
              <th scope="col" rowspan="2">${m.columns.unit}</th>
              <th scope="col" rowspan="2">${m.columns.total}</th>
              ${d.groups.map((g) => {
                const hasSubtotal = d.groups.length > 1 || g.label !== undefined;
                return html`<th scope="colgroup" colspan=${g.gradeIds.length + (hasSubtotal ? 1 : 0)}>
                  ${c.text(g.label) || m.columns.grade}
                </th>`;
              })}
            </tr>
            <tr>
              ${d.groups.map(
                (g) => html`${g.gradeIds.map((id) => html`<th scope="col">${grade.get(id)}</th>`)}
                ${d.groups.length > 1 || g.label !== undefined ? html`<th scope="col">${m.columns.subtotal}</th>` : nothing}`,
              )}
            </tr>
          </thead>
          <tbody>
            ${row(d.total, true)} ${rows.map((u) => row(u))}
          </tbody>
        </table>
      </div>
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.downloadCSV()}>${m.downloadCsv}</button>
      </div>
    `;
  }

  protected csvRows(_section: StaffingSection, d: DerivedStaffing, c: RenderContext): (string | number | null)[][] {
    const m = c.messages;
    const grade = new Map(d.grades.map((g) => [g.id, c.text(g.label)]));
    const header = [m.columns.unit, m.columns.grade, m.columns.authorized, m.columns.current, m.columns.difference, `${m.columns.vacancyRate}(%)`];
    const rows: (string | number | null)[][] = [header];
    const push = (name: string, label: string, cell: StaffCell) =>
      rows.push([name, label, cell.authorized, cell.current, cell.difference, cell.vacancyRate]);
    for (const unit of [d.total, ...flattenTree(d.units)]) {
      const name = unit === d.total ? m.columns.total : c.text(unit.name);
      push(name, m.columns.total, unit.total);
      d.groups.forEach((g, gi) => {
        for (const id of g.gradeIds) push(name, grade.get(id) ?? id, unit.grades[id]!);
        if (d.groups.length > 1 || g.label !== undefined) push(name, `${c.text(g.label)} ${m.columns.subtotal}`.trim(), unit.groups[gi]!);
      });
    }
    return rows;
  }
}
