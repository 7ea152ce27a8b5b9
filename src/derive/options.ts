import type { UiLang } from '../schema/types.js';

/** What every `derive*` function needs besides its section. */
export interface DeriveOptions {
  /** The language of warning messages. */
  lang: UiLang;
  /** BCP 47 locale that formats the numbers inside warning messages. */
  locale: string;
  /**
   * JSON Pointer of the section within the object the widget was given: `/sections/2` in a
   * document, `''` for a lone section. Every warning path starts with it.
   */
  basePath: string;
}
