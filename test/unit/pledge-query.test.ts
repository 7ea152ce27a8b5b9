import { expect } from '@open-wc/testing';
import { derivePledge } from '../../src/derive/pledge.js';
import { pickText } from '../../src/format/lang.js';
import type { LangText, PledgeSection } from '../../src/schema/types.js';
import {
  departmentsOf,
  indexRows,
  parseSort,
  queryRows,
  sortRanks,
  textsOf,
  type TableQuery,
} from '../../src/components/pledge-progress-table/pledge-progress-table.query.js';

const section: PledgeSection = {
  id: 'p',
  kind: 'pledge-progress',
  statuses: [
    { id: 'done', label: '완료', stage: 'done' },
    { id: 'on-track', label: '정상추진', stage: 'progress' },
    { id: 'lagging', label: '부진', stage: 'delayed' },
  ],
  categories: [
    { id: 'a', label: '정책공약' },
    { id: 'b', label: '혁신공약' },
  ],
  items: [
    { id: 'i0', title: '나 공원 조성', status: 'lagging', category: 'a', department: '기획예산과', progress: 30, due: '2025-03' },
    { id: 'i1', title: '가 도서관', status: 'done', category: 'b', department: '교육지원과', progress: 100, updated: '2024-06-30' },
    { id: 'i2', title: '다 Wi-Fi', status: 'on-track', department: '기획예산과', due: '2024-12' },
    { id: 'i3', title: '가 도서관 2', status: 'done', category: 'a', progress: 100, due: '2024-12', note: '예산 확보' },
    { id: 'i4', title: '10번 과제', status: 'on-track', category: 'b', department: '환경과', progress: 55 },
    { id: 'i5', title: '9번 과제', status: 'lagging', category: 'b', department: '환경과', progress: 5, updated: '2024-01-31' },
  ],
};

const none: TableQuery = { q: '', sort: '', stage: [], status: [], category: [], department: [] };
const index = () => {
  const d = derivePledge(section, { lang: 'ko', locale: 'ko-KR', basePath: '' });
  return indexRows(d.items, (v: LangText | undefined) => pickText(v, 'ko'), d.categories.map((k) => pickText(k.label, 'ko')), 'ko-KR');
};
const ids = (query: Partial<TableQuery>): string[] => queryRows(index(), { ...none, ...query }).map((d) => d.item.id);

