import report from '../examples/report-2024.json';
import type { ReportDocument } from '../src/schema/types.js';

/** The bundled sample report of the fictional district 한빛구. */
export const sampleReport = report as unknown as ReportDocument;

/** A deep copy that a story may change. */
export function copyReport(): ReportDocument {
  return structuredClone(sampleReport);
}

/** The sample with a hand-typed total that does not add up, as real reports sometimes have. */
export function reportWithWrongTotals(): ReportDocument {
  const doc = copyReport();
  for (const section of doc.sections) {
    if (section.kind === 'budget-execution' && section.total?.budget !== undefined) section.total.budget += 1000;
    if (section.kind === 'pledge-progress' && section.total !== undefined) section.total += 1;
    if (section.kind === 'staffing' && section.total) section.total.current = (section.total.current ?? 0) + 2;
  }
  return doc;
}

/** A document with typical mistakes: amounts typed as text, an undeclared id, a bad link. */
export function brokenReport(): unknown {
  const doc = copyReport() as unknown as { sections: Record<string, unknown>[] };
  const budget = doc.sections[0] as { items: Record<string, unknown>[] };
  budget.items[0]!['budget'] = '1,245,300';
  budget.items[1]!['excuted'] = 61220;
  const pledges = doc.sections[3] as { items: Record<string, unknown>[] };
  pledges.items[0]!['status'] = 'finished';
  pledges.items[2]!['url'] = 'javascript:alert(1)';
  const staffing = doc.sections[5] as { units: Record<string, unknown>[] };
  staffing.units[1]!['current'] = { g5: 1, g7: '1', x9: 2 };
  return doc;
}

/** A URL that never answers in Storybook (see .storybook/preview.ts): the loading state. */
export const PENDING_URL = '/examples/__pending__/report.json';
