import type { RenderContext } from '../../core/report-element.js';
import { numberFormatter } from '../../format/number.js';
import type { CellFormat } from './staffing-grid.layout.js';
import type { GridMessages } from './staffing-grid.messages.js';

/** A number → value cache: a grid formats thousands of cells from a few dozen distinct counts. */
function memo<T>(fn: (n: number) => T): (n: number) => T {
  const cache = new Map<number, T>();
  return (n) => {
    let v = cache.get(n);
    if (v === undefined) cache.set(n, (v = fn(n)));
    return v;
  };
}

/**
 * Counts, signed differences and rates as the reports write them (`-` for zero, `△1` or
 * `−1`, `+1`), with their spoken labels, and the words a cell needs. The counts are integers
 * and the rates already rounded, so plain memoized number formatting does what the
 * exact-decimal formatters of src/format/amount.ts would, in far fewer bytes (the element's
 * budget is 20 KB).
 */
export function gridFormat(c: Pick<RenderContext, 'locale' | 'messages' | 'negativeStyle'>, gm: GridMessages): CellFormat {
  const m = c.messages;
  const num = numberFormatter(c.locale);
  const pct = numberFormatter(c.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dash = (zero: boolean) => ({ text: '-', label: zero ? '0' : m.notApplicable });
  const sign = (n: number, text: string, plus: boolean) =>
    n < 0
      ? { text: (c.negativeStyle === 'triangle' ? '\u25B3' : '\u2212') + text, label: m.negative(text) }
      : plus
        ? { text: `+${text}`, label: m.positive(text) }
        : { text, label: text };
  const rate = memo((n) => sign(n, pct.format(Math.abs(n) / 100), false));
  return {
    ...gm,
    current: gm.columns.current,
    authorized: gm.columns.authorized,
    disputed: m.disputed,
    count: memo((n) => (n ? sign(n, num.format(Math.abs(n)), false) : dash(true))),
    signed: memo((n) => (n ? sign(n, num.format(Math.abs(n)), true) : dash(true))),
    percent: (n) => (n === null ? dash(false) : rate(n)),
  };
}
