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
