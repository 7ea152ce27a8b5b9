/** Defines `<budget-execution-chart>`. Importing this module is its only effect. */
import { BudgetExecutionChart } from './components/budget-execution-chart/budget-execution-chart.js';
import { defineElement } from './core/define.js';

export { BudgetExecutionChart };

defineElement('budget-execution-chart', BudgetExecutionChart);

declare global {
  interface HTMLElementTagNameMap {
    'budget-execution-chart': BudgetExecutionChart;
  }
}
