import { expect } from '@open-wc/testing';
import type { DeriveOptions } from '../../src/derive/options.js';
import { derivePledge, PLEDGE_STAGES } from '../../src/derive/pledge.js';
import type { PledgeItem, PledgeSection } from '../../src/schema/types.js';

const en: DeriveOptions = { lang: 'en', locale: 'en-US', basePath: '/sections/1' };
const ko: DeriveOptions = { lang: 'ko', locale: 'ko-KR', basePath: '' };

const statuses: PledgeSection['statuses'] = [
  { id: 'done', label: '완료', stage: 'done' },
  { id: 'continuing', label: '이행 후 계속추진', stage: 'done' },
  { id: 'on-track', label: '정상추진', stage: 'progress' },
  { id: 'lagging', label: { ko: '일부추진(부진)', en: 'Lagging' }, stage: 'delayed' },
];
const categories: PledgeSection['categories'] = [
  { id: 'policy', label: '정책공약' },
  { id: 'innovation', label: '혁신공약' },
  { id: 'citizen', label: '시민공약' },
];
const counts = { done: 100, continuing: 25, 'on-track': 98, lagging: 33 };

/** 256 pledges: statuses 100 / 25 / 98 / 33 in order, categories 146 / 98 / 12 in order. */
function pledges256(): PledgeItem[] {
  return Array.from({ length: 256 }, (_, i) => ({
    id: `p${i}`,
    title: `공약 ${i}`,
    status: i < 100 ? 'done' : i < 125 ? 'continuing' : i < 223 ? 'on-track' : 'lagging',
    category: i < 146 ? 'policy' : i < 244 ? 'innovation' : 'citizen',
  }));
}

function section(fields: Partial<PledgeSection>): PledgeSection {
  return { id: 'pledges', kind: 'pledge-progress', statuses, categories, ...fields };
}

describe('derivePledge: 256 pledges from items', () => {
  const d = derivePledge(section({ items: pledges256(), total: 256 }), en);

  it('counts the statuses and shares them by largest remainder', () => {
    expect(d.statuses.map((s) => [s.id, s.count, s.share, s.computedCount, s.statedCount, s.disputed])).to.deep.equal([
      ['done', 100, 39, 100, null, false],
      ['continuing', 25, 9.8, 25, null, false],
      ['on-track', 98, 38.3, 98, null, false],
      ['lagging', 33, 12.9, 33, null, false],
    ]);
    expect(d.total).to.equal(256);
    expect(d.computedTotal).to.equal(256);
    expect(d.statedTotal).to.equal(256);
    expect(d.totalDisputed).to.equal(false);
    expect(d.warnings).to.deep.equal([]);
  });

  it('rolls statuses up into the five stages: 125 done is 48.8%', () => {
    expect(d.stages.map((s) => s.stage)).to.deep.equal([...PLEDGE_STAGES]);
    expect(d.stages.map((s) => [s.count, s.share, s.statusIds])).to.deep.equal([
      [125, 48.8, ['done', 'continuing']],
      [98, 38.3, ['on-track']],
      [33, 12.9, ['lagging']],
      [0, 0, []],
      [0, 0, []],
    ]);
  });

  it('counts the categories and cross-tabulates them with the statuses', () => {
    expect(d.categories.map((c) => [c.id, c.count])).to.deep.equal([
      ['policy', 146],
      ['innovation', 98],
      ['citizen', 12],
    ]);
    expect(d.crossTab).to.deep.equal({
      categoryIds: ['policy', 'innovation', 'citizen'],
      statusIds: ['done', 'continuing', 'on-track', 'lagging'],
      cells: [
        [100, 25, 21, 0],
        [0, 0, 77, 21],
        [0, 0, 0, 12],
      ],
      uncategorized: [0, 0, 0, 0],
    });
  });

  it('describes each item', () => {
    expect(d.items).to.have.length(256);
    expect(d.items[0]).to.deep.include({ path: '/items/0', index: 0, stage: 'done', statusIndex: 0, categoryIndex: 0 });
    expect(d.items[250]).to.deep.include({ path: '/items/250', index: 250, stage: 'delayed', statusIndex: 3, categoryIndex: 2 });
    expect(d.items[250].item.id).to.equal('p250');
  });
});