describe('pledge table: query', function () {
  this.timeout(60000);
  it('parses the sort attribute', () => {
    expect(parseSort('progress')).to.deep.equal({ field: 'progress', desc: false });
    expect(parseSort('-due')).to.deep.equal({ field: 'due', desc: true });
    expect(parseSort('budget')).to.equal(null);
    expect(parseSort('')).to.equal(null);
    expect(parseSort(null)).to.equal(null);
  });

  it('keeps the data order without a sort', () => {
    expect(ids({})).to.deep.equal(['i0', 'i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('computes nothing per item until a query needs it', () => {
    const idx = index();
    // No query: the items as they are, no texts, no collator (making one costs milliseconds).
    expect(queryRows(idx, none)).to.equal(idx.items);
    expect(idx.texts).to.deep.equal({});
    expect(idx.collator).to.equal(undefined);
    // A numeric sort needs neither texts nor the collator.
    queryRows(idx, { ...none, sort: '-progress' });
    expect(Object.keys(idx.texts)).to.deep.equal([]);
    expect(idx.collator).to.equal(undefined);
    // A search builds the search keys, but the initials only for a query with initial consonants.
    queryRows(idx, { ...none, q: '도서관' });
    expect(Object.keys(idx.texts)).to.deep.equal(['key']);
    queryRows(idx, { ...none, q: 'ㄷㅅ' });
    expect(Object.keys(idx.texts).sort()).to.deep.equal(['initials', 'key']);
    expect(idx.collator).to.equal(undefined);
  });

  it('builds search keys a slice at a time, then goes on where it stopped', () => {
    const idx = index();
    let budget = 2;
    expect(textsOf(idx, 'key', () => budget-- <= 0)).to.have.length(2);
    expect(textsOf(idx, 'key', () => true)).to.have.length(2);
    // A search completes them first.
    expect(ids({})).to.have.length(6);
    expect(queryRows(idx, { ...none, q: '예산 확보' }).map((d) => d.item.id)).to.deep.equal(['i3']);
    expect(idx.texts.key).to.have.length(6);
    expect(idx.texts.key![0]).to.equal('나 공원 조성\ni0\n기획예산과\n정책공약\n');
  });

  it('ranks each field with ties sharing a rank and missing values NaN', () => {
    const idx = index();
    expect([...sortRanks(idx, 'progress')]).to.deep.equal([1, 3, NaN, 3, 2, 0]);
    expect([...sortRanks(idx, 'status')]).to.deep.equal([2, 0, 1, 0, 1, 2]);
    expect([...sortRanks(idx, 'due')]).to.deep.equal([1, NaN, 0, 0, NaN, NaN]);
    expect([...sortRanks(idx, 'department')]).to.deep.equal([1, 0, 1, NaN, 2, 2]);
  });

  it('lists the departments once each, in collation order', () => {
    expect(departmentsOf(index())).to.deep.equal(['교육지원과', '기획예산과', '환경과']);
  });

  it('sorts each column both ways, missing values last either way', () => {
    // Titles with the collator (numeric: 9 before 10), ties in data order.
    expect(ids({ sort: 'title' })).to.deep.equal(['i5', 'i4', 'i1', 'i3', 'i0', 'i2']);
    expect(ids({ sort: '-title' })).to.deep.equal(['i2', 'i0', 'i3', 'i1', 'i4', 'i5']);
    expect(ids({ sort: 'category' })).to.deep.equal(['i0', 'i3', 'i1', 'i4', 'i5', 'i2']);
    expect(ids({ sort: '-category' })).to.deep.equal(['i1', 'i4', 'i5', 'i0', 'i3', 'i2']);
    expect(ids({ sort: 'department' })).to.deep.equal(['i1', 'i0', 'i2', 'i4', 'i5', 'i3']);
    expect(ids({ sort: '-department' })).to.deep.equal(['i4', 'i5', 'i0', 'i2', 'i1', 'i3']);
    // Statuses in declared order, not alphabetically.
    expect(ids({ sort: 'status' })).to.deep.equal(['i1', 'i3', 'i2', 'i4', 'i0', 'i5']);
    expect(ids({ sort: '-status' })).to.deep.equal(['i0', 'i5', 'i2', 'i4', 'i1', 'i3']);
    expect(ids({ sort: 'progress' })).to.deep.equal(['i5', 'i0', 'i4', 'i1', 'i3', 'i2']);
    expect(ids({ sort: '-progress' })).to.deep.equal(['i1', 'i3', 'i4', 'i0', 'i5', 'i2']);
    expect(ids({ sort: 'due' })).to.deep.equal(['i2', 'i3', 'i0', 'i1', 'i4', 'i5']);
    expect(ids({ sort: '-due' })).to.deep.equal(['i0', 'i2', 'i3', 'i1', 'i4', 'i5']);
    expect(ids({ sort: 'updated' })).to.deep.equal(['i5', 'i1', 'i0', 'i2', 'i3', 'i4']);
    expect(ids({ sort: '-updated' })).to.deep.equal(['i1', 'i5', 'i0', 'i2', 'i3', 'i4']);
  });

  it('filters by stage, status, category and department, and combines them', () => {
    expect(ids({ stage: ['done'] })).to.deep.equal(['i1', 'i3']);
    expect(ids({ stage: ['done', 'delayed'] })).to.deep.equal(['i0', 'i1', 'i3', 'i5']);
    expect(ids({ status: ['on-track'] })).to.deep.equal(['i2', 'i4']);
    expect(ids({ category: ['a'] })).to.deep.equal(['i0', 'i3']);
    expect(ids({ department: ['환경과'] })).to.deep.equal(['i4', 'i5']);
    expect(ids({ category: ['b'], stage: ['delayed'] })).to.deep.equal(['i5']);
    expect(ids({ category: ['b'], department: ['환경과'], status: ['on-track'], sort: '-title' })).to.deep.equal(['i4']);
    expect(ids({ category: ['a'], department: ['환경과'] })).to.deep.equal([]);
    // Several values of one filter: any of them; several filters: all of them.
    expect(ids({ status: ['done', 'lagging'] })).to.deep.equal(['i0', 'i1', 'i3', 'i5']);
    expect(ids({ category: ['a', 'b'] })).to.deep.equal(['i0', 'i1', 'i3', 'i4', 'i5']);
    expect(ids({ department: ['환경과', '교육지원과'] })).to.deep.equal(['i1', 'i4', 'i5']);
    expect(ids({ stage: ['done', 'progress'], department: ['환경과', '교육지원과'] })).to.deep.equal(['i1', 'i4']);
    expect(ids({ stage: ['delayed'], status: ['done', 'lagging'], category: ['a', 'b'], department: ['기획예산과', '환경과'] })).to.deep.equal(['i0', 'i5']);
  });

  it('searches titles, ids, departments, categories and notes, initial consonants included', () => {
    expect(ids({ q: '도서관' })).to.deep.equal(['i1', 'i3']);
    expect(ids({ q: 'ㄱㅎ' })).to.deep.equal(['i0', 'i2']);
    expect(ids({ q: 'ㄷㅅㄱ' })).to.deep.equal(['i1', 'i3']);
    expect(ids({ q: 'wi-fi' })).to.deep.equal(['i2']);
    expect(ids({ q: '  I4 ' })).to.deep.equal(['i4']);
    expect(ids({ q: '혁신' })).to.deep.equal(['i1', 'i4', 'i5']);
    expect(ids({ q: '예산 확보' })).to.deep.equal(['i3']);
    expect(ids({ q: 'ㄱㅎ', stage: ['progress'] })).to.deep.equal(['i2']);
  });

  it('stays fast at 10,000 rows once indexed', () => {
    const big: PledgeSection = {
      ...section,
      items: Array.from({ length: 10000 }, (_, i) => ({
        id: `x${i}`,
        title: `과제 ${(i * 7919) % 10000}`,
        status: ['done', 'on-track', 'lagging'][i % 3]!,
        department: `부서 ${i % 37}`,
        progress: (i * 13) % 101,
      })),
    };
    const d = derivePledge(big, { lang: 'ko', locale: 'ko-KR', basePath: '' });
    const idx = indexRows(d.items, (v) => pickText(v, 'ko'), [], 'ko-KR');
    queryRows(idx, { ...none, sort: 'title' });
    const t0 = performance.now();
    const rows = queryRows(idx, { ...none, sort: '-title', q: 'ㄱㅈ 1' });
    const sorted = queryRows(idx, { ...none, sort: 'progress' });
    const elapsed = performance.now() - t0;
    expect(rows.length).to.equal(1111);
    expect(rows[0]!.item.title).to.equal('과제 1999');
    expect(sorted[0]!.item.progress).to.equal(0);
    expect(sorted.at(-1)!.item.progress).to.equal(100);
    // Ties in data order, both ways.
    const same = (list: readonly { index: number; item: { progress?: number } }[]) =>
      list.filter((r) => r.item.progress === 50).map((r) => r.index);
    const ascending = same(sorted);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    expect(same(queryRows(idx, { ...none, sort: '-progress' }))).to.deep.equal(ascending);
    // A bound that catches a quadratic filter or a collator per comparison, not a benchmark.
    expect(elapsed).to.be.below(2000);
  });
});
