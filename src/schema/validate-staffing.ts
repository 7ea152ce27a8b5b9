import {
  arrayOf, checkSectionBody, count, declared, langText, object, record, requiredIds, uniqueId,
  type Check, type SectionValidator,
} from './validate.js';

export const UNDECLARED_GRADE = [
  'undeclared-grade',
  'Unit "{0}": grade "{1}" is not declared in "grades" (declared: {2}).',
  '부서 "{0}": "grades"에 없는 직급 "{1}"입니다(선언된 직급: {2}).',
] as const;

/**
 * A `staffing` section (report-format.md): grades are the columns, units the rows; every
 * grade id a unit uses must be declared, and the message names the unit.
 */
export const validateStaffingSection: SectionValidator = (section, path, ctx) => {
  const figures = record(count, declared(requiredIds(section.grades), UNDECLARED_GRADE));
  // Unit ids are optional, and unique across the whole tree when given.
  const unit: Check = object(
    {
      id: uniqueId(new Set()), name: langText, authorized: figures, current: figures,
      children: arrayOf((...args) => unit(...args)),
    },
    ['name'],
  );
  checkSectionBody(
    section, path, ctx,
    {
      grades: arrayOf(object({ id: uniqueId(new Set()), label: langText, group: langText }, ['id', 'label']), 1),
      units: arrayOf(unit, 1),
      total: object({ authorized: count, current: count }),
    },
    ['grades', 'units'],
  );
};
