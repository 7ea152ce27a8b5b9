// civic-report-kit: <budget-execution-chart>, bundled from src like `civic-report-kit/budget-execution-chart.js`.
import '../../src/budget-execution-chart.ts';
import { register } from './harness.js';
import { kitLoad } from './kit-common.js';
let el;
register({
  render(host, doc) {
    el = document.createElement('budget-execution-chart');
    el.lang = 'ko';
    host.append(el);
    return kitLoad(el, doc);
  },
  update(doc) { return kitLoad(el, doc); },
});
