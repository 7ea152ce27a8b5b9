/** The generated text summary of the chart (its accessible description). Pure. */
import type { ChartMode, ChartRow, Formats } from './budget-execution-chart.layout.js';
import type { ChartMessages } from './budget-execution-chart.messages.js';

export interface SummaryTotal {
  budget: number;
  executed: number | null;
  rate: number | null;
  change: number | null;
}

/**
 * Execution: the total rate, then the lowest and the highest rate; trend: the rate of the
 * first and the last period, lowest and highest; yoy: the total and its change, the largest
 * increase and decrease; with no rows, that there is nothing to show. `asOf` ('2024-10-31 기준') ends it, as a sentence. `fmt.amount` should carry the unit.
 */
export function summarize(
  mode: ChartMode,
  rows: readonly ChartRow[],
  total: SummaryTotal | null,
  fmt: Formats,
  m: ChartMessages,
  asOf: string,
): string {
  const yoy = mode === 'yoy';
  const value = (r: ChartRow) => (yoy ? r.change : r.rate);
  const shown = (r: ChartRow) => `${r.name} (${yoy ? fmt.signed(r.change) : fmt.percent(r.rate)})`;
  const list = rows.filter((r) => value(r) !== null && r.fold !== 'bar');
  let lo: ChartRow | undefined;
  let hi: ChartRow | undefined;
  for (const r of list) {
    if (!lo || value(r)! < value(lo)!) lo = r;
    if (!hi || value(r)! > value(hi)!) hi = r;
  }
  const head = !rows.length
    ? m.empty(mode === 'trend')
    : mode === 'trend'
      ? list.length
        ? m.trend(shown(list[0]!), shown(list[list.length - 1]!))
        : ''
      : !total
        ? ''
        : yoy
          ? m.yoy(fmt.amount(total.budget), fmt.signed(total.change))
          : m.execution(fmt.amount(total.budget), fmt.amount(total.executed), fmt.percent(total.rate));
  const extremes: string[] = [];
  // In yoy, only a real increase or decrease is named.
  if (lo && list.length > 1 && (!yoy || value(lo)! < 0)) extremes.push(`${yoy ? m.down : m.lowest} ${shown(lo)}`);
  if (hi && list.length > 1 && (!yoy || value(hi)! > 0)) extremes.push(`${yoy ? m.up : m.highest} ${shown(hi)}`);
  // Each part a sentence: 'Lowest …, highest ….', 'As of 31 Oct 2024.'
  const sentence = (t: string) => t && t[0]!.toUpperCase() + t.slice(1) + '.';
  return [head, sentence(extremes.join(', ')), sentence(asOf)].filter(Boolean).join(' ');
}
