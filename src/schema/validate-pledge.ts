import {
  arrayOf, checkDeclared, checkSectionBody, count, date, dateOrMonth, declaredIds, langText, labelOf,
  object, oneOf, percent, record, requiredIds, uniqueId, url, type Check, type SectionValidator,
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
} as const;

/**
 * A `pledge-progress` section (report-format.md). Statuses and categories are declared
 * once; every reference to one (an item's status and category, its history, a count) must
 * name a declared id, and the message names the item so it can be found in a long list.
 */
export const validatePledgeSection: SectionValidator = (section, path, ctx) => {
  const statuses = requiredIds(section.statuses);
  const categories = declaredIds(section.categories);
  /** A status of `item` (its own, or one in its history). */
  const statusOf = (item: Record<string, unknown> = {}): Check => (value, valuePath) =>
    checkDeclared(value, valuePath, ctx, statuses, PLEDGE_MESSAGES.status, labelOf(item));
  const item = object(
    {
      id: uniqueId(new Set()),
      title: langText,
      status: (value, valuePath, _, it) => statusOf(it)(value, valuePath, ctx),
      category: (value, valuePath, _, it = {}) =>
        checkDeclared(value, valuePath, ctx, categories, PLEDGE_MESSAGES.category, labelOf(it)),
      department: langText,
      progress: percent,
      due: dateOrMonth,
      updated: date,
      note: langText,
      url,
      history: (value, valuePath, _, it) =>
        arrayOf(object({ date, status: statusOf(it), note: langText }, ['date', 'status']))(value, valuePath, ctx),
    },
    ['id', 'title', 'status'],
  );
  checkSectionBody(
    section, path, ctx,
    {
      statuses: arrayOf(object({ id: uniqueId(new Set()), label: langText, stage: oneOf(STAGES) }, ['id', 'label', 'stage']), 1),
      categories: arrayOf(object({ id: uniqueId(new Set()), label: langText }, ['id', 'label'])),
      items: arrayOf(item),
      counts: record(count, (id, idPath) => checkDeclared(id, idPath, ctx, statuses, PLEDGE_MESSAGES.count)),
      total: count,
    },
    ['statuses'],
  );
};
