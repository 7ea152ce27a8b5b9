import type { StaffingSection } from '../../src/schema/types.js';

/** 일반직 4급/5급, 별정직 4급상당, 대체인력 (no group); 감사관; 기획관 > 본부, 기획담당 > 기획팀. */
export function smallSection(): StaffingSection {
  return {
    id: 'small',
    kind: 'staffing',
    title: { ko: '소규모 인력', en: 'Small staffing' },
    grades: [
      { id: 'g4', label: '4급', group: { ko: '일반직', en: 'General' } },
      { id: 'g5', label: '5급', group: { ko: '일반직', en: 'General' } },
      { id: 's4', label: { ko: '4급상당', en: 'Grade 4 equiv.' }, group: { ko: '별정직', en: 'Special' } },
      { id: 'sub', label: { ko: '대체인력', en: 'Substitutes' } },
    ],
    units: [
      { id: 'audit', name: { ko: '감사관', en: 'Audit' }, authorized: { g4: 1, g5: 4 }, current: { g4: 1, g5: 2, sub: 1 } },
      {
        id: 'plan',
        name: { ko: '기획관', en: 'Planning' },
        children: [
          { id: 'hq', name: { ko: '본부', en: 'HQ' }, authorized: { g4: 1, s4: 1 }, current: { g4: 1, s4: 2 } },
          {
            id: 'office',
            name: { ko: '기획담당', en: 'Planning office' },
            children: [{ id: 'team', name: { ko: '기획팀', en: 'Planning team' }, authorized: { g5: 3 }, current: { g5: 3 } }],
          },
        ],
      },
    ],
  };
}

/** `n` flat units over 일반직 5급 … 7급, unit i short of one 7급 where i is odd (for windowing). */
export function manyUnits(n: number): StaffingSection {
  const grade = (g: number) => ({ id: `g${g}`, label: `${g}급`, group: { ko: '일반직', en: 'General' } });
  return {
    id: 'many',
    kind: 'staffing',
    title: { ko: '부서별 인력', en: 'Staffing by unit' },
    grades: [5, 6, 7].map(grade),
    units: Array.from({ length: n }, (_, i) => ({
      id: `u${i}`,
      name: { ko: `부서 ${i + 1}`, en: `Unit ${i + 1}` },
      authorized: { g5: 1, g6: 2, g7: 3 },
      current: { g5: 1, g6: 2, g7: 3 - (i % 2) },
    })),
  };
}
