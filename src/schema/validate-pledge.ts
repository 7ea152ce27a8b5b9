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
 * A `pledge-progress` section (report-format.md). Statuses and categories are declared
 * once; every reference to one (an item's status and category, its history, a count) must
 * name a declared id, and the message names the item so it can be found in a long list.
 */
export const validatePledgeSection: SectionValidator = (section, path, ctx) => {
  const statuses = requiredIds(section.statuses);
  /** A status of an item: its own, or one in its history (whose entries name the item). */
  const status = declared(statuses, PLEDGE_MESSAGES.status);
  const item = object(
    {
      id: uniqueId(new Set()),
      title: langText,
      status,
      category: declared(declaredIds(section.categories), PLEDGE_MESSAGES.category),
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
      items: arrayOf(item),
      counts: record(count, declared(statuses, PLEDGE_MESSAGES.count)),
      total: count,
    },
    ['statuses'],
  );
};
