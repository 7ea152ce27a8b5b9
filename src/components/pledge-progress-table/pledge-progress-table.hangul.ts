/**
 * Korean-aware matching: NFC, case-insensitive, and initial-consonant (초성) search, so that
 * "ㄱㅎ" finds 기획. Keys are built once per data; a keystroke only runs `matchesKey`.
 */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** NFC, lower case: what both the data and the query are compared as. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * Each precomposed syllable (U+AC00–U+D7A3) replaced by its initial consonant, everything
 * else kept: the result has the same length as the input, position for position.
 */
export function toInitials(text: string): string {
  return text.replace(/[\uac00-\ud7a3]/g, (syllable) => INITIALS[((syllable.charCodeAt(0) - 0xac00) / 588) | 0]!);
}

/**
 * Whether normalized `query` occurs in `key` (a normalized text) where each query character
 * equals the text's character or, for a lone initial consonant, the syllable's initial:
 * "ㄱ획" and "기ㅎ" find 기획 as well as "ㄱㅎ". `initials` is `toInitials(key)`, or '' for a
 * query without initial consonants (then only the text itself is searched).
 */
export function matchesKey(key: string, initials: string, query: string): boolean {
  if (key.includes(query)) return true;
  if (!initials) return false;
  const n = query.length;
  outer: for (let i = 0; i + n <= key.length; i++) {
    for (let j = 0; j < n; j++) {
      const q = query[j];
      if (key[i + j] !== q && initials[i + j] !== q) continue outer;
    }
    return true;
  }
  return false;
}
