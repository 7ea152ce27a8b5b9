import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pledge-progress-table.js';
import type { PledgeProgressTable } from '../../src/pledge-progress-table.js';
import type { PledgeSection, ReportDocument } from '../../src/schema/types.js';
import { sampleDocument } from '../fixtures/sample.js';
import { auditItems, generatedPledges } from '../../stories/pledge-data.js';

async function mount(attrs: Record<string, string>, data: unknown): Promise<PledgeProgressTable> {
  const el = document.createElement('pledge-progress-table');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const done = Promise.race([oneEvent(el, 'report-load'), oneEvent(el, 'report-error')]);
  el.data = data as ReportDocument;
  fixtureSync(html`<div style="max-width: 60rem"></div>`).append(el);
  await done;
  await settle(el);
  return el;
}

/** The next frame, or 50 ms in a background test tab, which gets no frames. */
const frame = () => Promise.race([new Promise(requestAnimationFrame), aTimeout(50)]);

/** Lets the element finish (a measured row height may ask for one more update). */
async function settle(el: PledgeProgressTable): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const cells = (tr: Element) => [...tr.children].map(text).join(' ');
/** The rendered item rows (not their details rows, the spacers of a windowed table, nor the row saying none match). */
const itemRows = (el: Element) => $$(el, '.items tbody tr[aria-rowindex]:not(.details):not(.none)');

/** Title (as shown in Korean or English) → item id, from the sample. */
const idOfTitle = new Map<string, string>();
for (const item of (sampleDocument().sections.find((s) => s.id === 'pledges') as PledgeSection).items!) {
  const t = item.title as Record<string, string>;
  idOfTitle.set(t['ko']!, item.id).set(t['en']!, item.id);
}
const shownIds = (el: Element) => itemRows(el).map((tr) => idOfTitle.get(text(tr.querySelector('th')!)) ?? text(tr.querySelector('th')!));

/** The disclosure of the filter whose summary begins with `label`. */
const filterOf = (el: Element, label: string) =>
  $$<HTMLDetailsElement>(el, '.filters details').find((d) => text(d.querySelector('summary')!).startsWith(label))!;

/** What each filter's summary says is chosen ("상태 · 2개 선택" → "2개 선택"), in toolbar order. */
const chosen = (el: Element) => $$(el, '.filters summary').map((summary) => text(summary).split(' · ')[1]);

/** Opens the filter labelled `label`, as a click on its summary does. */
async function openFilter(el: PledgeProgressTable, label: string): Promise<HTMLDetailsElement> {
  const details = filterOf(el, label);
  if (!details.open) {
    const toggled = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await toggled;
    await settle(el);
  }
  return details;
}

