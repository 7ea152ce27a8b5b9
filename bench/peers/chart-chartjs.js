import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { register, budgetRows } from './harness.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
let chart, rows;
// rate labels: Chart.js has no built-in data labels; a small plugin draws them
const rateLabels = {
  id: 'rateLabels',
  afterDatasetsDraw(c) {
    const { ctx } = c;
    const meta = c.getDatasetMeta(1);
    ctx.save();
    ctx.font = '10px sans-serif';
    ctx.textAlign = 'center';
    ctx.fillStyle = '#111';
    meta.data.forEach((bar, i) => ctx.fillText(`${rows[i].rate}%`, bar.x, bar.y - 3));
    ctx.restore();
  },
};
register({
  render(host, doc) {
    rows = budgetRows(doc);
    const canvas = document.createElement('canvas');
    canvas.width = 960; canvas.height = 480;
    host.append(canvas);
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          { data: rows.map((r) => r.budget), backgroundColor: '#cbd5e1', grouped: false },
          { data: rows.map((r) => r.executed), backgroundColor: '#2563eb', grouped: false },
        ],
      },
      options: { responsive: false, animation: false, events: [], plugins: { legend: { display: false }, tooltip: { enabled: false } } },
      plugins: [rateLabels],
    });
  },
  update(doc) {
    rows = budgetRows(doc);
    chart.data.datasets[0].data = rows.map((r) => r.budget);
    chart.data.datasets[1].data = rows.map((r) => r.executed);
    chart.update('none');
  },
});
