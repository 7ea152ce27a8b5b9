import type { Problem, SectionKind, UiLang, Warning } from './types.js';
import {
  checkDocument, checkSectionHead, createContext, fail, isLoneSection, isObject, type SectionValidator,
} from './validate.js';
import { validateBudgetSection } from './validate-budget.js';
import { validatePledgeSection } from './validate-pledge.js';
import { validateStaffingSection } from './validate-staffing.js';

const VALIDATORS: Record<SectionKind, SectionValidator> = {
  'budget-execution': validateBudgetSection,
  'pledge-progress': validatePledgeSection,
  staffing: validateStaffingSection,
};

/**
 * Every problem of a whole document, every section included (or of a lone section). For
 * tools and tests: an element validates only the envelope and its own section
 * (`selectSection`), and this module would make it carry all three kinds.
 */
export function validateDocument(input: unknown, lang: UiLang): { problems: Problem[]; warnings: Warning[] } {
  const ctx = createContext(lang);
  const deep = (section: Record<string, unknown>, path: string) => VALIDATORS[section.kind as SectionKind](section, path, ctx);
  if (!isObject(input)) fail(ctx, '', null, 'type:root');
  else if (!isLoneSection(input)) checkDocument(input, ctx, deep);
  else if (checkSectionHead(input, '', ctx, null)) deep(input, '');
  return { problems: ctx.problems, warnings: ctx.warnings };
}
