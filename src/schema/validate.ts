/**
 * Run-time validation of report documents (the format: report-format.md):
 * the envelope, section selection, and the small checks the per-kind validators are made of.
 *
 * Why written by hand rather than running Ajv or generating code from
 * `schema/report.schema.json`:
 * - weight: an element imports this envelope plus the one per-kind validator it reads
 *   (`validate-budget.ts` …), so the other kinds tree-shake away; Ajv weighs ~38 KB.
 * - a strict Content-Security-Policy: Ajv compiles schemas with `new Function`; nothing
 *   here evaluates code.
 * - messages a web developer understands, in Korean and English, one per problem, each
 *   with a JSON Pointer;
 * - no code-generation step in the build.
 * The schema and this code are kept in agreement by test/node/schema-agreement.test.mjs.
 */
import { at } from './pointer.js';
import type { Problem, ReportDocument, Section, SectionKind, UiLang, Warning } from './types.js';
import { codeOf, formatMessage, type MessageId, type OwnMessage } from './messages.js';

/** The format version this build reads: every `1.x`; unknown properties of a newer `1.x` only warn. */
export const FORMAT_VERSION = '1.0';

export interface ValidationContext {
  readonly lang: UiLang;
  readonly problems: Problem[];
  readonly warnings: Warning[];
  /** The document's `schemaVersion` when its minor version is newer than FORMAT_VERSION's, else null. */
  newer: string | null;
}

/**
 * Checks `value`, found at `key` of the object or array `path` points to, and records what is
 * wrong with it. The value's own pointer, `at(path, key)`, is built only for a problem or to
 * descend into an object or list: building one for every value was most of the time a valid
 * document took. `owner` is the item or unit a message names (see `object`).
 */
export type Check = (
  value: unknown, path: string, key: string | number, ctx: ValidationContext, owner: Record<string, unknown>,
) => void;
/** The known properties of an object and the check of each. */
export type Shape = Record<string, Check>;
export type SectionValidator = (section: Record<string, unknown>, path: string, ctx: ValidationContext) => void;

export interface SelectOptions {
  kind: SectionKind;
  /** The element's `section` attribute; null, undefined or '' means the first section of `kind`. */
  sectionId?: string | null;
  lang: UiLang;
  validateSection: SectionValidator;
}

export type Selection<S extends Section = Section> =
  | { ok: true; section: S; sectionPath: string; document: ReportDocument | null; warnings: Warning[] }
  | { ok: false; problems: Problem[]; warnings: Warning[] };

export const KINDS: readonly SectionKind[] = ['budget-execution', 'pledge-progress', 'staffing'];

// ---------------------------------------------------------------- context and reporting

export const createContext = (lang: UiLang): ValidationContext => ({ lang, problems: [], warnings: [], newer: null });

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export { at };

/** The problem `id` at `key` of `path`, or at `path` itself when `key` is null. */
const problem = (
  ctx: ValidationContext, path: string, key: string | number | null, id: MessageId | OwnMessage, args: readonly unknown[],
): Problem => ({
  code: codeOf(id),
  path: key === null ? path : at(path, key),
  message: formatMessage(ctx.lang, id, args.map(String)),
});

/** Records a problem; see `problem` for where. */
export function fail(
  ctx: ValidationContext, path: string, key: string | number | null, id: MessageId | OwnMessage, ...args: unknown[]
): void {
  ctx.problems.push(problem(ctx, path, key, id, args));
}

/** In a document of a newer minor version, what this build does not know is ignored with a warning. */
function ignore(ctx: ValidationContext, path: string, key: string, code: string, name: string): void {
  ctx.warnings.push({ ...problem(ctx, path, key, 'ignored', [name, ctx.newer, FORMAT_VERSION]), code, stated: null, computed: null });
}

const quoteList = (ids: Iterable<string>): string => [...ids].map((id) => `"${id}"`).join(', ') || '—';

// ---------------------------------------------------------------- checks

export const skip: Check = () => {};

/** A string that `pattern` accepts (a RegExp, or any other `test`), else the problem `id`. */
export const matching = (pattern: { test(value: string): boolean }, id: MessageId | OwnMessage): Check =>
  (value, path, key, ctx) => {
    if (typeof value !== 'string') fail(ctx, path, key, 'type:string');
    else if (!pattern.test(value)) fail(ctx, path, key, id);
  };

