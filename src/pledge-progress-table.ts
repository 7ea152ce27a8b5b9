/** Defines `<pledge-progress-table>`. Importing this module is its only effect. */
import { PledgeProgressTable } from './components/pledge-progress-table/pledge-progress-table.js';
import { defineElement } from './core/define.js';

export { PledgeProgressTable };

defineElement('pledge-progress-table', PledgeProgressTable);

declare global {
  interface HTMLElementTagNameMap {
    'pledge-progress-table': PledgeProgressTable;
  }
}
