import {
  arrayOf, checkDeclared, checkSectionBody, count, labelOf, langText, object, record, requiredIds, uniqueId,
  type Check, type SectionValidator,
} from './validate.js';

/**
 * A `staffing` section (report-format.md): grades are the columns, units the rows; every
 * grade id a unit uses must be declared, and the message names the unit.
 */
export const validateStaffingSection: SectionValidator = (section, path, ctx) => {
  const grades = requiredIds(section.grades);
  const figures = record(count, (id, idPath, _, unit) => checkDeclared(id, idPath, ctx, grades, 'undeclared-grade', labelOf(unit)));
  // Unit ids are optional, and unique across the whole tree when given.
  const unit: Check = object(
    {
      id: uniqueId(new Set()), name: langText, authorized: figures, current: figures,
      children: arrayOf((value, unitPath) => unit(value, unitPath, ctx)),
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
