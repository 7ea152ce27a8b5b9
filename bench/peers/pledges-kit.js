// civic-report-kit: <pledge-progress-table>. Sort by the `sort` attribute (what a header
// click sets); filter: typing into the table's search box, as a person would. Its windowed
// list scrolls from 480 px, as high as the windowed floor and the virtualized peers (its
// default is 70vh, at most 36em).
import '../../src/pledge-progress-table.ts';
import { register, raf2 } from './harness.js';
import { kitLoad } from './kit-common.js';
let el;
register({
  render(host, doc) {
    el = document.createElement('pledge-progress-table');
    el.lang = 'ko';
    el.style.setProperty('--crk-max-height', '480px');
    host.append(el);
    return kitLoad(el, doc);
  },
  async sort() {
    el.setAttribute('sort', '-progress');
    await el.updateComplete;
  },
  async filter(q) {
    const input = el.shadowRoot.querySelector('input[type=search]');
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  },
});