/** Any string. */
export const text = matching(/(?:)/, 'type:string');

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
export const languageTag = matching(LANGUAGE_TAG, 'pattern:locale');
export const sectionId = matching(/^[A-Za-z0-9_-]+$/, 'pattern:id');
/** Ids other than section ids may be any non-empty text (a grade id such as "4급" is natural). */
export const nonEmpty = matching(/./s, 'required:empty');
/**
 * http:, https: or relative. Leading spaces and control characters, and tabs or line breaks
 * anywhere, are refused too: a browser strips them, so they could hide a `javascript:`.
 * Mirrors the `Url` pattern of the schema.
 */
export const url = matching(/^(?![^]*[\t\n\r])(?:https?:|[^\0- :/?#][^:/?#]*(?:[/?#]|$)|[/?#]|$)/i, 'url-scheme');

/** YYYY-MM, or YYYY-MM-DD, with a month 01–12 and a day 01–31. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * YYYY-MM-DD (or YYYY-MM when `month`) naming a day that exists: "2016-02-30" is a typo.
 * Days 01–28 exist in every month, so a Date is made only for the rest: a long list has
 * thousands of dates.
 */
export const isDate = (value: string, month: boolean): boolean => {
  if (!DATE.test(value)) return false;
  if (value.length === 7) return month;
  const day = +value.slice(8);
  return day <= 28 || day <= new Date(Date.UTC(+value.slice(0, 4), +value.slice(5, 7), 0)).getUTCDate();
};
export const date = matching({ test: (value) => isDate(value, false) }, 'date');

export const langText: Check = (value, path, key, ctx) => {
  if (typeof value === 'string') return;
  if (!isObject(value)) return fail(ctx, path, key, 'type:lang-text');
  const tags = Object.keys(value);
  if (!tags.length) fail(ctx, path, key, 'min-items');
  for (const tag of tags) {
    if (!LANGUAGE_TAG.test(tag)) fail(ctx, at(path, key), tag, 'pattern:locale');
    if (typeof value[tag] !== 'string') fail(ctx, at(path, key), tag, 'type:string');
  }
};

/**
 * What a kind of number must be besides at least its minimum (a whole number, at most 100),
 * with its message: only the elements that read such numbers ship it.
 */
export type NumberRule = readonly [test: (value: number) => boolean, message: OwnMessage];

/** A JSON number; amounts and counts given as text ("1,234") get a sentence of their own. */
export const number = (minimum = -Infinity, rule?: NumberRule): Check => (value, path, key, ctx) => {
  if (typeof value !== 'number' || !isFinite(value)) {
    if (typeof value === 'string') fail(ctx, path, key, 'type:number-text', value.slice(0, 40));
    else fail(ctx, path, key, 'type:number');
  } else if (rule && !rule[0](value)) fail(ctx, path, key, rule[1]);
  else if (value < minimum) fail(ctx, path, key, 'minimum', minimum);
};
// `@__PURE__`: an element whose kind does not use a check does not ship it.
export const amount = /* @__PURE__ */ number(0);
/** Not in messages.ts: the budget chart reads no counts. */
export const INTEGER = ['integer', 'Must be a whole number.', '정수여야 합니다.'] as const;
export const count = /* @__PURE__ */ number(0, [Number.isInteger, INTEGER]);

export const oneOf = (values: readonly (string | number)[]): Check => (value, path, key, ctx) => {
  if (!values.includes(value as string | number)) fail(ctx, path, key, 'enum', values.map((v) => JSON.stringify(v)).join(', '));
};

/** An id (checked by `check`) that must not repeat within `seen`. */
export const uniqueId = (seen: Set<string>, check: Check = nonEmpty): Check => (value, path, key, ctx, owner) => {
  check(value, path, key, ctx, owner);
  if (typeof value !== 'string') return;
  if (seen.has(value)) fail(ctx, path, key, 'duplicate-id', value);
  seen.add(value);
};

/** The string ids of the objects in `list`, which is checked elsewhere. */
export const declaredIds = (list: unknown): ReadonlySet<string> =>
  new Set(Array.isArray(list) ? list.flatMap((entry) => (isObject(entry) && typeof entry.id === 'string' ? [entry.id] : [])) : []);

/** How a message names an item or unit: its id, else its name, else its first name. */
export const labelOf = (owner: Record<string, unknown>): string => {
  const { id, name } = owner;
  if (typeof id === 'string') return id;
  if (typeof name === 'string') return name;
  return String((isObject(name) && Object.values(name)[0]) || '?');
};

/**
 * The ids of a list that must not be empty (statuses, grades), or null when it is missing or
 * empty: that is reported once, and every reference to it would only repeat it.
 */
export const requiredIds = (list: unknown): ReadonlySet<string> | null =>
  Array.isArray(list) && list.length ? declaredIds(list) : null;

/**
 * A reference to a status, category or grade: it must be one of `ids`. The message `id`
 * names the owner (`labelOf`), so that the reference can be found in a long list.
 */
export const declared = (ids: ReadonlySet<string> | null, id: OwnMessage): Check => (value, path, key, ctx, owner) => {
  if (typeof value !== 'string') fail(ctx, path, key, 'type:string');
  else if (ids && !ids.has(value)) fail(ctx, path, key, id, labelOf(owner), value, quoteList(ids));
};

/**
 * A list whose entries `item` checks; they name the same owner as the list. `plain`, for a
 * long list, is a shortcut: an entry it accepts is one `item` would find nothing wrong with
 * (and has done what `item` records, such as a seen id), so it is not checked again. It
 * accepts only the common plain form and leaves everything else, each problem above all, to
 * `item`, which says what is wrong.
 */
export const arrayOf = (item: Check, minItems = 0, plain?: (entry: unknown) => boolean): Check =>
  (value, path, key, ctx, owner) => {
    if (!Array.isArray(value)) return fail(ctx, path, key, 'type:array');
    if (value.length < minItems) fail(ctx, path, key, 'min-items');
    const own = at(path, key);
    for (let i = 0; i < value.length; i++) if (!plain?.(value[i])) item(value[i], own, i, ctx, owner);
  };

/**
 * The properties of `object`, in its own order: missing required ones first, then each
 * known one checked; unknown ones are errors (they are almost always typos), except `x-…`.
 * `undefined` counts as absent, as JSON has no such value. `for…in` allocates nothing per
 * object or property (unlike `Object.entries`) and was the fastest on a first, cold run.
 * `owner` is passed on to the checks (see `object`).
 */
export function checkProperties(
  object: Record<string, unknown>, path: string, ctx: ValidationContext, shape: Shape,
  required: readonly string[] = [], owner = object,
): void {
  for (const key of required) if (object[key] === undefined) fail(ctx, path, key, 'required', key);
  for (const key in object) {
    const value = object[key];
    if (value === undefined || key.startsWith('x-') || !Object.hasOwn(object, key)) continue;
    if (Object.hasOwn(shape, key)) shape[key]!(value, path, key, ctx, owner);
    else if (ctx.newer) ignore(ctx, path, key, 'unknown-property', key);
    else fail(ctx, path, key, 'unknown-property', key);
  }
}

/**
 * An object of `shape`. Messages about its properties name the object itself (an item, a
 * unit), or with `inner` the owner of the object, as a pledge's history entry names the pledge.
 */
export const object = (shape: Shape, required?: readonly string[], inner = false): Check =>
  (value, path, key, ctx, owner) => {
    if (isObject(value)) checkProperties(value, at(path, key), ctx, shape, required, inner ? owner : value);
    else fail(ctx, path, key, 'type:object');
  };

/** An object of id → value (pledge counts, staffing figures); `id` checks each id, given as the value. */
export const record = (item: Check, id: Check): Check => (value, path, key, ctx, owner) => {
  if (!isObject(value)) return fail(ctx, path, key, 'type:object');
  const own = at(path, key);
  for (const name of Object.keys(value)) {
    const entry = value[name];
    if (entry === undefined || name.startsWith('x-')) continue;
    id(name, own, name, ctx, owner);
    item(entry, own, name, ctx, owner);
  }
};

// ---------------------------------------------------------------- sections

const sourceRef = object({ title: langText, url });

/** The properties every kind shares; `id` and `kind` are checked by `checkSectionHead`. */
const SECTION_BASE: Shape = { id: skip, kind: skip, title: langText, asOf: date, notes: langText, source: sourceRef };

/** For the per-kind validators: the section's properties, those of every kind included. */
export const checkSectionBody = (
  section: Record<string, unknown>, path: string, ctx: ValidationContext, shape: Shape, required?: readonly string[],
): void => checkProperties(section, path, ctx, { ...SECTION_BASE, ...shape }, required);

/**
 * A section's `id` and `kind`: what says which section it is. `ids` holds the ids seen so far
 * in the document; null for a lone section, whose id is optional. Returns whether the kind
 * is one this build can deep-validate.
 */
export function checkSectionHead(
  section: Record<string, unknown>, path: string, ctx: ValidationContext, ids: Set<string> | null,
): boolean {
  const { id, kind } = section;
  if (ids && id === undefined) fail(ctx, path, 'id', 'required', 'id');
  if (id !== undefined) uniqueId(ids ?? new Set(), sectionId)(id, path, 'id', ctx, section);
  if (kind === undefined) fail(ctx, path, 'kind', 'required', 'kind');
  else if (KINDS.includes(kind as SectionKind)) return true;
  // A newer 1.x may add kinds: its other sections must keep working in old embeds.
  else if (ctx.newer && typeof kind === 'string') ignore(ctx, path, 'kind', 'unknown-kind', kind);
  else oneOf(KINDS)(kind, path, 'kind', ctx, section);
  return false;
}

/** An object with a `kind` and no `sections`: one section given to an element's `data`. */
export const isLoneSection = (input: Record<string, unknown>): boolean =>
  input.kind !== undefined && input.sections === undefined;

// ---------------------------------------------------------------- the document

const schemaVersion = matching(/^1\.\d+$/, 'pattern:version');

const meta = object(
  {
    title: langText, organization: langText, department: langText, period: langText,
    asOf: date, locale: languageTag, source: sourceRef, notes: langText,
  },
  ['title'],
);

/**
 * Walks a document in its own order: `schemaVersion`, `meta`, the head of every section and,
 * for each section of a known kind, `deep`. A different major version is one problem and
 * nothing else. Returns false in that case.
 */
export function checkDocument(
  doc: Record<string, unknown>, ctx: ValidationContext, deep: (section: Record<string, unknown>, path: string) => void,
): boolean {
  const version = doc.schemaVersion;
  if (typeof version === 'string') {
    const [, major, minor] = /^(\d+)(?:\.(\d+))?/.exec(version) ?? [];
    if (major !== undefined && +major !== 1) {
      fail(ctx, '', null, 'unsupported-version', version, FORMAT_VERSION);
      return false;
    }
    if (minor !== undefined && +minor > +FORMAT_VERSION.split('.')[1]!) ctx.newer = version;
  }
  const ids = new Set<string>();
  const section: Check = (value, path, key) => {
    if (!isObject(value)) fail(ctx, path, key, 'type:object');
    else if (checkSectionHead(value, at(path, key), ctx, ids)) deep(value, at(path, key));
  };
  checkProperties(
    doc, '', ctx,
    { $schema: text, schemaVersion, meta, sections: arrayOf(section, 1) },
    ['schemaVersion', 'meta', 'sections'],
  );
  return true;
}

/** The problem when no section fits: names the ids the element could show. */
function noSection(ctx: ValidationContext, sections: Record<string, unknown>[], kind: SectionKind, sectionId: string): Problem {
  if (!sectionId) return problem(ctx, '', null, 'no-section:kind', [kind]);
  const ids = declaredIds(sections.filter((s) => s.kind === kind));
  return problem(ctx, '', null, ids.size ? 'no-section:id' : 'no-section:id-none', [sectionId, kind, quoteList(ids)]);
}

/**
 * Finds the section an element shows in `input` (a document, or a lone section) and
 * validates the envelope and that section only: a problem inside another section belongs
 * to the element that shows it.
 */
export function selectSection<S extends Section>(input: unknown, options: SelectOptions): Selection<S> {
  const { kind, lang, validateSection } = options;
  const sectionId = options.sectionId ?? '';
  const ctx = createContext(lang);
  let chosen: Record<string, unknown> | undefined;
  let sectionPath = '';
  let document: ReportDocument | null = null;
  if (!isObject(input)) fail(ctx, '', null, 'type:root');
  else if (isLoneSection(input)) {
    // The `section` attribute does not apply to a lone section.
    if (input.kind !== kind) fail(ctx, '', null, 'no-section:lone', input.kind, kind);
    else {
      chosen = input;
      checkSectionHead(input, '', ctx, null);
      validateSection(input, '', ctx);
    }
  } else {
    const sections = Array.isArray(input.sections) ? input.sections.filter(isObject) : [];
    // The first of its kind with the id asked for; a duplicate id is reported by the walk.
    chosen = sections.find((s) => s.kind === kind && (!sectionId || s.id === sectionId));
    const supported = checkDocument(input, ctx, (section, path) => {
      if (section !== chosen || sectionPath) return;
      sectionPath = path;
      validateSection(section, path, ctx);
    });
    // Only when there are sections to choose from: else `sections` has its own problem.
    if (supported && !chosen && sections.length) ctx.problems.unshift(noSection(ctx, sections, kind, sectionId));
    document = input as unknown as ReportDocument;
  }
  const { problems, warnings } = ctx;
  return chosen && !problems.length
    ? { ok: true, section: chosen as unknown as S, sectionPath, document, warnings }
    : { ok: false, problems, warnings };
}
