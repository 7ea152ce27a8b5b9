/**
 * Which rows of a long grid to render: `[start, end)` of `count` rows, each `rowHeight` px
 * high, that a viewport of `viewport` px shows when scrolled `top` px past the first row,
 * with `overscan` rows more on each side. A position past the end shows the last rows (after
 * a collapse the old scroll position must still show rows); a negative one (the rows begin
 * below the top of the viewport) shows fewer. Pure arithmetic, no DOM.
 */
export function windowRows(count: number, top: number, rowHeight: number, viewport: number, overscan = 3): [number, number] {
  const t = Math.min(top, count * rowHeight - viewport);
  return [Math.max(0, Math.floor(t / rowHeight) - overscan), Math.min(count, Math.ceil((t + viewport) / rowHeight) + overscan)];
}
