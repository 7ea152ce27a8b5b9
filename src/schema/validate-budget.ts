import {
  amount, arrayOf, checkSectionBody, fail, langText, matching, number, object, oneOf, uniqueId,
  type Check, type SectionValidator,
} from './validate.js';

export const ITEMS_OR_SERIES = ['required:items-or-series', 'Needs "items", "series" or both.', '"items"나 "series" 중 하나 이상이 필요합니다.'] as const;
export const CURRENCY = [
  'pattern:currency', 'Must be an ISO 4217 code in capitals, such as "KRW".', '"KRW" 같은 대문자 ISO 4217 통화 코드여야 합니다.',
] as const;

/** A stated rate is checked against executed / budget (derive/), not bounded: over 100 happens. */
const rate = number();

const SHAPE = {
  currency: matching(/^[A-Z]{3}$/, CURRENCY),
  scale: oneOf([1, 1000, 1000000, 100000000]),
  series: arrayOf(object({ period: langText, budget: amount, executed: amount, rate, note: langText }, ['period', 'budget'])),
  total: object({ budget: amount, executed: amount, previousBudget: amount }),
};

/** A `budget-execution` section (report-format.md): items and/or series of amounts ≥ 0. */
export const validateBudgetSection: SectionValidator = (section, path, ctx) => {
  // Item ids are optional, and unique across the whole tree when given.
  const item: Check = object(
    {
      id: uniqueId(new Set()), name: langText, budget: amount, executed: amount, previousBudget: amount,
      rate, note: langText, children: arrayOf((...args) => item(...args)),
    },
    ['name', 'budget'],
  );
  checkSectionBody(section, path, ctx, { ...SHAPE, items: arrayOf(item) });
  if (section.items === undefined && section.series === undefined) fail(ctx, path, null, ITEMS_OR_SERIES);
};
