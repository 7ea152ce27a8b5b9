import type { UiLang } from './types.js';

/**
 * The validator's sentences, [English, Korean], keyed by message id. The part of an id
 * before `:` is the problem code the sentence is reported under (`type:number-text` is
 * reported as `type`), so a code and its wording cannot drift apart.
 *
 * `{0}`, `{1}`, `{2}` are replaced by the arguments. Sentences never contain the JSON
 * Pointer: the UI shows it beside them. They name an item or unit where that helps to find
 * it. Korean sentences avoid particles after a placeholder (이/가, 을/를), which would depend
 * on the inserted word.
 */
const MESSAGES = {
  'type:root': [
    'The data must be a JSON object: a report document or one section.',
    '데이터는 JSON 객체(보고서 문서나 섹션 하나)여야 합니다.',
  ],
  'type:object': ['Must be an object ({…}).', '객체({…})여야 합니다.'],
  'type:array': ['Must be a list ([…]).', '배열([…])이어야 합니다.'],
  'type:string': ['Must be text (a JSON string).', '문자열이어야 합니다.'],
  'type:number': ['Must be a number.', '숫자여야 합니다.'],
  'type:number-text': [
    'Must be a number, not the text "{0}": write amounts as JSON numbers.',
    '숫자여야 합니다. "{0}" 같은 문자열이 아니라 JSON 숫자로 적어 주세요.',
  ],
  'type:lang-text': [
    'Must be text, or an object of language tag to text: {"ko": "…", "en": "…"}.',
    '문자열이거나 {"ko": "…", "en": "…"} 같은 언어별 문자열 객체여야 합니다.',
  ],
  required: ['"{0}" is required.', '"{0}" 항목은 필수입니다.'],
  'required:empty': ['Must not be empty.', '비어 있으면 안 됩니다.'],
  'unknown-property': [
    'Unknown property "{0}": check the spelling (names starting with "x-" are allowed).',
    '알 수 없는 속성입니다: "{0}". 철자를 확인해 주세요("x-"로 시작하는 이름은 허용됩니다).',
  ],
  ignored: [
    'Ignored "{0}", unknown to this build ({2}): the document is format {1}.',
    '이 빌드({2})가 모르는 이름이라 무시했습니다: "{0}"(문서 형식 {1}).',
  ],
  'unsupported-version': [
    'This document is format version "{0}"; this build reads version {1} (and any 1.x).',
    '이 문서의 형식 버전은 "{0}"입니다. 이 빌드는 {1} 버전(1.x)을 읽습니다.',
  ],
  enum: ['Must be one of: {0}.', '다음 중 하나여야 합니다: {0}.'],
  minimum: ['Must be {0} or more.', '{0} 이상이어야 합니다.'],
  'min-items': ['Must have at least one entry.', '항목이 하나 이상 있어야 합니다.'],
  'pattern:id': ['May contain only A–Z, a–z, 0–9, "-" and "_".', 'A–Z, a–z, 0–9, "-", "_"만 쓸 수 있습니다.'],
  'pattern:version': ['Must be a version such as "1.0".', '"1.0" 같은 버전이어야 합니다.'],
  'pattern:locale': ['Must be a BCP 47 language tag such as "ko-KR".', '"ko-KR" 같은 BCP 47 언어 태그여야 합니다.'],
  date: ['Must be a real date, YYYY-MM-DD.', '실제 날짜(YYYY-MM-DD)여야 합니다.'],
  'url-scheme': [
    'Must be an http:, https: or relative link (not javascript:, data: …).',
    'http:, https: 또는 상대 경로 링크여야 합니다(javascript:, data: 등은 불가).',
  ],
  'duplicate-id': ['The id "{0}" is used more than once.', '아이디가 중복됩니다: "{0}".'],
  'no-section:lone': [
    'This section is of kind "{0}"; this element shows {1} sections.',
    '이 섹션의 종류는 "{0}"입니다. 이 요소는 {1} 섹션을 보여 줍니다.',
  ],
  'no-section:id': [
    'No {1} section has the id "{0}". Sections this element can show: {2}.',
    '아이디가 "{0}"인 {1} 섹션이 없습니다. 보여 줄 수 있는 섹션: {2}.',
  ],
  'no-section:id-none': [
    'No {1} section has the id "{0}": the document has no {1} section.',
    '아이디가 "{0}"인 {1} 섹션이 없습니다. 문서에 {1} 섹션이 하나도 없습니다.',
  ],
  'no-section:kind': ['The document has no {0} section.', '문서에 {0} 섹션이 없습니다.'],
} as const satisfies Record<string, readonly [en: string, ko: string]>;

export type MessageId = keyof typeof MESSAGES;

/**
 * A message not every element can give, kept beside the check that gives it (most often a
 * kind's validator) so that the other elements do not ship it: [id, English, Korean].
 */
export type OwnMessage = readonly [id: string, en: string, ko: string];

/** The problem code a message is reported under: its id up to the first `:`. */
export const codeOf = (id: MessageId | OwnMessage): string => (typeof id === 'string' ? id : id[0]).split(':')[0]!;

export function formatMessage(lang: UiLang, id: MessageId | OwnMessage, args: readonly string[] = []): string {
  const [en, ko] = typeof id === 'string' ? MESSAGES[id] : id.slice(1);
  return (lang === 'ko' ? ko! : en!).replace(/\{(\d)\}/g, (_, i: string) => args[+i] ?? '');
}
