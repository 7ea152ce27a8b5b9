/**
 * Side-effect-free entry: the element classes, their events and the pure API (validation,
 * derived figures, formatting), defining no tag. For apps that register their own names:
 * `defineElement('my-budget', BudgetExecutionChart)`.
 */
export { BudgetExecutionChart } from './components/budget-execution-chart/budget-execution-chart.js';
export { PledgeProgressTable } from './components/pledge-progress-table/pledge-progress-table.js';
export { StaffingGrid } from './components/staffing-grid/staffing-grid.js';
export { ReportElement, type RenderContext } from './core/report-element.js';
export { ReportLoadEvent, ReportErrorEvent, type ReportLoadDetail, type ReportErrorDetail } from './core/events.js';
export { defineElement } from './core/define.js';
export { selectSection, FORMAT_VERSION } from './schema/validate.js';
export { validateDocument } from './schema/validate-document.js';
export { deriveBudget } from './derive/budget.js';
export { derivePledge } from './derive/pledge.js';
export { deriveStaffing } from './derive/staffing.js';
export { formatAmount, unitCaption, type UnitDisplay, type NegativeStyle } from './format/amount.js';
export type { ChartMode } from './components/budget-execution-chart/budget-execution-chart.layout.js';
export type { GridView } from './components/staffing-grid/staffing-grid.js';
export { toCsv } from './core/export/csv.js';
export type * from './schema/types.js';
