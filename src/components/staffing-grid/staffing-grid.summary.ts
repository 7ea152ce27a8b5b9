import type { DerivedStaffing } from '../../derive/staffing.js';
import type { GridMessages } from './staffing-grid.messages.js';

/** Grades the sentence names before it says how many more there are. */
const LISTED = 3;

/**
 * The sentence that says what the grid shows: `현원 26명 / 정원 27명, 1명 부족: 별정직
 * 6급상당 1명`. The totals are the 계 row's, as shown (stated where the report states them);
 * the grades listed are those whose difference has the sign of the total's, largest first.
 */
export function summarize(
  d: Pick<DerivedStaffing, 'total' | 'grades' | 'groups'>,
  m: GridMessages,
  num: (n: number) => string,
  text: (t: DerivedStaffing['grades'][number]['label'] | undefined) => string,
): string {
  const { authorized, current, difference } = d.total.total;
  const head = m.totals(num(current), num(authorized));
  if (!difference) return `${head}, ${m.even}`;
  const sign = Math.sign(difference);
  const grades = d.grades
    .map((g) => ({ g, n: d.total.grades[g.id]!.difference * sign }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  const listed = grades.slice(0, LISTED).map(({ g, n }) => m.grade(text(d.groups[g.groupIndex]!.label), text(g.label), num(n)));
  if (grades.length > LISTED) listed.push(m.more(grades.length - LISTED));
  const net = (sign < 0 ? m.short : m.over)(num(Math.abs(difference)));
  return `${head}, ${net}${listed.length ? `: ${listed.join(', ')}` : ''}`;
}
