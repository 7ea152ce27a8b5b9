/**
 * Which rows of a long list to render (the pledge table's items, the staffing grid's units):
 * `[start, end)` of `count` rows, each `rowHeight` px high, that a viewport of `viewport` px
 * shows when scrolled `top` px past the first row, with `overscan` rows more on each side.
 * A position past the end shows the last screenful (after a filter or a collapse the old
 * scroll position must still show rows); a negative one (the rows begin below the top of the
 * viewport) shows only the rows that reach into it. Pure arithmetic, no DOM.
 */
export function windowRows(count: number, top: number, rowHeight: number, viewport: number, overscan = 0): [number, number] {
  const h = rowHeight > 0 ? rowHeight : 1;
  const view = Math.max(0, viewport);
  const t = Math.min(top, count * h - view);
  return [Math.max(0, Math.floor(t / h) - overscan), Math.max(0, Math.min(count, Math.ceil((t + view) / h) + overscan))];
}

/**
 * The scroll position `top` (px) of a list with opened rows as if none were opened: the details rows wholly above it
 * (`extra(p)` px high, after the row at position p of `opened`, ascending) are taken off;
 * within one, the top of the row it belongs to.
 */
export function inRows(top: number, opened: readonly number[], rowHeight: number, extra: (p: number) => number): number {
  let above = 0;
  for (const p of opened) {
    const details = (p + 1) * rowHeight + above;
    if (top < details) break;
    if (top < details + extra(p)) return p * rowHeight;
    above += extra(p);
  }
  return top - above;
}
