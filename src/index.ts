/** `import 'civic-report-kit'`: defines all three tags and exports the pure API. */
import './budget-execution-chart.js';
import './pledge-progress-table.js';
import './staffing-grid.js';

export * from './elements.js';
