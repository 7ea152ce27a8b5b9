/**
 * The filter and sort state in the page's query string, under a prefix (`p.q`, `p.sort`,
 * `p.stage` …) so that two tables on one page never collide. Lists are comma-separated; a
 * comma or backslash inside a value (a department named "Parks, Recreation and Culture") is
 * escaped with a backslash, so that every value reads back as it was.
 */
import type { TableQuery } from './pledge-progress-table.query.js';

export const URL_KEYS = ['q', 'sort', 'stage', 'status', 'category', 'department'] as const;

/** The state found under `prefix` in `search` (`?a=1&p.q=…`); keys that are absent are left out. */
export function readUrlState(search: string, prefix: string): Partial<TableQuery> {
  const params = new URLSearchParams(search);
  const state: Partial<TableQuery> = {};
  for (const key of URL_KEYS) {
    const value = params.get(`${prefix}.${key}`);
    if (value === null) continue;
    if (key === 'q' || key === 'sort') state[key] = value;
    else state[key] = splitList(value);
  }
  return state;
}

/** `a,b\,c` → ['a', 'b,c']: splits at the commas a backslash does not escape; empty values are dropped. */
function splitList(value: string): string[] {
  const list: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) current += value[++i];
    else if (c !== ',') current += c;
    else {
      list.push(current);
      current = '';
    }
  }
  list.push(current);
  return list.filter(Boolean);
}

/** `search` with this prefix's keys replaced by `state` (empty values removed, other parameters kept). */
export function writeUrlState(search: string, prefix: string, state: TableQuery): string {
  const params = new URLSearchParams(search);
  for (const key of URL_KEYS) {
    const raw = state[key];
    const value = Array.isArray(raw) ? raw.map((v) => v.replace(/[\\,]/g, '\\$&')).join(',') : raw;
    if (value) params.set(`${prefix}.${key}`, value);
    else params.delete(`${prefix}.${key}`);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
