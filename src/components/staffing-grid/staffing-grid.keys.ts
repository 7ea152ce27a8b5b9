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
  const step = ({ ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-page, 0], PageDown: [page, 0] } as Record<string, number[]>)[key];
  const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max - 1));
  // Rows may differ in length: the caller clamps the column to the target row.
  return step ? [clamp(row + step[0]!, rows), clamp(col + step[1]!, cols)] : key === 'Home' ? [ctrl ? 0 : row, 0] : key === 'End' ? [ctrl ? rows - 1 : row, cols - 1] : null;
}
