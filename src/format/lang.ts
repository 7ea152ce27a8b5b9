import type { LangText, UiLang } from '../schema/types.js';

/** The primary language subtag, lower case: `ko-KR` → `ko`. Tolerates `ko_KR`. */
function primaryOf(tag: string): string {
  return tag.split(/[-_]/, 1)[0]!.toLowerCase();
}

/** The kit's word language for a locale: `ko` for any Korean tag (`ko`, `ko-KR`), else `en`. */
export function uiLangOf(locale: string): UiLang {
  return primaryOf(locale) === 'ko' ? 'ko' : 'en';
}

/**
 * The key of `text` that serves `tag`: the same tag (tags compare case-insensitively), else
 * the bare primary language (`ko` for `ko-KR`), else the first key of the same primary
 * language (`ko-KR` for `ko`).
 */
function keyFor(keys: string[], tag: string): string | undefined {
  if (!tag) return undefined;
  const wanted = tag.replace(/_/g, '-').toLowerCase();
  const primary = primaryOf(tag);
  return (
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => k.toLowerCase() === primary) ??
    keys.find((k) => primaryOf(k) === primary)
  );
}

/**
 * The string of a text field for the UI language `lang`: a plain string as is; of an
 * object of language tag → string, the one for `lang`, else the one for the document's
 * `meta.locale` (`fallbackLocale`), else the first. `undefined` (or an empty object) → ''.
 */
export function pickText(text: LangText | undefined, lang: string, fallbackLocale?: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const key = keyFor(keys, lang) ?? keyFor(keys, fallbackLocale ?? '') ?? keys[0];
  return key === undefined ? '' : (text[key] ?? '');
}