describe('derivePledge: published counts', () => {
  it('uses counts alone, without items', () => {
    const d = derivePledge(section({ counts, total: 256 }), en);
    expect(d.statuses.map((s) => [s.count, s.share, s.computedCount, s.statedCount])).to.deep.equal([
      [100, 39, null, 100],
      [25, 9.8, null, 25],
      [98, 38.3, null, 98],
      [33, 12.9, null, 33],
    ]);
    expect(d.stages[0]).to.deep.include({ count: 125, share: 48.8 });
    expect(d.crossTab).to.equal(null);
    expect(d.items).to.deep.equal([]);
    expect(d.categories.map((c) => c.count)).to.deep.equal([0, 0, 0]);
    expect(d.warnings).to.deep.equal([]);
  });

  it('shows a wrong stated total, divides by it, and warns', () => {
    const d = derivePledge(section({ counts, total: 255 }), en);
    expect(d.total).to.equal(255);
    expect(d.computedTotal).to.equal(256);
    expect(d.totalDisputed).to.equal(true);
    // the parts no longer add up to the total: each rounded half up
    expect(d.statuses.map((s) => s.share)).to.deep.equal([39.2, 9.8, 38.4, 12.9]);
    expect(d.stages[0].share).to.equal(49);
    expect(d.warnings).to.deep.equal([
      {
        code: 'total-mismatch',
        path: '/sections/1/total',
        stated: 255,
        computed: 256,
        message: 'Total: the report states 255 but the counts add up to 256.',
      },
    ]);
    expect(derivePledge(section({ counts, total: 255 }), ko).warnings[0].message).to.equal(
      '계: 보고서에는 255건이지만 상태별 건수의 합은 256건입니다.',
    );
  });

  it('compares counts with items, shows the counts, and names the status', () => {
    const d = derivePledge(section({ counts: { ...counts, done: 101 }, items: pledges256(), total: 256 }), en);
    expect(d.statuses[0]).to.deep.include({ count: 101, statedCount: 101, computedCount: 100, disputed: true });
    expect(d.warnings.map((w) => [w.code, w.path, w.stated, w.computed])).to.deep.equal([
      ['total-mismatch', '/sections/1/total', 256, 257],
      ['count-mismatch', '/sections/1/counts/done', 101, 100],
    ]);
    expect(d.warnings[1].message).to.equal('Count of 완료: the report states 101 but 100 items have this status.');
  });

  it('counts a status missing from counts as stated 0', () => {
    const d = derivePledge(section({ counts: { done: 100, continuing: 25, 'on-track': 98 }, items: pledges256() }), ko);
    expect(d.statuses[3]).to.deep.include({ count: 0, statedCount: 0, computedCount: 33, disputed: true });
    expect(d.warnings.map((w) => [w.code, w.path])).to.deep.equal([['count-mismatch', '/counts/lagging']]);
    expect(d.warnings[0].message).to.equal('일부추진(부진) 건수: 보고서에는 0건이지만 항목으로 세면 33건입니다.');
  });

  it('escapes a status id in the pointer', () => {
    const odd = section({
      statuses: [{ id: 'a/b~c', label: 'odd', stage: 'done' }],
      counts: { 'a/b~c': 2 },
      items: [{ id: 'p', title: 't', status: 'a/b~c' }],
    });
    expect(derivePledge(odd, en).warnings[0].path).to.equal('/sections/1/counts/a~1b~0c');
  });

  it('says when the items, not counts, disagree with the total', () => {
    const d = derivePledge(section({ items: pledges256().slice(0, 10), total: 12 }), en);
    expect(d.warnings[0].message).to.equal('Total: the report states 12 but there are 10 items.');
  });
});

describe('derivePledge: shares', () => {
  it('gives 1, 1 and 1 of 3 as 33.4, 33.3, 33.3 (a tie goes to the first declared)', () => {
    const items: PledgeItem[] = [
      { id: 'a', title: 'a', status: 'lagging' },
      { id: 'b', title: 'b', status: 'on-track', category: 'citizen' },
      { id: 'c', title: 'c', status: 'done' },
    ];
    const d = derivePledge(section({ items, statuses: statuses.filter((s) => s.id !== 'continuing') }), en);
    expect(d.statuses.map((s) => s.share)).to.deep.equal([33.4, 33.3, 33.3]);
    expect(d.stages.map((s) => s.share)).to.deep.equal([33.4, 33.3, 33.3, 0, 0]);
    expect(d.crossTab!.cells[2]).to.deep.equal([0, 1, 0]);
    expect(d.crossTab!.uncategorized).to.deep.equal([1, 0, 1]);
    expect(d.items[0].categoryIndex).to.equal(-1);
  });

  it('counts 0 and gives no share when there is nothing to count (a share of nothing is not applicable)', () => {
    const d = derivePledge(section({ counts: {} }), en);
    expect(d.total).to.equal(0);
    expect(d.statuses.map((s) => [s.count, s.share])).to.deep.equal([[0, null], [0, null], [0, null], [0, null]]);
    expect(d.stages.map((s) => s.share)).to.deep.equal([null, null, null, null, null]);
    expect(d.warnings).to.deep.equal([]);
  });
});
