/** Generated `pledge-progress` sections for the stories: seeded, so every build shows the same rows. */
import type { PledgeSection } from '../src/schema/types.js';

/** A small linear congruential generator: the same seed gives the same sequence. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const PLACES = ['한빛천', '구립 도서관', '경로당', '어린이집', '통학로', '골목상권', '공영주차장', '주민센터', '체육공원', '청년센터'];
const ACTIONS = ['확충', '정비', '조성', '개선', '설치', '지원 확대', '운영', '안전 점검', '디지털 전환', '시범 사업'];
const DEPARTMENTS = ['기획예산과', '보육정책과', '치수과', '일자리경제과', '교통행정과', '환경과', '어르신복지과', '교육지원과', '건축과', '스마트정보과'];

/** `n` mayor's pledges in three categories, four statuses, with progress, dates and some notes and histories. */
export function generatedPledges(n: number, seed = 2024): PledgeSection {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const statuses = ['done', 'continuing', 'on-track', 'lagging'];
  return {
    id: `pledges-${n}`,
    kind: 'pledge-progress',
    title: { ko: `구청장 공약 ${n.toLocaleString('ko-KR')}건 (생성된 자료)`, en: `${n.toLocaleString('en')} mayor's pledges (generated)` },
    statuses: [
      { id: 'done', label: { ko: '완료', en: 'Completed' }, stage: 'done' },
      { id: 'continuing', label: { ko: '이행 후 계속추진', en: 'Completed, continuing' }, stage: 'done' },
      { id: 'on-track', label: { ko: '정상추진', en: 'On track' }, stage: 'progress' },
      { id: 'lagging', label: { ko: '일부추진(부진)', en: 'Partly done (lagging)' }, stage: 'delayed' },
    ],
    categories: [
      { id: 'policy', label: { ko: '정책공약', en: 'Policy pledges' } },
      { id: 'innovation', label: { ko: '혁신공약', en: 'Innovation pledges' } },
      { id: 'citizen', label: { ko: '시민공약', en: "Citizens' pledges" } },
    ],
    items: Array.from({ length: n }, (_, i) => {
      const r = random();
      const status = statuses[r < 0.4 ? 0 : r < 0.5 ? 1 : r < 0.85 ? 2 : 3]!;
      const progress = status === 'done' || status === 'continuing' ? 100 : Math.floor(random() * 95);
      const month = 1 + Math.floor(random() * 12);
      return {
        id: `P-${String(i + 1).padStart(5, '0')}`,
        title: `${pick(PLACES)} ${pick(ACTIONS)} ${i + 1}`,
        status,
        category: pick(['policy', 'policy', 'innovation', 'citizen']),
        department: pick(DEPARTMENTS),
        progress,
        due: `${2024 + Math.floor(random() * 3)}-${String(month).padStart(2, '0')}`,
        updated: '2024-06-30',
        ...(status === 'lagging' ? { note: '예산 확보 지연' } : {}),
        ...(i % 7 === 0 ? { history: [{ date: '2023-06-30', status: 'on-track' }, { date: '2024-06-30', status }] } : {}),
      };
    }),
  };
}

/** A council audit follow-up (행정사무감사 처리결과): 19 requests in three categories, 11 / 5 / 2 / 1 by status. */
export function auditItems(): PledgeSection {
  const statuses = [...Array(11).fill('completed'), ...Array(5).fill('ongoing'), 'reviewing', 'reviewing', 'declined'] as string[];
  const requests = ['민원 처리 기간 단축', '공공시설 안전 점검', '청년 일자리 예산 집행', '구립 어린이집 운영 개선', '불법 주정차 단속', '소상공인 지원 절차', '도로 굴착 복구', '복지 사각지대 발굴', '위원회 운영 내실화', '재난 대비 훈련'];
  const departments = ['민원여권과', '안전총괄과', '일자리경제과', '보육정책과', '교통행정과'];
  return {
    id: 'audit-items',
    kind: 'pledge-progress',
    title: { ko: '2023 행정사무감사 처리결과 (요구사항별)', en: '2023 council audit follow-up, by request' },
    statuses: [
      { id: 'completed', label: { ko: '추진완료', en: 'Completed' }, stage: 'done' },
      { id: 'ongoing', label: { ko: '추진중', en: 'In progress' }, stage: 'progress' },
      { id: 'reviewing', label: { ko: '검토중', en: 'Under review' }, stage: 'not-started' },
      { id: 'declined', label: { ko: '미반영', en: 'Not adopted' }, stage: 'dropped' },
    ],
    categories: [
      { id: 'correction', label: { ko: '시정·처리요구사항', en: 'Corrections required' } },
      { id: 'suggestion', label: { ko: '건의사항', en: 'Suggestions' } },
      { id: 'other', label: { ko: '기타', en: 'Other' } },
    ],
    counts: { completed: 11, ongoing: 5, reviewing: 2, declined: 1 },
    total: 19,
    items: statuses.map((status, i) => ({
      id: `A-${String(i + 1).padStart(2, '0')}`,
      title: `${requests[i % requests.length]}${i >= requests.length ? ' (2차)' : ''}`,
      status,
      category: i < 9 ? 'correction' : i < 16 ? 'suggestion' : 'other',
      department: departments[i % departments.length]!,
      ...(status === 'completed' ? { progress: 100 } : status === 'ongoing' ? { progress: 40 + i * 2 } : {}),
      updated: '2024-05-31',
      ...(status === 'declined' ? { note: '예산 사정으로 반영하지 않음' } : {}),
    })),
  };
}