/** The choices of an open filter: [label, checked]. */
const boxes = (details: Element) =>
  [...details.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((box) => [text(box.closest('label')!), box.checked]);

/** Chooses exactly `labels` in the filter labelled `label`, a click per checkbox that changes, as a person does. */
async function choose(el: PledgeProgressTable, label: string, labels: string[]): Promise<void> {
  const details = await openFilter(el, label);
  for (const box of details.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    if (box.checked !== labels.includes(text(box.closest('label')!))) {
      box.click();
      await settle(el);
    }
  }
}

async function search(el: PledgeProgressTable, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=search]');
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

async function clickSort(el: PledgeProgressTable, column: number): Promise<void> {
  $$(el, '.items thead th')[column]!.querySelector('button')!.click();
  await settle(el);
}

const STATUS = [
  { id: 'done', label: { ko: '완료', en: 'Completed' }, stage: 'done' },
  { id: 'continuing', label: { ko: '이행 후 계속추진', en: 'Continuing' }, stage: 'done' },
  { id: 'on-track', label: { ko: '정상추진', en: 'On track' }, stage: 'progress' },
  { id: 'lagging', label: { ko: '일부추진(부진)', en: 'Lagging' }, stage: 'delayed' },
  { id: 'dropped', label: { ko: '중단', en: 'Dropped' }, stage: 'dropped' },
] as const;
const PATTERN = [0, 0, 0, 1, 2, 2, 3, 4];

/** `n` generated pledges: statuses repeat 완료×3, 계속추진, 정상추진×2, 부진, 중단 (for 10,000: 3,750 / 1,250 / 2,500 / 1,250 / 1,250). */
function generated(n: number): PledgeSection {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return {
    id: 'many',
    kind: 'pledge-progress',
    title: '생성된 공약',
    statuses: STATUS.map((s) => ({ ...s, label: { ...s.label } })),
    categories: [
      { id: 'a', label: '정책공약' },
      { id: 'b', label: '혁신공약' },
    ],
    items: Array.from({ length: n }, (_, i) => ({
      id: `G-${i}`,
      title: `공약 ${String(i).padStart(5, '0')} ${['공원', '도서관', '기획', '주차장'][i % 4]}`,
      status: STATUS[PATTERN[i % 8]!]!.id,
      category: i % 3 ? 'a' : 'b',
      department: `부서${i % 20}`,
      progress: Math.floor(random() * 101),
      due: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
    })),
  };
}

describe('<pledge-progress-table> summary', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  it('says the share done as a sentence, with each stage and status counted (Korean)', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    expect(text($(el, '.lead'))).to.equal('12개 중 6개 완료 (50.0%)');
    expect($$(el, '.stages li').map(text)).to.deep.equal(['완료 6 (50.0%)', '추진중 4 (33.3%)', '부진 2 (16.7%)']);
    expect($$(el, '.statuses li').map(text)).to.deep.equal(['완료 4', '이행 후 계속추진 2', '정상추진 4', '일부추진(부진) 2']);
    const segments = $$(el, '.bar .seg');
    expect(segments.map((s) => s.className)).to.deep.equal(['seg k-done', 'seg k-progress', 'seg k-delayed']);
    expect(segments.map((s) => s.style.width)).to.deep.equal(['50%', '33.3%', '16.7%']);
    expect($(el, '.bar').getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('in English', async () => {
    const el = await mount({ section: 'pledges', lang: 'en' }, sampleDocument());
    expect(text($(el, '.lead'))).to.equal('6 of 12 done (50.0%)');
    expect($$(el, '.stages li').map(text)).to.deep.equal(['Done 6 (50.0%)', 'In progress 4 (33.3%)', 'Delayed 2 (16.7%)']);
  });

  it('counts only: the summary and the status table, no rows pretended', async () => {
    const el = await mount({ section: 'audit', lang: 'ko' }, sampleDocument());
    expect(text($(el, '.lead'))).to.equal('19개 중 11개 완료 (57.9%)');
    expect($$(el, '.stages li').map(text)).to.deep.equal(['완료 11 (57.9%)', '추진중 5 (26.3%)', '미착수 2 (10.5%)', '중단 1 (5.3%)']);
    expect($$(el, 'table')).to.have.length(1);
    expect($$(el, 'tbody tr').map((tr) => text(tr))).to.deep.equal([
      '계 19 100.0%',
      '추진완료 완료 11 57.9%',
      '추진중 추진중 5 26.3%',
      '검토중 미착수 2 10.5%',
      '미반영 중단 1 5.3%',
    ]);
    expect($(el, 'input')).to.equal(null);
    expect($(el, '[aria-live]')).to.equal(null);
    expect(el.toCSV()).to.equal('\uFEFF상태,단계,건수,비율(%)\r\n추진완료,완료,11,57.9\r\n추진중,추진중,5,26.3\r\n검토중,미착수,2,10.5\r\n미반영,중단,1,5.3\r\n계,,19,100\r\n');
    await expect(el).to.be.accessible();
  });

  it('nothing counted yet: counts of 0, and no share of nothing (shown as not applicable)', async () => {
    const statuses = [{ id: 'done', label: '완료', stage: 'done' }, { id: 'on', label: '정상추진', stage: 'progress' }];
    const el = await mount({ lang: 'ko' }, { kind: 'pledge-progress', statuses, counts: { done: 0, on: 0 } });
    expect(text($(el, '.lead'))).to.equal('0개 중 0개 완료 (해당 없음)');
    expect($$(el, '.stages li').map(text)).to.deep.equal(['완료 0 (해당 없음)', '추진중 0 (해당 없음)']);
    expect($$(el, '.bar .seg')).to.have.length(0);
    expect($$(el, 'tbody tr').map((tr) => text(tr))).to.deep.equal(['계 0 -해당 없음', '완료 완료 0 -해당 없음', '정상추진 추진중 0 -해당 없음']);
    expect(el.toCSV()).to.equal('\uFEFF상태,단계,건수,비율(%)\r\n완료,완료,0,\r\n정상추진,추진중,0,\r\n계,,0,\r\n');
    await expect(el).to.be.accessible();
  });

  it('10,000 generated items: counts and shares', async () => {
    const el = await mount({ lang: 'ko' }, generated(10000));
    expect(text($(el, '.lead'))).to.equal('10,000개 중 5,000개 완료 (50.0%)');
    expect($$(el, '.stages li').map(text)).to.deep.equal(['완료 5,000 (50.0%)', '추진중 2,500 (25.0%)', '부진 1,250 (12.5%)', '중단 1,250 (12.5%)']);
    expect($$(el, '.statuses li').map(text)).to.deep.equal(['완료 3,750', '이행 후 계속추진 1,250', '정상추진 2,500', '일부추진(부진) 1,250', '중단 1,250']);
    expect(text($(el, '.count'))).to.equal('10,000건 중 10,000건 표시');
  });
});

describe('<pledge-progress-table> items', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  it('a row per item: header cell, badge with a shape per stage, progress written, dates', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    const table = $(el, '.items table');
    expect(table.getAttribute('aria-rowcount')).to.equal('13');
    expect(itemRows(el).map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(
      Array.from({ length: 12 }, (_, i) => String(i + 2)),
    );
    expect($$(el, '.items thead th').map(text)).to.deep.equal(['과제명', '분류', '부서', '상태', '진척도', '완료 예정', '갱신일']);
    expect([...itemRows(el)[3]!.children].map(text)).to.deep.equal(['청년 창업 공간 조성', '정책공약', '일자리경제과', '일부추진(부진)', '30.0%', '2024-12', '2024-06-30']);
    expect(itemRows(el)[3]!.querySelector('.shape')!.className).to.equal('shape k-delayed');
    expect(itemRows(el)[3]!.querySelector<HTMLElement>('.fill')!.style.width).to.equal('30%');
    expect(itemRows(el)[3]!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(text($(el, '.count'))).to.equal('12건 중 12건 표시');
    expect($(el, '.count').getAttribute('aria-live')).to.equal('polite');
    // Shapes differ per stage, so colour is never the only cue.
    const shapes = new Set(
      ['k-done', 'k-progress', 'k-delayed', 'k-not-started', 'k-dropped'].map((k) => {
        const span = document.createElement('span');
        span.className = `shape ${k}`;
        $(el, '.summary').append(span);
        const content = getComputedStyle(span, '::before').content;
        span.remove();
        return content;
      }),
    );
    expect(shapes.size).to.equal(5);
  });

  it('English dates and labels', async () => {
    const el = await mount({ section: 'pledges', lang: 'en' }, sampleDocument());
    const cells = [...itemRows(el)[0]!.children].map(text);
    expect(cells).to.deep.equal(['Five more district day-care centres', 'Policy pledges', 'Childcare Policy Division', 'Completed', '100.0%', 'Mar 2024', '30 Jun 2024']);
  });

  it('sorts by each column, both ways, with aria-sort and the sort attribute', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    const expected: Record<number, [string[], string[]]> = {
      0: [
        ['P-07', 'P-02', 'P-12', 'P-09', 'P-01', 'P-05', 'P-06', 'P-11', 'P-04', 'P-10', 'P-08', 'P-03'],
        ['P-03', 'P-08', 'P-10', 'P-04', 'P-11', 'P-06', 'P-05', 'P-01', 'P-09', 'P-12', 'P-02', 'P-07'],
      ],
      1: [
        ['P-06', 'P-08', 'P-09', 'P-01', 'P-03', 'P-04', 'P-10', 'P-11', 'P-02', 'P-05', 'P-07', 'P-12'],
        ['P-02', 'P-05', 'P-07', 'P-12', 'P-01', 'P-03', 'P-04', 'P-10', 'P-11', 'P-06', 'P-08', 'P-09'],
      ],
      2: [
        ['P-12', 'P-09', 'P-08', 'P-11', 'P-05', 'P-01', 'P-02', 'P-06', 'P-04', 'P-07', 'P-03', 'P-10'],
        ['P-10', 'P-03', 'P-04', 'P-07', 'P-06', 'P-02', 'P-01', 'P-05', 'P-11', 'P-08', 'P-09', 'P-12'],
      ],
      3: [
        ['P-01', 'P-05', 'P-08', 'P-12', 'P-02', 'P-09', 'P-03', 'P-06', 'P-07', 'P-11', 'P-04', 'P-10'],
        ['P-04', 'P-10', 'P-03', 'P-06', 'P-07', 'P-11', 'P-02', 'P-09', 'P-01', 'P-05', 'P-08', 'P-12'],
      ],
      4: [
        ['P-10', 'P-04', 'P-07', 'P-03', 'P-11', 'P-06', 'P-01', 'P-02', 'P-05', 'P-08', 'P-09', 'P-12'],
        ['P-01', 'P-02', 'P-05', 'P-08', 'P-09', 'P-12', 'P-06', 'P-11', 'P-03', 'P-07', 'P-04', 'P-10'],
      ],
      5: [
        ['P-09', 'P-05', 'P-02', 'P-08', 'P-01', 'P-12', 'P-06', 'P-04', 'P-10', 'P-03', 'P-07', 'P-11'],
        ['P-07', 'P-11', 'P-03', 'P-10', 'P-04', 'P-06', 'P-12', 'P-01', 'P-08', 'P-02', 'P-05', 'P-09'],
      ],
    };
    const fields = ['title', 'category', 'department', 'status', 'progress', 'due', 'updated'];
    for (const [column, [up, down]] of Object.entries(expected).map(([k, v]) => [Number(k), v] as const)) {
      await clickSort(el, column);
      expect(el.sort).to.equal(fields[column]);
      expect(el.getAttribute('sort')).to.equal(fields[column]);
      expect($$(el, '.items thead th').map((th) => th.getAttribute('aria-sort'))).to.deep.equal(
        fields.map((_, i) => (i === column ? 'ascending' : null)),
      );
      expect(shownIds(el), `${fields[column]} ascending`).to.deep.equal(up);
      await clickSort(el, column);
      expect(el.sort).to.equal(`-${fields[column]}`);
      expect($$(el, '.items thead th')[column]!.getAttribute('aria-sort')).to.equal('descending');
      expect(shownIds(el), `${fields[column]} descending`).to.deep.equal(down);
    }
    // All updated on the same day: ties keep the data order both ways.
    await clickSort(el, 6);
    expect(shownIds(el)[0]).to.equal('P-01');
    await clickSort(el, 6);
    expect(shownIds(el)[0]).to.equal('P-01');
    // The attribute drives the order too.
    el.setAttribute('sort', '-progress');
    await settle(el);
    expect(shownIds(el)).to.deep.equal(expected[4]![1]);
    await expect(el).to.be.accessible();
  });

  it('filters by several stages, statuses, categories and departments at once, and combines them', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    expect($$(el, '.filters summary').map((sm) => text(sm))).to.deep.equal(['단계 · 전체', '상태 · 전체', '분류 · 전체', '부서 · 전체']);
    // Choices are built when a filter opens: none before.
    expect($$(el, '.filters input[type=checkbox]')).to.have.length(0);
    const stage = await openFilter(el, '단계');
    expect(boxes(stage)).to.deep.equal([['완료', false], ['추진중', false], ['부진', false]]);
    expect(stage.querySelector('[role=group]')!.getAttribute('aria-labelledby')).to.equal(stage.querySelector('summary')!.id);
    await choose(el, '단계', ['완료']);
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-02', 'P-05', 'P-08', 'P-09', 'P-12']);
    await choose(el, '단계', ['완료', '부진']);
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-02', 'P-04', 'P-05', 'P-08', 'P-09', 'P-10', 'P-12']);
    expect(chosen(el)).to.deep.equal(['2개 선택', '전체', '전체', '전체']);
    await expect(el).to.be.accessible();
    await choose(el, '단계', []);
    await choose(el, '상태', ['정상추진', '일부추진(부진)']);
    // One filter open at a time: opening another closed the first.
    expect(filterOf(el, '단계').open).to.equal(false);
    expect(shownIds(el)).to.deep.equal(['P-03', 'P-04', 'P-06', 'P-07', 'P-10', 'P-11']);
    await choose(el, '분류', ['정책공약']);
    expect(shownIds(el)).to.deep.equal(['P-03', 'P-04', 'P-10', 'P-11']);
    await choose(el, '분류', ['정책공약', '혁신공약']);
    expect(shownIds(el)).to.deep.equal(['P-03', 'P-04', 'P-07', 'P-10', 'P-11']);
    const department = await openFilter(el, '부서');
    // Every department named by the items, once, in Korean collation order.
    expect(boxes(department).map(([label]) => label)).to.deep.equal([
      '건축과', '교육지원과', '교통행정과', '기획예산과', '민원여권과', '보육정책과', '스마트정보과', '어르신복지과', '일자리경제과', '치수과', '환경과',
    ]);
    await choose(el, '부서', ['기획예산과', '일자리경제과']);
    expect(shownIds(el)).to.deep.equal(['P-04', 'P-07', 'P-11']);
    expect(text($(el, '.count'))).to.equal('12건 중 3건 표시');
    await choose(el, '단계', ['추진중']);
    expect(shownIds(el)).to.deep.equal(['P-07', 'P-11']);
    expect(chosen(el)).to.deep.equal(['1개 선택', '2개 선택', '2개 선택', '2개 선택']);
    await choose(el, '분류', ['시민공약']);
    expect(shownIds(el)).to.deep.equal([]);
    expect(text($(el, '.count'))).to.equal('12건 중 0건 표시');
    // Where the rows would be, one row says that none match.
    expect($$(el, '.items tbody tr').map(text)).to.deep.equal(['조건에 맞는 항목이 없습니다.']);
    expect($(el, '.items table').getAttribute('aria-rowcount')).to.equal('2');
    await expect(el).to.be.accessible();
    $$(el, '.filters button')[0]!.click();
    await settle(el);
    expect(itemRows(el)).to.have.length(12);
    expect(chosen(el)).to.deep.equal(['전체', '전체', '전체', '전체']);
    expect(boxes(await openFilter(el, '상태')).every(([, on]) => !on)).to.equal(true);
  });

  it('filters in English, the shapes of the stages beside their names', async () => {
    const el = await mount({ section: 'pledges', lang: 'en' }, sampleDocument());
    expect($$(el, '.filters summary').map((sm) => text(sm))).to.deep.equal(['Stage · All', 'Status · All', 'Category · All', 'Department · All']);
    const status = await openFilter(el, 'Status');
    expect(boxes(status).map(([label]) => label)).to.deep.equal(['Completed', 'Completed, continuing', 'On track', 'Partly done (lagging)']);
    expect([...status.querySelectorAll('.shape')].map((s) => s.className)).to.deep.equal(['shape k-done', 'shape k-done', 'shape k-progress', 'shape k-delayed']);
    await choose(el, 'Status', ['Completed', 'On track']);
    expect(chosen(el)).to.deep.equal(['All', '2 chosen', 'All', 'All']);
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-03', 'P-05', 'P-06', 'P-07', 'P-08', 'P-11', 'P-12']);
    await expect(el).to.be.accessible();
  });

  it('keeps the chosen values other data still offer, and drops the rest: another language, another section', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    await choose(el, '상태', ['정상추진']);
    await choose(el, '부서', ['기획예산과']);
    expect(chosen(el)).to.deep.equal(['전체', '1개 선택', '전체', '1개 선택']);
    const before = shownIds(el);
    expect(before.length).to.be.greaterThan(0);
    // Departments are names in the UI language: 기획예산과 is not an English choice; status ids are.
    el.lang = 'en';
    await settle(el);
    expect(chosen(el)).to.deep.equal(['All', '1 chosen', 'All', 'All']);
    expect(shownIds(el)).to.include.members(before);
    expect(shownIds(el).length).to.be.greaterThan(before.length);
    // A section whose statuses have other ids: nothing chosen is left to hide every row.
    const doc = sampleDocument();
    const other = structuredClone(doc.sections.find((x) => x.id === 'pledges')) as PledgeSection;
    other.id = 'pledges2';
    other.statuses = other.statuses.map((st) => ({ ...st, id: `${st.id}-2` }));
    other.items = other.items!.map(({ history: _history, ...it }) => ({ ...it, status: `${it.status}-2` }));
    delete other.counts;
    doc.sections.push(other);
    el.data = doc;
    el.section = 'pledges2';
    await settle(el);
    expect(chosen(el)).to.deep.equal(['All', 'All', 'All', 'All']);
    expect(itemRows(el)).to.have.length(12);
    await expect(el).to.be.accessible();
  });

  it('a pressed cross-tab cell keeps the focus ring; a missing progress is spoken, not read as "-"', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    const cell = $$<HTMLButtonElement>(el, '.cross button')[0]!;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const pressed = $$<HTMLButtonElement>(el, '.cross button[aria-pressed="true"]')[0]!;
    expect(el.shadowRoot!.activeElement).to.equal(pressed);
    const focus = getComputedStyle(pressed);
    expect(focus.outlineWidth).to.equal('3px');
    pressed.blur();
    expect(getComputedStyle(pressed).outlineWidth).to.equal('2px');
    const doc = sampleDocument();
    delete (doc.sections.find((x) => x.id === 'pledges') as PledgeSection).items![0]!.progress;
    const other = await mount({ section: 'pledges', lang: 'ko' }, doc);
    const progress = itemRows(other).find((tr) => shownIds(other)[itemRows(other).indexOf(tr)] === 'P-01')!.querySelectorAll('td')[3]!;
    expect(progress.querySelector('[aria-hidden="true"]')!.textContent).to.equal('-');
    expect(progress.querySelector('.visually-hidden')!.textContent).to.equal('해당 없음');
  });

  it('a long title wraps; dates, statuses and departments keep to one line', async () => {
    const doc = sampleDocument();
    const items = (doc.sections.find((x) => x.id === 'pledges') as PledgeSection).items!;
    items[2]!.title = `${'아주아주긴제목'.repeat(12)} https://example.org/very/long/path/${'x'.repeat(80)}`;
    const el = await mount({ section: 'pledges', lang: 'ko' }, doc);
    const lineHeight = parseFloat(getComputedStyle($(el, '.items td')).lineHeight);
    // What each cell holds is one line high (the cell itself is as high as the wrapped title).
    const range = document.createRange();
    for (const td of $$(el, '.items tbody tr:not(.details) td')) {
      range.selectNodeContents(td);
      expect(range.getBoundingClientRect().height, td.textContent!).to.be.below(lineHeight * 1.5);
    }
    const title = $$(el, '.items tbody th').find((th) => th.textContent!.includes('아주아주긴제목'))!;
    expect(title.getBoundingClientRect().height).to.be.above(lineHeight * 3);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
  });

  it('searches, initial consonants included', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    await search(el, '도서관');
    expect(shownIds(el)).to.deep.equal(['P-09']);
    await search(el, 'ㄱㄹ');
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-06', 'P-09']);
    await search(el, 'ㄱㅎㅇㅅ');
    expect(shownIds(el)).to.deep.equal(['P-11']);
    await search(el, '부지 매입');
    expect(shownIds(el)).to.deep.equal(['P-04']);
    await search(el, 'p-1');
    expect(shownIds(el)).to.deep.equal(['P-10', 'P-11', 'P-12']);
    await choose(el, '단계', ['완료']);
    expect(shownIds(el)).to.deep.equal(['P-12']);
    await search(el, '없는 과제');
    expect(shownIds(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the category × status table counts the items, and a chosen cell filters the list', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    const cross = $(el, 'table.cross');
    expect(text(cross.querySelector('caption')!)).to.contain('분류별 상태');
    expect([...cross.querySelectorAll('thead th')].map(text)).to.deep.equal(['분류', '완료', '이행 후 계속추진', '정상추진', '일부추진(부진)', '계']);
    expect([...cross.querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
      '정책공약 1 0 2 2 5',
      '혁신공약 2 1 1 0 4',
      '시민공약 1 1 1 0 3',
      '계 4 2 4 2 12',
    ]);
    const cell = cross.querySelectorAll('tbody tr')[0]!.querySelectorAll('button')[2]!;
    expect(cell.getAttribute('aria-pressed')).to.equal('false');
    // Reached by Tab, a count still says which cell it is.
    expect(cell.getAttribute('aria-label')).to.equal('정책공약, 정상추진: 2');
    cell.click();
    await settle(el);
    expect(shownIds(el)).to.deep.equal(['P-03', 'P-11']);
    expect(cell.getAttribute('aria-pressed')).to.equal('true');
    expect(chosen(el)).to.deep.equal(['전체', '1개 선택', '1개 선택', '전체']);
    expect(boxes(await openFilter(el, '상태')).filter(([, on]) => on)).to.deep.equal([['정상추진', true]]);
    await expect(el).to.be.accessible();
    cell.click();
    await settle(el);
    expect(itemRows(el)).to.have.length(12);
    expect(cell.getAttribute('aria-pressed')).to.equal('false');
  });

  it('items without a category get their own row, so the columns still add up', async () => {
    const doc = sampleDocument();
    delete (doc.sections.find((s) => s.id === 'pledges') as PledgeSection).items![1]!.category;
    const el = await mount({ section: 'pledges', lang: 'ko' }, doc);
    expect([...$(el, 'table.cross').querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
      '정책공약 1 0 2 2 5',
      '혁신공약 2 0 1 0 3',
      '시민공약 1 1 1 0 3',
      '분류 없음 0 1 0 0 1',
      '계 4 2 4 2 12',
    ]);
    expect([...itemRows(el)[1]!.children].map(text)[1]).to.equal('');
  });

  it('a row opens to its note, link and dated history', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    const buttons = $$(el, 'button.open');
    expect(buttons.map((b) => text(b))).to.deep.equal(['구립 어린이집 5곳 확충', '한빛천 산책로 정비', '청년 창업 공간 조성']);
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
    for (const b of buttons) b.click();
    await settle(el);
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true']);
    const details = $$(el, 'tr.details');
    expect([...details[0]!.querySelectorAll('li')].map(text)).to.deep.equal(['2023-06-30 정상추진', '2024-03-15 완료 — 5번째 어린이집 개원']);
    expect(details.map(text)).to.deep.equal([
      '경과 2023-06-30 정상추진2024-03-15 완료 — 5번째 어린이집 개원',
      '관련 링크: https://example.org/hanbit-gu/walkway',
      '부지 매입 지연',
    ]);
    expect([...details[0]!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2023-06-30', '2024-03-15']);
    expect(details[1]!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/hanbit-gu/walkway');
    await expect(el).to.be.accessible();
    buttons[0]!.click();
    await settle(el);
    expect($$(el, 'tr.details')).to.have.length(2);
  });

  it('counts details rows in aria-rowcount and aria-rowindex', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    const rowIndices = () => $$(el, '.items tbody tr').map((tr) => `${tr.classList.contains('details') ? 'd' : ''}${tr.getAttribute('aria-rowindex')}`);
    const buttons = $$(el, 'button.open');
    buttons[0]!.click(); // P-01, the first row
    buttons[2]!.click(); // P-04, the fourth
    await settle(el);
    expect($(el, '.items table').getAttribute('aria-rowcount')).to.equal('15');
    expect(rowIndices()).to.deep.equal(['2', 'd3', '4', '5', '6', 'd7', ...Array.from({ length: 8 }, (_, i) => String(i + 8))]);
    // Sorted, the details follow their rows and the numbers follow the order shown.
    el.sort = '-title';
    await settle(el);
    const rows = $$(el, '.items tbody tr');
    expect(rows.map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(Array.from({ length: 14 }, (_, i) => String(i + 2)));
    for (const details of $$(el, 'tr.details')) expect(details.previousElementSibling!.querySelector('[aria-expanded=true]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keyboard: sort, open a row and filter without a mouse', async () => {
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    $$(el, '.items thead button')[4]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.sort).to.equal('progress');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.sort).to.equal('-progress');
    // Tab from the last heading reaches the first row's disclosure button.
    $$(el, '.items thead button')[6]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('구립 어린이집 5곳 확충');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-expanded')).to.equal('true');
    const input = $<HTMLInputElement>(el, 'input[type=search]');
    input.focus();
    await sendKeys({ type: 'ㄱㄹ' });
    await settle(el);
    expect(input.value).to.equal('ㄱㄹ');
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-09', 'P-06']);
    // Tab reaches the first filter's summary; Enter opens it, Tab its first choice, Space chooses it.
    await sendKeys({ press: 'Tab' });
    const summary = el.shadowRoot!.activeElement!;
    expect(summary.tagName).to.equal('SUMMARY');
    const toggled = oneEvent(summary.parentElement!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('type')).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-09']);
    expect(chosen(el)[0]).to.equal('1개 선택');
    // Back on the summary, Enter closes the choices; what was chosen stays chosen.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const closed = oneEvent(summary.parentElement!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await closed;
    await settle(el);
    expect(filterOf(el, '단계').open).to.equal(false);
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-09']);
  });
});

describe('<pledge-progress-table> URL state', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads the query under the section id on load and writes changes back', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&pledges.category=policy&pledges.sort=-progress&pledges.q=%E3%84%B1`);
    const el = await mount({ section: 'pledges', lang: 'ko', 'sync-url': '' }, sampleDocument());
    expect(el.sort).to.equal('-progress');
    expect(shownIds(el)).to.deep.equal(['P-01', 'P-11', 'P-03', 'P-04', 'P-10']);
    expect($<HTMLInputElement>(el, 'input[type=search]').value).to.equal('ㄱ');
    await clickSort(el, 0);
    await choose(el, '단계', ['부진']);
    const params = new URLSearchParams(location.search);
    expect(params.get('keep')).to.equal('1');
    expect(params.get('pledges.sort')).to.equal('title');
    expect(params.get('pledges.stage')).to.equal('delayed');
    expect(params.get('pledges.category')).to.equal('policy');
    expect(params.get('pledges.q')).to.equal('ㄱ');
    // Round trip: a new table on this URL shows the same rows.
    const again = await mount({ section: 'pledges', lang: 'ko', 'sync-url': '' }, sampleDocument());
    expect(shownIds(again)).to.deep.equal(shownIds(el));
    expect(shownIds(again)).to.deep.equal(['P-04', 'P-10']);
  });

  it('round-trips lists: several values per filter, read into the filters and written back', async () => {
    history.replaceState(null, '', `${location.pathname}?p.status=on-track,lagging&p.department=${encodeURIComponent('기획예산과,일자리경제과')}`);
    const el = await mount({ section: 'pledges', lang: 'ko', 'sync-url': 'p' }, sampleDocument());
    expect(shownIds(el)).to.deep.equal(['P-04', 'P-07', 'P-11']);
    expect(chosen(el)).to.deep.equal(['전체', '2개 선택', '전체', '2개 선택']);
    expect(boxes(await openFilter(el, '상태'))).to.deep.equal([['완료', false], ['이행 후 계속추진', false], ['정상추진', true], ['일부추진(부진)', true]]);
    await choose(el, '상태', ['완료', '정상추진', '일부추진(부진)']);
    await choose(el, '분류', ['정책공약', '혁신공약']);
    const params = new URLSearchParams(location.search);
    expect(params.get('p.status')).to.equal('on-track,lagging,done');
    expect(params.get('p.category')).to.equal('policy,innovation');
    expect(params.get('p.department')).to.equal('기획예산과,일자리경제과');
    expect(params.has('p.stage')).to.equal(false);
    expect(shownIds(el)).to.deep.equal(['P-04', 'P-07', 'P-11']);
    // A new table on this URL shows the same rows and the same choices.
    const again = await mount({ section: 'pledges', lang: 'ko', 'sync-url': 'p' }, sampleDocument());
    expect(shownIds(again)).to.deep.equal(['P-04', 'P-07', 'P-11']);
    expect(chosen(again)).to.deep.equal(['전체', '3개 선택', '2개 선택', '2개 선택']);
    expect(boxes(await openFilter(again, '분류'))).to.deep.equal([['정책공약', true], ['혁신공약', true], ['시민공약', false]]);
    // Clearing a filter removes its parameter.
    await choose(again, '부서', []);
    expect(new URLSearchParams(location.search).has('p.department')).to.equal(false);
    expect(shownIds(again)).to.deep.equal(['P-01', 'P-03', 'P-04', 'P-05', 'P-07', 'P-10', 'P-11', 'P-12']);
  });

  it('drops values the data do not have, rather than filtering every row away', async () => {
    const stale = `p.status=gone,on-track&p.stage=bogus&p.category=nope&p.department=${encodeURIComponent('없는과')}`;
    history.replaceState(null, '', `${location.pathname}?${stale}`);
    const el = await mount({ section: 'pledges', lang: 'ko', 'sync-url': 'p' }, sampleDocument());
    expect(chosen(el)).to.deep.equal(['전체', '1개 선택', '전체', '전체']);
    expect(boxes(await openFilter(el, '상태'))).to.deep.equal([['완료', false], ['이행 후 계속추진', false], ['정상추진', true], ['일부추진(부진)', false]]);
    expect(itemRows(el).length).to.be.greaterThan(0);
    expect(location.search).to.equal('?p.status=on-track');
  });

  it('two tables with their own prefixes never collide', async () => {
    history.replaceState(null, '', `${location.pathname}?a.category=citizen&b.q=${encodeURIComponent('도서관')}`);
    const a = await mount({ section: 'pledges', lang: 'ko', 'sync-url': 'a' }, sampleDocument());
    const b = await mount({ section: 'pledges', lang: 'ko', 'sync-url': 'b' }, sampleDocument());
    expect(shownIds(a)).to.deep.equal(['P-06', 'P-08', 'P-09']);
    expect(shownIds(b)).to.deep.equal(['P-09']);
    await search(a, '펜스');
    await clickSort(b, 4);
    const params = new URLSearchParams(location.search);
    expect([...params.keys()].sort()).to.deep.equal(['a.category', 'a.q', 'b.q', 'b.sort']);
    expect(params.get('a.q')).to.equal('펜스');
    expect(params.get('b.q')).to.equal('도서관');
    expect(params.get('b.sort')).to.equal('progress');
  });

  it('keys a lone section without an id by its kind', async () => {
    const { id: _id, ...section } = sampleDocument().sections.find((s) => s.id === 'pledges') as PledgeSection;
    history.replaceState(null, '', `${location.pathname}?pledge-progress.category=citizen`);
    const el = await mount({ lang: 'ko', 'sync-url': '' }, section);
    expect(shownIds(el)).to.deep.equal(['P-06', 'P-08', 'P-09']);
    await search(el, '도서관');
    const params = new URLSearchParams(location.search);
    expect([...params.keys()].sort()).to.deep.equal(['pledge-progress.category', 'pledge-progress.q']);
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}?pledges.q=x`);
    const el = await mount({ section: 'pledges', lang: 'ko' }, sampleDocument());
    expect(itemRows(el)).to.have.length(12);
    await clickSort(el, 0);
    expect(location.search).to.equal('?pledges.q=x');
  });
});

describe('<pledge-progress-table> CSV', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  it('exports the rows as filtered and sorted, headers in the UI language, progress raw', async () => {
    const el = await mount({ section: 'pledges', lang: 'en', sort: '-progress' }, sampleDocument());
    await choose(el, 'Category', ['Policy pledges']);
    expect(el.toCSV()).to.equal(
      '\uFEFF' +
        [
          'Title,Category,Department,Status,Stage,Progress(%),Due,Updated',
          'Five more district day-care centres,Policy pledges,Childcare Policy Division,Completed,Done,100,2024-03,2024-06-30',
          'Larger participatory budget,Policy pledges,Planning and Budget Division,On track,In progress,70,2025-12,2024-06-30',
          'Hanbit stream walkway renewal,Policy pledges,Waterways Division,On track,In progress,65,2025-06,2024-06-30',
          'Start-up space for young people,Policy pledges,Jobs and Economy Division,Partly done (lagging),Delayed,30,2024-12,2024-06-30',
          'Carbon-neutral action centre,Policy pledges,Environment Division,Partly done (lagging),Delayed,20,2025-03,2024-06-30',
        ].join('\r\n') +
        '\r\n',
    );
  });
});

describe('<pledge-progress-table> many rows', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  it('settles on a page with a 14 px base font: rows with and without a details button are one height', async () => {
    const page = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '14px';
    try {
      const el = await mount({ lang: 'ko' }, generatedPledges(2000));
      const region = $(el, '.items');
      const heights = new Set(itemRows(el).map((tr) => tr.getBoundingClientRect().height));
      expect([...heights], 'one row height').to.have.length(1);
      let renders = 0;
      const updated = (el as unknown as { updated(): void }).updated;
      (el as unknown as { updated(): void }).updated = function (this: unknown) {
        renders++;
        updated.call(this);
      };
      for (const top of [848, 954, 1000, 1060, 1113]) {
        region.scrollTop = top;
        region.dispatchEvent(new Event('scroll'));
        for (let i = 0; i < 5; i++) await frame();
      }
      expect(el.isUpdatePending, 'no update keeps asking for another').to.equal(false);
      expect(renders).to.be.at.most(15);
      // Rows of two heights (a font or a page style the CSS did not foresee) still settle.
      const uneven = new CSSStyleSheet();
      uneven.replaceSync('.virtual tr[data-i]:has(.open) > * { padding-bottom: 7px }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, uneven];
      renders = 0;
      for (const top of [2000, 2300, 2600]) {
        region.scrollTop = top;
        region.dispatchEvent(new Event('scroll'));
        for (let i = 0; i < 8; i++) await frame();
      }
      expect(el.isUpdatePending).to.equal(false);
      expect(renders).to.be.at.most(12);
    } finally {
      document.documentElement.style.fontSize = page;
    }
  });

  it('with rows opened, scrolls smoothly: the rows on top follow the scroll, none skipped', async () => {
    const el = await mount({ lang: 'ko' }, generatedPledges(1000));
    const region = $(el, '.items');
    for (let k = 0; k < 3; k++) {
      $$<HTMLButtonElement>(el, '.items .open[aria-expanded="false"]')[0]!.click();
      await settle(el);
    }
    expect($$(el, '.items tr.details')).to.have.length(3);
    const firstVisible = () => {
      // Under the sticky header cells (the header row itself scrolls away).
      const top = $(el, '.items thead th').getBoundingClientRect().bottom;
      return Number(itemRows(el).find((tr) => tr.getBoundingClientRect().bottom > top + 1)!.getAttribute('aria-rowindex'));
    };
    let [y, row] = [region.scrollTop, firstVisible()];
    for (let step = 0; step < 30; step++) {
      region.scrollTop = y + 100;
      region.dispatchEvent(new Event('scroll'));
      await settle(el);
      for (let i = 0; i < 2; i++) await frame();
      await settle(el);
      const next = firstVisible();
      expect(region.scrollTop, `step ${step}`).to.be.closeTo(y + 100, 1);
      // 100 px is under three rows: the row on top moves on by at most three (a details row counts).
      expect(next - row, `step ${step}`).to.be.within(0, 4);
      [y, row] = [region.scrollTop, next];
    }
    expect(row).to.be.greaterThan(50);
  });

  it('Tab and Shift+Tab go on to the rows that open past the rendered window', async () => {
    // Only every 30th item opens (has a note): the next one is far outside the window.
    const section = generatedPledges(1000);
    section.items = section.items!.map(({ note: _n, history: _h, url: _u, ...item }, i) => (i % 30 ? item : { ...item, note: `메모 ${i} ${'긴 설명이 여러 줄로 이어집니다. '.repeat(30)}` }));
    const el = await mount({ lang: 'ko' }, section);
    const root = el.shadowRoot!;
    const focusedIndex = () => root.activeElement?.closest('tr')?.getAttribute('aria-rowindex');
    $<HTMLButtonElement>(el, '.items tr[data-i="0"] .open').focus();
    expect(focusedIndex()).to.equal('2');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(focusedIndex()).to.equal('32');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(focusedIndex()).to.equal('62');
    // The focused button is below the sticky header, in view.
    const head = $(el, '.items thead').getBoundingClientRect();
    const button = root.activeElement!.getBoundingClientRect();
    expect(button.top).to.be.at.least(head.bottom - 1);
    expect(button.bottom).to.be.at.most($(el, '.items').getBoundingClientRect().bottom);
    const shiftTab = async () => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
    };
    await shiftTab();
    expect(focusedIndex()).to.equal('32');
    await shiftTab();
    expect(focusedIndex()).to.equal('2');
    // From the first row, Shift+Tab leaves for the column headers, as without windowing.
    await shiftTab();
    expect(root.activeElement!.closest('thead')).not.to.equal(null);
    // With rows opened, their details count: Tab still lands on the next row that opens.
    (el as unknown as { open: Set<number> }).open = new Set([0, 30, 60, 90, 120, 150]);
    await settle(el);
    $<HTMLButtonElement>(el, '.items tr[data-i="0"] .open').focus();
    const seen: (string | null | undefined)[] = [];
    for (let k = 0; k < 5; k++) {
      await sendKeys({ press: 'Tab' });
      await settle(el);
      seen.push(focusedIndex());
    }
    // Item p is row p + 2, plus one details row per opened item before it.
    expect(seen).to.deep.equal(['33', '64', '95', '126', '157']);
  });

  it('windows 10,000 rows and keeps every one reachable by scrolling, search, sort and export', async () => {
    const el = await mount({ lang: 'ko' }, generated(10000));
    const region = $(el, '.items');
    expect(region.classList.contains('virtual')).to.equal(true);
    expect($(el, '.items table').getAttribute('aria-rowcount')).to.equal('10001');
    const rendered = itemRows(el);
    expect(rendered.length).to.be.within(10, 100);
    expect(rendered[0]!.getAttribute('aria-rowindex')).to.equal('2');
    const scrollTo = async (top: number) => {
      region.scrollTop = top;
      region.dispatchEvent(new Event('scroll'));
      await settle(el);
    };
    await scrollTo(region.scrollHeight);
    const last = itemRows(el).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('10001');
    expect(text(last.querySelector('th')!)).to.equal('공약 09999 주차장');
    await scrollTo(region.scrollHeight / 2);
    const middle = itemRows(el).map((tr) => Number(tr.getAttribute('aria-rowindex')));
    expect(middle[0]).to.be.within(4500, 5600);
    // Consecutive indices, and the rows really are on screen.
    expect(middle.every((n, i) => i === 0 || n === middle[i - 1]! + 1)).to.equal(true);
    const box = region.getBoundingClientRect();
    const visible = itemRows(el).filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.bottom > box.top + 60 && r.top < box.bottom;
    });
    expect(visible.length).to.be.greaterThan(3);
    // Search and sort reach past the window; export has every row.
    await search(el, '09876');
    expect(itemRows(el).map((tr) => text(tr.querySelector('th')!))).to.deep.equal(['공약 09876 공원']);
    await search(el, '');
    el.sort = '-title';
    await scrollTo(0);
    expect(text(itemRows(el)[0]!.querySelector('th')!)).to.equal('공약 09999 주차장');
    expect(el.toCSV().split('\r\n')).to.have.length(10002);
    await expect(el).to.be.accessible();
  });

  it('scrolls a windowed list from --crk-max-height, and fills a taller region', async () => {
    const el = await mount({ lang: 'ko', 'virtualize-above': '100' }, generated(1000));
    const region = $(el, '.items');
    el.style.setProperty('--crk-max-height', '240px');
    expect(region.getBoundingClientRect().height).to.be.at.most(240);
    const low = itemRows(el).length;
    // A taller region (a resized window, or this property) gets the rows to fill it, not a
    // blank end. The region's ResizeObserver asks for that update after the next layout; the
    // test asks at once (a test page in the background gets no layout to observe).
    el.style.setProperty('--crk-max-height', '900px');
    el.requestUpdate();
    await settle(el);
    expect(itemRows(el).length).to.be.above(low);
    const last = itemRows(el).at(-1)!.getBoundingClientRect();
    expect(last.bottom).to.be.at.least(region.getBoundingClientRect().bottom);
  });

  it('every row of a windowed table is reached by scrolling through it', async () => {
    const el = await mount({ lang: 'ko', 'virtualize-above': '100' }, generated(1000));
    const region = $(el, '.items');
    const seen = new Set<number>();
    for (let top = 0; top <= region.scrollHeight; top += region.clientHeight) {
      region.scrollTop = top;
      region.dispatchEvent(new Event('scroll'));
      await settle(el);
      for (const tr of itemRows(el)) seen.add(Number(tr.getAttribute('aria-rowindex')));
    }
    expect(seen.size).to.equal(1000);
    expect(Math.min(...seen)).to.equal(2);
    expect(Math.max(...seen)).to.equal(1001);
  });

  it('renders every row for printing, and windows again after', async () => {
    const el = await mount({ lang: 'ko' }, generated(1000));
    expect(itemRows(el).length).to.be.below(100);
    window.dispatchEvent(new Event('beforeprint'));
    expect(itemRows(el)).to.have.length(1000);
    expect($(el, '.items').classList.contains('virtual')).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
    expect(itemRows(el).length).to.be.below(100);
  });

  it('keeps the focused row rendered and focused wherever the list is scrolled', async () => {
    const section = generated(1000);
    for (const item of section.items!) item.note = '비고';
    const el = await mount({ lang: 'ko', 'virtualize-above': '100' }, section);
    const region = $(el, '.items');
    const scrollTo = async (top: number) => {
      region.scrollTop = top;
      region.dispatchEvent(new Event('scroll'));
      await settle(el);
    };
    const button = itemRows(el)[3]!.querySelector<HTMLButtonElement>('button.open')!;
    button.focus();
    const focused = () => el.shadowRoot!.activeElement;
    expect(focused()).to.equal(button);
    // Far down: the window moved, the focused row stayed, at its own place in the row count.
    await scrollTo(region.scrollHeight / 2);
    expect(focused()).to.equal(button);
    expect(button.isConnected).to.equal(true);
    expect(text(button)).to.equal('공약 00003 주차장');
    expect(button.closest('tr')!.getAttribute('aria-rowindex')).to.equal('5');
    const indices = itemRows(el).map((tr) => Number(tr.getAttribute('aria-rowindex')));
    expect(indices[0]).to.equal(5);
    expect(indices[1]).to.be.above(400);
    expect(indices.slice(1).every((n, i) => i === 0 || n === indices[i]! + 1)).to.equal(true);
    // The rows in view are the window's, not the kept row's: it sits above them, out of sight.
    const box = region.getBoundingClientRect();
    expect(button.getBoundingClientRect().bottom).to.be.below(box.top);
    await expect(el).to.be.accessible();
    // At the very end, and back at the top: still the same element, still focused.
    await scrollTo(region.scrollHeight);
    expect(focused()).to.equal(button);
    expect(itemRows(el).at(-1)!.getAttribute('aria-rowindex')).to.equal('1001');
    await scrollTo(0);
    expect(focused()).to.equal(button);
    expect(itemRows(el).map((tr) => Number(tr.getAttribute('aria-rowindex'))).slice(0, 6)).to.deep.equal([2, 3, 4, 5, 6, 7]);
    // Scrolled up and away from a row further down, the same holds.
    await scrollTo(region.scrollHeight / 2);
    const middle = itemRows(el)[10]!.querySelector<HTMLButtonElement>('button.open')!;
    const index = middle.closest('tr')!.getAttribute('aria-rowindex');
    middle.focus();
    await scrollTo(0);
    expect(focused()).to.equal(middle);
    expect(itemRows(el).at(-1)!.getAttribute('aria-rowindex')).to.equal(index);
    // Enter still opens the row it says, and its details row is counted.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(middle.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, 'tr.details');
    expect(details.getAttribute('aria-rowindex')).to.equal(String(Number(index) + 1));
    expect($(el, '.items table').getAttribute('aria-rowcount')).to.equal('1002');
  });

  it('moves the focus to the list when the focused row is filtered away', async () => {
    const section = generated(300);
    for (const item of section.items!) item.note = '비고';
    const el = await mount({ lang: 'ko' }, section);
    const button = itemRows(el)[0]!.querySelector<HTMLButtonElement>('button.open')!;
    button.focus();
    el.sort = '-title';
    await settle(el);
    // Still rendered (it moved out of the window): the same row keeps the focus.
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await search(el, '09876');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.items'));
  });

  it('does not window at or below the threshold', async () => {
    const el = await mount({ lang: 'ko' }, generated(200));
    expect(itemRows(el)).to.have.length(200);
    expect($(el, '.items').classList.contains('virtual')).to.equal(false);
  });
});

describe('<pledge-progress-table> themes', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  it('dark, with the stage colours overridable, accessible', async () => {
    const el = await mount({ section: 'pledges', lang: 'en', theme: 'dark' }, sampleDocument());
    expect(getComputedStyle($(el, '.seg.k-done')).backgroundColor).to.equal('rgb(76, 194, 107)');
    el.style.setProperty('--crk-color-done', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.seg.k-done')).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.style.removeProperty('--crk-color-done');
    await expect(el).to.be.accessible();
  });
});

describe('<pledge-progress-table> story data', function () {
  // Generous: the machine may be busy; the timings that matter are measured by the benchmark.
  this.timeout(60000);
  it('19 audit items in three categories: counts agree, accessible', async () => {
    const el = await mount({ lang: 'ko' }, auditItems());
    expect($(el, '[role=alert]')).to.equal(null);
    expect($(el, '[role=status]').hidden).to.equal(true);
    expect(text($(el, '.lead'))).to.equal('19개 중 11개 완료 (57.9%)');
    expect([...$(el, 'table.cross').querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
      '시정·처리요구사항 9 0 0 0 9',
      '건의사항 2 5 0 0 7',
      '기타 0 0 2 1 3',
      '계 11 5 2 1 19',
    ]);
    await expect(el).to.be.accessible();
  });

  it('generated pledges load without problems', async () => {
    const el = await mount({ lang: 'en' }, generatedPledges(300));
    expect($(el, '[role=alert]')).to.equal(null);
    expect($(el, '.items').classList.contains('virtual')).to.equal(true);
    expect(generatedPledges(300)).to.deep.equal(generatedPledges(300));
  });
});

describe('<pledge-progress-table> other states', function () {
  this.timeout(60000);

  it('loading: busy, a placeholder, accessible', async () => {
    const real = window.fetch;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, fail) => init?.signal?.addEventListener('abort', () => fail(new DOMException('Aborted', 'AbortError'))));
    try {
      const el = document.createElement('pledge-progress-table');
      el.setAttribute('src', '/never.json');
      fixtureSync(html`<div></div>`).append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role=progressbar]')).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      window.fetch = real;
    }
  });

  it('warnings: the disputed total is marked and the figures still shown, accessible', async () => {
    const doc = sampleDocument();
    (doc.sections.find((s) => s.id === 'pledges') as PledgeSection).total = 13;
    const el = await mount({ section: 'pledges', lang: 'ko' }, doc);
    expect($(el, '[role=status]').hidden).to.equal(false);
    // The shares divide by the stated total, as the report did.
    expect(text($(el, '.lead'))).to.equal('13개 중 6개 완료 (46.2%)');
    expect($(el, '.disputed')).to.exist;
    expect(itemRows(el)).to.have.length(12);
    await expect(el).to.be.accessible();
  });

  it('error: an alert, no tables, accessible', async () => {
    const doc = sampleDocument();
    (doc.sections.find((s) => s.id === 'pledges') as PledgeSection).items![0]!.status = 'finished';
    const el = await mount({ section: 'pledges', lang: 'en' }, doc);
    expect(text($(el, '[role=alert] code'))).to.equal('/sections/3/items/0/status');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
