/** Every leaf of a message table, strings as they are and functions called with samples. */
export function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') {
    const sample = path.endsWith('asOf') || path.endsWith('date') ? '2024-10-31' : 3;
    return [[path, (value as (...a: unknown[]) => unknown)(...Array<unknown>(value.length).fill(sample))]];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}
