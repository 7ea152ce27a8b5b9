// Apache ECharts, tree-shaken: core + bar + line + grid + canvas renderer (no tooltip, no legend).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { register, budgetRows } from './harness.js';
echarts.use([BarChart, LineChart, GridComponent, CanvasRenderer]);
let chart, rows;
const series = () => [
  { type: 'bar', data: rows.map((r) => r.budget), itemStyle: { color: '#cbd5e1' }, barGap: '-100%' },
  { type: 'bar', data: rows.map((r) => r.executed), itemStyle: { color: '#2563eb' },
    label: { show: true, position: 'top', fontSize: 10, formatter: (p) => `${rows[p.dataIndex].rate}%` } },
];
register({
  render(host, doc) {
    rows = budgetRows(doc);
    const div = document.createElement('div');
    host.append(div);
    chart = echarts.init(div, null, { renderer: 'canvas', width: 960, height: 480 });
    chart.setOption({
      animation: false,
      xAxis: { type: 'category', data: rows.map((r) => r.name) },
      yAxis: { type: 'value' },
      series: series(),
    });
  },
  update(doc) {
    rows = budgetRows(doc);
    chart.setOption({ series: series() });
  },
});
