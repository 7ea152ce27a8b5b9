/** Rows of a drill-down tree in reading order: each parent before its children. */
export function flattenTree<T extends { children: readonly T[] }>(rows: readonly T[], out: T[] = []): T[] {
  for (const row of rows) {
    out.push(row);
    flattenTree(row.children, out);
  }
  return out;
}
