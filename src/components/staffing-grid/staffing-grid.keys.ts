/**
 * The grid keyboard pattern as a pure function: from a cell and a key to the next cell.
 * Arrows move one cell and stop at the edges; Home / End go to the first / last cell of the
 * row, with Ctrl (or ⌘) of the grid; Page Up / Page Down move `page` rows.
 */
export interface KeyInput {
  key: string;
  ctrl?: boolean;
  row: number;
  col: number;
  rows: number;
  /** Cells in the current row. */
  cols: number;
  page?: number;
}

/** `[row, col]` of the next cell, or null for a key the grid leaves alone. */
export function nextCell({ key, ctrl, row, col, rows, cols, page = 10 }: KeyInput): [number, number] | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max - 1));
  switch (key) {
    case 'ArrowUp':
      return [clamp(row - 1, rows), col];
    case 'ArrowDown':
      return [clamp(row + 1, rows), col];
    case 'ArrowLeft':
      return [row, clamp(col - 1, cols)];
    case 'ArrowRight':
      return [row, clamp(col + 1, cols)];
    case 'PageUp':
      return [clamp(row - page, rows), col];
    case 'PageDown':
      return [clamp(row + page, rows), col];
    case 'Home':
      return [ctrl ? 0 : row, 0];
    case 'End':
      // Rows may differ in length: the caller clamps the column to the target row.
      return [ctrl ? rows - 1 : row, cols - 1];
  }
  return null;
}
