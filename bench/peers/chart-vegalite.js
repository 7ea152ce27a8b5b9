// Vega-Lite compiled at run time by vega-embed (vega + vega-lite + vega-embed), canvas renderer.
import embed from 'vega-embed';
import { changeset } from 'vega';
import { register, budgetRows } from './harness.js';
let view;
const y = (field) => ({ field, type: 'quantitative', title: null });
register({
  async render(host, doc) {
    const rows = budgetRows(doc);
    const div = document.createElement('div');
    host.append(div);
    const spec = {
      width: 960, height: 480,
      data: { name: 'source', values: rows },
      encoding: { x: { field: 'name', type: 'nominal', sort: null, title: null } },
      layer: [
        { mark: 'bar', encoding: { y: y('budget'), color: { value: '#cbd5e1' } } },
        { mark: 'bar', encoding: { y: y('executed'), color: { value: '#2563eb' } } },
        { mark: { type: 'text', dy: -6, fontSize: 10 }, encoding: { y: y('executed'), text: { field: 'rate' } } },
      ],
    };
    ({ view } = await embed(div, spec, { actions: false, renderer: 'canvas', tooltip: false, hover: false }));
  },
  async update(doc) {
    await view.change('source', changeset().remove(() => true).insert(budgetRows(doc))).runAsync();
  },
});
