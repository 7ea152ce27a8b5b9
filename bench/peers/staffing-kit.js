// civic-report-kit: <staffing-grid>; the view switch sets view="current" (what its radio group sets).
// Its scrolling region is 480 px high, as high as the virtualized peers' grids (its default is 80vh).
import '../../src/staffing-grid.ts';
import { register } from './harness.js';
import { kitLoad } from './kit-common.js';
let el;
register({
  render(host, doc) {
    el = document.createElement('staffing-grid');
    el.lang = 'ko';
    el.style.setProperty('--crk-max-height', '480px');
    host.append(el);
    return kitLoad(el, doc);
  },
  async view(name) {
    el.setAttribute('view', name);
    await el.updateComplete;
  },
});
