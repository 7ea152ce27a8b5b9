/** `path` extended by one RFC 6901 reference token (`~` → `~0`, `/` → `~1`). */
export const at = (path: string, key: string | number): string =>
  `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
