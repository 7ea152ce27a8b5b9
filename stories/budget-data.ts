import type { BudgetItem, BudgetSection } from '../src/schema/types.js';

/** A small seeded generator (mulberry32): the same story draws the same data every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['주민', '복지', '도로', '공원', '청년', '문화', '안전', '환경', '교육', '일자리', '보건', '주택'];
const KINDS = ['지원 사업', '시설 관리', '운영', '개선 사업', '활성화', '조성'];

/** `count` budget items with executed amounts, for the stress story (about 1 in 10 behind). */
export function generatedBudget(count = 1000, seed = 2024): BudgetSection {
  const next = random(seed);
  const items: BudgetItem[] = Array.from({ length: count }, (_, i) => {
    const budget = Math.round(1000 + next() * next() * 900000);
    const share = next() < 0.1 ? next() * 0.3 : 0.4 + next() * 0.6;
    return {
      id: `item-${i}`,
      name: `${WORDS[Math.floor(next() * WORDS.length)]} ${KINDS[Math.floor(next() * KINDS.length)]} ${i + 1}`,
      budget,
      executed: Math.round(budget * share),
      previousBudget: Math.round(budget * (0.8 + next() * 0.4)),
    };
  });
  return { id: 'generated', kind: 'budget-execution', title: `예산 집행현황 (${count}개 항목)`, asOf: '2024-10-31', scale: 1000, items };
}
