import {
  arrayOf, checkDeclared, checkSectionBody, count, date, dateOrMonth, declaredIds, langText, labelOf,
  object, oneOf, percent, record, requiredIds, uniqueId, url, type Check, type SectionValidator,
} from './validate.js';

const STAGES = ['done', 'progress', 'delayed', 'not-started', 'dropped'];

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
    checkDeclared(value, valuePath, ctx, statuses, 'undeclared-status', labelOf(item));
  const item = object(
    {
      id: uniqueId(new Set()),
      title: langText,
      status: (value, valuePath, _, it) => statusOf(it)(value, valuePath, ctx),
      category: (value, valuePath, _, it = {}) =>
        checkDeclared(value, valuePath, ctx, categories, 'undeclared-category', labelOf(it)),
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
      counts: record(count, (id, idPath) => checkDeclared(id, idPath, ctx, statuses, 'undeclared-status:count')),
      total: count,
    },
    ['statuses'],
  );
};
