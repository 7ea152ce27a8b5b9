// civic-report-kit: <staffing-grid>; the view switch sets view="current" (being added).
import '../../src/staffing-grid.ts';
import { register } from './harness.js';
import { kitLoad } from './kit-common.js';
let el;
register({
  render(host, doc) {
    el = document.createElement('staffing-grid');
    el.lang = 'ko';
    host.append(el);
    return kitLoad(el, doc);
  },
  async view(name) {
    el.setAttribute('view', name);
    await el.updateComplete;
  },
});
