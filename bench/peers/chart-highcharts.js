import Highcharts from 'highcharts';
import { register, budgetRows } from './harness.js';
let chart, rows;
register({
  render(host, doc) {
    rows = budgetRows(doc);
    const div = document.createElement('div');
    host.append(div);
    chart = Highcharts.chart(div, {
      chart: { type: 'column', animation: false, width: 960, height: 480 },
      title: { text: null }, credits: { enabled: false }, legend: { enabled: false },
      tooltip: { enabled: false }, accessibility: { enabled: false },
      xAxis: { categories: rows.map((r) => r.name) },
      yAxis: { title: { text: null } },
      plotOptions: { series: { animation: false, grouping: false, enableMouseTracking: false, turboThreshold: 0 } },
      series: [
        { data: rows.map((r) => r.budget), color: '#cbd5e1' },
        { data: rows.map((r) => r.executed), color: '#2563eb',
          dataLabels: { enabled: true, style: { fontSize: '10px' }, formatter() { const p = this.point ?? this; return `${rows[p.index].rate}%`; } } },
      ],
    });
  },
  update(doc) {
    rows = budgetRows(doc);
    chart.series[0].setData(rows.map((r) => r.budget), false, false);
    chart.series[1].setData(rows.map((r) => r.executed), false, false);
    chart.redraw(false);
  },
});
