/** Which rows of a long table to render: pure arithmetic, no DOM. */
export interface RowWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** After the last rendered row (exclusive). */
  end: number;
}

/**
 * The rows visible in a viewport of `viewport` pixels scrolled `scrollTop` pixels past the
 * first row, each `rowHeight` high, plus `overscan` rows on each side; a position past the
 * end shows the last rows.
 */
export function windowRows(count: number, scrollTop: number, rowHeight: number, viewport: number, overscan = 8): RowWindow {
  const h = rowHeight > 0 ? rowHeight : 1;
  // Clamped to the last screenful: after a filter shrinks the rows, the old scroll position
  // must still show rows before the browser clamps scrollTop.
  const top = Math.max(0, Math.min(scrollTop, count * h - viewport));
  const start = Math.min(count, Math.max(0, Math.floor(top / h) - overscan));
  const end = Math.min(count, Math.ceil((top + Math.max(0, viewport)) / h) + overscan);
  return { start, end: Math.max(start, end) };
}
