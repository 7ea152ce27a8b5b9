/**
 * `path` extended by one RFC 6901 reference token (`~` → `~0`, `/` → `~1`). An index or a key
 * without either character is used as it is: a long list builds one pointer per entry.
 */
export const at = (path: string, key: string | number): string =>
  `${path}/${typeof key === 'number' || !/[~/]/.test(key) ? key : key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
