/** Defines `<staffing-grid>`. Importing this module is its only effect. */
import { StaffingGrid } from './components/staffing-grid/staffing-grid.js';
import { defineElement } from './core/define.js';

export { StaffingGrid };

defineElement('staffing-grid', StaffingGrid);

declare global {
  interface HTMLElementTagNameMap {
    'staffing-grid': StaffingGrid;
  }
}
