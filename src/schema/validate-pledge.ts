import {
  arrayOf, checkSectionBody, count, date, declared, declaredIds, isDate, langText, matching, number, object, oneOf,
  record, requiredIds, uniqueId, url, type SectionValidator,
} from './validate.js';

const STAGES = ['done', 'progress', 'delayed', 'not-started', 'dropped'];

/** Messages only this kind gives ([id, English, Korean]; src/schema/messages.ts has the shared ones). */
export const PLEDGE_MESSAGES = {
  status: [
    'undeclared-status',
    'Item "{0}": status "{1}" is not declared in "statuses" (declared: {2}).',
    '항목 "{0}": "statuses"에 없는 상태 "{1}"입니다(선언된 상태: {2}).',
  ],
  count: [
    'undeclared-status:count',
    'Status "{1}" is not declared in "statuses" (declared: {2}).',
    '"statuses"에 없는 상태 "{1}"입니다(선언된 상태: {2}).',
  ],
  category: [
    'undeclared-category',
    'Item "{0}": category "{1}" is not declared in "categories" (declared: {2}).',
    '항목 "{0}": "categories"에 없는 분류 "{1}"입니다(선언된 분류: {2}).',
  ],
  dateOrMonth: [
    'date:month', 'Must be a real date (YYYY-MM-DD) or month (YYYY-MM).', '실제 날짜(YYYY-MM-DD)나 월(YYYY-MM)이어야 합니다.',
  ],
  percent: ['maximum', 'Must be 100 or less.', '100 이하여야 합니다.'],
} as const;

/** An item's progress, in percent. */
const percent = number(0, [(value) => value <= 100, PLEDGE_MESSAGES.percent]);

/** An item's due date may name a month only. */
const dateOrMonth = matching({ test: (value) => isDate(value, true) }, PLEDGE_MESSAGES.dateOrMonth);

/**
 * Whether `entry` is an item in the plain form a long list has, with nothing `item` below
 * would report: every text a string, every reference declared, a new id (then recorded as
 * seen). Straight-line code, with no call per property: on a first, cold run, a document of
 * 10,000 such items validates in 10 ms instead of 24 (Node). Anything else (a language
 * object, a history, a link, an `x-` property, any problem) is left to the general checks.
 * test/unit/validate-fast.test.ts holds the two to agreement.
 */
export function plainItem(
  entry: unknown, statuses: ReadonlySet<string> | null, categories: ReadonlySet<string>, ids: Set<string>,
): boolean {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || !statuses) return false;
  const x = entry as Record<string, unknown>;
  const { id, title, status } = x;
  if (typeof id !== 'string' || !id || ids.has(id) || typeof title !== 'string' || typeof status !== 'string' || !statuses.has(status)) return false;
  for (const key in x) {
    const value = x[key];
    switch (key) {
      case 'id': case 'title': case 'status':
        continue;
      case 'category':
        if (typeof value === 'string' && categories.has(value)) continue;
        return false;
      case 'department': case 'note':
        if (typeof value === 'string') continue;
        return false;
      case 'progress':
        if (typeof value === 'number' && value >= 0 && value <= 100) continue;
        return false;
      case 'due': case 'updated':
        if (typeof value === 'string' && isDate(value, key === 'due')) continue;
        return false;
      default:
        return false;
    }
  }
  ids.add(id);
  return true;
}

/**
 * A `pledge-progress` section (report-format.md). Statuses and categories are declared
 * once; every reference to one (an item's status and category, its history, a count) must
 * name a declared id, and the message names the item so it can be found in a long list.
 */
export const validatePledgeSection: SectionValidator = (section, path, ctx) => {
  const statuses = requiredIds(section.statuses);
  const categories = declaredIds(section.categories);
  const ids = new Set<string>();
  /** A status of an item: its own, or one in its history (whose entries name the item). */
  const status = declared(statuses, PLEDGE_MESSAGES.status);
  const item = object(
    {
      id: uniqueId(ids),
      title: langText,
      status,
      category: declared(categories, PLEDGE_MESSAGES.category),
      department: langText,
      progress: percent,
      due: dateOrMonth,
      updated: date,
      note: langText,
      url,
      history: arrayOf(object({ date, status, note: langText }, ['date', 'status'], true)),
    },
    ['id', 'title', 'status'],
  );
  checkSectionBody(
    section, path, ctx,
    {
      statuses: arrayOf(object({ id: uniqueId(new Set()), label: langText, stage: oneOf(STAGES) }, ['id', 'label', 'stage']), 1),
      categories: arrayOf(object({ id: uniqueId(new Set()), label: langText }, ['id', 'label'])),
      items: arrayOf(item, 0, (entry) => plainItem(entry, statuses, categories, ids)),
      counts: record(count, declared(statuses, PLEDGE_MESSAGES.count)),
      total: count,
    },
    ['statuses'],
  );
};
