// Seeded generator of report documents (format v1, report-format.md) for the benchmark.
// Same seed → same documents, so every peer and every run draws the same data.
// Amounts are in 천원 (scale 1000), with magnitudes seen in district reports.

export function rng(seed) {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

const FIELDS = ['청년', '노인', '아동', '장애인', '소상공인', '도시재생', '공원', '도로', '하천', '주차', '문화', '체육',
  '도서관', '보건', '복지', '환경', '재난안전', '교통', '주민자치', '평생교육', '일자리', '관광', '스마트', '녹지'];
const WORKS = ['지원', '운영', '조성', '정비', '확충', '관리', '육성', '개선', '활성화', '보강', '구축', '증진'];
const PLACES = ['한빛동', '새봄동', '가람동', '누리동', '솔내동', '별빛동', '하늘동', '바다동', '푸른동', '온누리동'];
const FACILITIES = ['어린이집', '경로당', '작은도서관', '공영주차장', '체육센터', '쉼터', '문화센터', '보건지소', '놀이터', '산책로'];
const VERBS = ['확충', '신설', '리모델링', '정비', '개방', '무료화', '확대', '조성'];
const DIVISIONS = ['기획예산과', '총무과', '복지정책과', '보육정책과', '도시계획과', '건축과', '교통행정과', '환경과', '문화체육과',
  '일자리경제과', '재난안전과', '스마트정보과', '보건행정과', '평생교육과', '공원녹지과', '주민자치과', '세무과', '민원여권과'];
const TEAMS = ['기획팀', '예산팀', '운영팀', '지원팀', '관리팀', '정책팀', '사업팀', '행정팀', '조사팀', '홍보팀'];

/** Budget execution: N items with budget and executed in 천원. */
export function budgetDoc(n, seed = 1, variant = 0) {
  const r = rng(seed * 7919 + n);
  const rv = rng(seed * 104729 + n + variant * 31);
  const items = [];
  for (let i = 0; i < n; i++) {
    // log-uniform between 5,000천원 (5백만원) and 5,000,000천원 (50억원)
    const budget = Math.round(Math.exp(Math.log(5000) + r() * Math.log(1000)) / 10) * 10;
    const rate = variant === 0 ? r() : (r(), rv());
    const executed = Math.round(budget * Math.min(1, rate * 1.05));
    items.push({ id: `b${i + 1}`, name: `${pick(r, FIELDS)} ${pick(r, WORKS)} ${i + 1}`, budget, executed });
  }
  const total = { budget: items.reduce((s, x) => s + x.budget, 0), executed: items.reduce((s, x) => s + x.executed, 0) };
  return envelope([{ id: 'budget', kind: 'budget-execution', title: '예산 집행현황', scale: 1000, items, total }]);
}

const STATUSES = [
  { id: 'done', label: '완료', stage: 'done' },
  { id: 'continuing', label: '이행 후 계속추진', stage: 'done' },
  { id: 'on-track', label: '정상추진', stage: 'progress' },
  { id: 'lagging', label: '일부추진(부진)', stage: 'delayed' },
];
const CATEGORIES = [
  { id: 'policy', label: '정책공약' },
  { id: 'innovation', label: '혁신공약' },
  { id: 'citizen', label: '시민공약' },
];

/** Pledge progress: N pledges with status, category, department and progress. */
export function pledgeDoc(n, seed = 2) {
  const r = rng(seed * 7919 + n);
  const items = [];
  for (let i = 0; i < n; i++) {
    const s = r();
    const status = s < 0.3 ? 'done' : s < 0.45 ? 'continuing' : s < 0.85 ? 'on-track' : 'lagging';
    const progress = status === 'done' || status === 'continuing' ? 100 : status === 'on-track' ? int(r, 20, 95) : int(r, 0, 40);
    items.push({
      id: `P-${String(i + 1).padStart(5, '0')}`,
      title: `${pick(r, PLACES)} ${pick(r, FACILITIES)} ${pick(r, VERBS)}`,
      status,
      category: pick(r, CATEGORIES).id,
      department: pick(r, DIVISIONS),
      progress,
      due: `${int(r, 2024, 2027)}-${String(int(r, 1, 12)).padStart(2, '0')}`,
    });
  }
  return envelope([{ id: 'pledges', kind: 'pledge-progress', title: '공약 이행현황', statuses: STATUSES, categories: CATEGORIES, items, total: n }]);
}

export const GRADES = [
  ...['4', '5', '6', '7', '8', '9'].map((g) => ({ id: `g${g}`, label: `${g}급`, group: '일반직' })),
  ...['4', '5', '6', '7', '8', '9'].map((g) => ({ id: `s${g}`, label: `${g}급상당`, group: '별정직' })),
];

/** Staffing: `units` flat units × 12 grades (일반직 4급…9급, 별정직 4급상당…9급상당). */
export function staffingDoc(units, seed = 3) {
  const r = rng(seed * 7919 + units);
  const list = [];
  const tot = { authorized: 0, current: 0 };
  for (let i = 0; i < units; i++) {
    const authorized = {};
    const current = {};
    for (const g of GRADES) {
      const special = g.id.startsWith('s');
      if (special && r() < 0.8) continue; // 별정직 is rare
      const lvl = Number(g.id.slice(1));
      const a = special ? int(r, 0, 1) : lvl === 4 ? int(r, 0, 1) : int(r, 0, lvl - 3);
      if (!a && r() < 0.5) continue;
      const c = Math.max(0, a + (r() < 0.7 ? 0 : int(r, -2, 1)));
      authorized[g.id] = a;
      current[g.id] = c;
      tot.authorized += a;
      tot.current += c;
    }
    list.push({ id: `u${i + 1}`, name: `${DIVISIONS[i % DIVISIONS.length]} ${TEAMS[Math.floor(i / DIVISIONS.length) % TEAMS.length]}${i >= DIVISIONS.length * TEAMS.length ? ` ${i}` : ''}`, authorized, current });
  }
  return envelope([{ id: 'staffing', kind: 'staffing', title: '인력 현황', grades: GRADES, units: list, total: tot }]);
}

function envelope(sections) {
  return {
    schemaVersion: '1.0',
    meta: { title: '벤치마크 자료 (생성)', organization: '한빛구', asOf: '2024-10-31', locale: 'ko-KR' },
    sections,
  };
}
