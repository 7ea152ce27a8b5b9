import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/budget-execution-chart.js';
import type { BudgetExecutionChart } from '../../src/elements.js';
import type { BudgetSection, ReportDocument } from '../../src/schema/types.js';
import { sampleDocument } from '../fixtures/sample.js';
import { openTable } from '../fixtures/open-table.js';

const root = (el: Element) => el.shadowRoot!;
const qa = <E extends Element = Element>(el: Element, s: string) => [...root(el).querySelectorAll<E>(s)];
const bars = (el: Element) => qa<SVGGElement>(el, 'g.bar');
const names = (el: Element) => bars(el).map((b) => b.getAttribute('aria-label')!.split(', ')[0]);
const width = (r: Element | undefined) => Number(r!.getAttribute('width'));
/** The labels of a bar: the group beside its focusable group. */
const labels = (b: Element) => b.nextElementSibling!;
const tooltip = (el: Element) => root(el).querySelector('.tooltip');

let errors: unknown[] = [];
const realError = console.error;
const onError = (e: ErrorEvent) => errors.push(e.message);
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    realError(...args);
  };
  window.addEventListener('error', onError);
});
afterEach(() => {
  console.error = realError;
  window.removeEventListener('error', onError);
  expect(errors, 'no console errors').to.deep.equal([]);
});

async function mount(
  attrs: Record<string, string>,
  data: unknown = sampleDocument(),
  box = 'width: 800px',
): Promise<BudgetExecutionChart> {
  const el = document.createElement('budget-execution-chart');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const done = oneEvent(el, 'report-load');
  el.data = data as ReportDocument;
  // fixtureSync: fixture() waits a frame for a plain element, and a background test tab gets none.
  const host = fixtureSync(html`<div style=${box}></div>`);
  host.append(el);
  await done;
  await el.updateComplete;
  return el;
}

/** Ratio of two numbers, to compare bar widths with amounts. */
const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 0.01);

describe('<budget-execution-chart> execution', function () {
  this.timeout(30000);
  it('draws one bar per item: budget as the track, executed as the fill, in proportion', async () => {
    const el = await mount({ lang: 'ko' });
    expect(el.shadowRoot!.querySelector('svg[part=chart]')).to.exist;
    expect(names(el)).to.deep.equal(['인건비', '기본경비', '구정 홍보', '주민참여예산 사업', '청년 일자리 지원', '예비비']);
    const items = (sampleDocument().sections[0] as BudgetSection).items!;
    const tracks = bars(el).map((b) => width(b.querySelector('rect.track')!));
    const fills = bars(el).map((b) => width(b.querySelector('rect.fill')!));
    items.forEach((item, i) => {
      close(tracks[i]! / tracks[5]!, item.budget / items[5]!.budget);
      close(fills[i]! / tracks[i]!, item.executed! / item.budget);
    });
    const rates = bars(el).map((b) => labels(b).querySelector('text.rate')!.textContent);
    expect(rates).to.deep.equal(['82.9%', '71.7%', '55.2%', '27.7%', '81.0%', '0.0%']);
    expect(labels(bars(el)[0]!).querySelector('text.amounts')!.textContent).to.equal('1,032,150 / 1,245,300');
    expect(root(el).querySelector('text.header')!.textContent).to.contain('계').and.contain('41.3%');
    expect(root(el).querySelector('.unit')!.textContent).to.equal('(단위: 천원)');
    // No more nodes than it draws: a bar is its hit area and two rects beside three labels; the grid is one path.
    expect([...bars(el)[0]!.children].map((c) => c.getAttribute('class'))).to.deep.equal(['hit', 'track', 'fill']);
    expect([...labels(bars(el)[0]!).children].map((c) => c.getAttribute('class'))).to.deep.equal(['name', 'amounts', 'rate out']);
    expect(qa(el, '.grid')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('names each bar in the UI language with the numbers as shown', async () => {
    const ko = await mount({ lang: 'ko' });
    expect(bars(ko)[0]!.getAttribute('aria-label')).to.equal('인건비, 예산액 1,245,300, 집행액 1,032,150, 집행률 82.9%');
    const en = await mount({ lang: 'en' });
    expect(bars(en)[0]!.getAttribute('aria-label')).to.equal(
      'Personnel, budget 1,245,300, executed 1,032,150, execution rate 82.9%',
    );
    expect(bars(en)[2]!.getAttribute('aria-label')).to.contain('3 sub-items');
    expect(root(en).textContent).not.to.match(/[가-힣]/);
  });

  it('marks items strictly below low-rate with an icon and words', async () => {
    const el = await mount({ 'low-rate': '27.7' });
    expect(qa(el, 'text.low').map((t) => t.textContent)).to.deep.equal(['⚠ 0.0% 집행 부진']);
    el.lowRate = 30;
    await el.updateComplete;
    expect(qa(el, 'text.low')).to.have.length(2);
    expect(bars(el)[3]!.getAttribute('aria-label')).to.contain('27.7% (집행 부진)');
    await expect(el).to.be.accessible();
  });

  it('sorts by an attribute, missing values last, names with the collator', async () => {
    const el = await mount({ sort: '-rate' });
    expect(names(el)).to.deep.equal(['인건비', '청년 일자리 지원', '기본경비', '구정 홍보', '주민참여예산 사업', '예비비']);
    el.sort = 'name';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['구정 홍보', '기본경비', '예비비', '인건비', '주민참여예산 사업', '청년 일자리 지원']);
    el.sort = 'budget';
    await el.updateComplete;
    expect(names(el)[0]).to.equal('기본경비');
  });

  it('drills down into an item with children and back, sorting within the level', async () => {
    const el = await mount({ sort: '-budget' });
    const publicity = bars(el).find((b) => b.dataset['key'] === '/items/2')!;
    expect(publicity.getAttribute('role')).to.equal('button');
    publicity.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['구 소식지 발간', '온라인 홍보', '주민 참여 행사']);
    expect(root(el).querySelector('text.header')!.textContent).to.contain('구정 홍보').and.contain('55.2%');
    expect(root(el).querySelector('#summary')!.textContent).to.contain('구정 홍보');
    await expect(el).to.be.accessible();
    const back = root(el).querySelector<HTMLButtonElement>('button.back')!;
    back.click();
    await waitUntil(() => bars(el).length === 6);
    await waitUntil(() => root(el).activeElement?.getAttribute('data-key') === '/items/2');
  });

  it('keyboard: one tab stop, arrows, Home/End, Enter opens, Escape closes the tooltip', async () => {
    const el = await mount({});
    expect(bars(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1', '-1']);
    // A background test tab gets no focus events; what the keys do must not depend on them.
    bars(el)[0]!.focus();
    expect(root(el).activeElement).to.equal(bars(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(bars(el)[1]);
    expect(bars(el)[1]!.getAttribute('tabindex')).to.equal('0');
    expect(tooltip(el)!.textContent).to.contain('기본경비');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(bars(el)[5]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(bars(el)[0]);
    expect(tooltip(el)!.textContent).to.contain('인건비').and.contain('82.9%');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bars(el).length === 3);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(bars(el)[0]);
    await expect(el).to.be.accessible();
  });

  it('Tab reaches the first bar directly, and leaves the bars with one more Tab', async () => {
    // Chromium makes an SVG element with focus listeners a tab stop of its own: the chart's
    // listeners sit on the HTML box around it.
    const el = await mount({});
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(root(el).activeElement).to.equal(bars(el)[0]);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.localName).to.equal('summary');
    } finally {
      before.remove();
    }
  });

  it('shows a tooltip on hover', async () => {
    const el = await mount({});
    bars(el)[3]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)!.textContent).to.contain('주민참여예산 사업').and.contain('500,000');
    bars(el)[3]!.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: root(el).querySelector('svg') }));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('describes the chart with a generated summary: total rate, lowest and highest, as-of date', async () => {
    const el = await mount({ lang: 'en' });
    const summary = root(el).querySelector('[part=summary]')!;
    expect(root(el).querySelector('svg')!.getAttribute('aria-describedby')).to.equal(summary.id);
    expect(summary.textContent).to.contain('41.3%').and.contain('Reserve fund (0.0%)').and.contain('Personnel (82.9%)');
    expect(summary.textContent).to.contain('31 Oct 2024');
    expect(summary.textContent).to.contain('4,952,900 KRW thousand');
    const ko = await mount({ lang: 'ko' });
    expect(root(ko).querySelector('[part=summary]')!.textContent).to.match(/^예산 4,952,900천원 중 2,043,215천원 집행/);
  });

  it('keeps the table with every figure, derived ones included, behind a visible toggle', async () => {
    const el = await mount({});
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('표로 보기');
    expect(qa(el, 'table'), 'built when first opened').to.have.length(0);
    const toggled = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await toggled;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const rows = qa(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['계', '4,952,900', '2,043,215', '41.3%', '2,909,685', '']);
    expect(rows[1]).to.deep.equal(['인건비', '1,245,300', '1,032,150', '82.9%', '213,150', '']);
    expect(rows[5]).to.deep.equal(['온라인 홍보', '120,200', '58,575', '48.7%', '61,625', '']);
    expect(rows).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('exports CSV, and an SVG of what it draws', async () => {
    const el = await mount({});
    const lines = el.toCSV().slice(1).split('\r\n');
    expect(lines[0]).to.equal('구분,예산액(천원),집행액(천원),집행률(%),잔액(천원),비고');
    expect(lines[2]).to.equal('인건비,1245300,1032150,82.9,213150,');
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('예산 집행현황 (단위: 천원)');
    expect(doc.querySelector('desc')!.textContent).to.contain('41.3%');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('82.9%').and.include('인건비');
    // 6 tracks, 6 fills, 2 legend keys, the background.
    expect(doc.querySelectorAll('rect')).to.have.length(15);
  });

  it('saves a PNG, and shows a visible error where the page blocks the image', async () => {
    const el = await mount({});
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      expect(await el.downloadPNG()).to.equal(true);
      expect(saved).to.deep.equal(['budget.png']);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const create = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:blocked';
    try {
      expect(await el.downloadPNG()).to.equal(false);
    } finally {
      URL.createObjectURL = create;
    }
    await el.updateComplete;
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('PNG');
    await expect(el).to.be.accessible();
  });
});

describe('<budget-execution-chart> trend', () => {
  it('draws budget and executed per period, and the rate as a line on its own axis', async () => {
    const el = await mount({ section: 'budget-trend' });
    expect(names(el)).to.deep.equal(['2020', '2021', '2022', '2023']);
    const series = (sampleDocument().sections[1] as BudgetSection).series!;
    const heights = bars(el).map((b) => [b.querySelector('rect.budget')!, b.querySelector('rect.exec')!].map((r) => Number(r.getAttribute('height'))));
    series.forEach((p, i) => close(heights[i]![1]! / heights[i]![0]!, p.executed! / p.budget));
    close(heights[3]![0]! / heights[0]![0]!, series[3]!.budget / series[0]!.budget);
    const d = root(el).querySelector('path.line')!.getAttribute('d')!;
    expect(d.match(/[ML]/g)).to.deep.equal(['M', 'L', 'L', 'L']);
    expect(qa(el, 'g.bar + g text.rate').map((t) => t.textContent)).to.deep.equal(['93.3%', '95.0%', '91.4%', '94.9%']);
    expect(qa(el, 'text.tick.rate').map((t) => t.textContent)).to.include('100.0%');
    expect(root(el).querySelector('#summary')!.textContent).to.contain('93.3%').and.contain('94.9%');
    await expect(el).to.be.accessible();
  });
});

describe('<budget-execution-chart> year over year', () => {
  it('draws previous and current side by side on one scale, with the change', async () => {
    const el = await mount({ section: 'programmes' });
    const items = (sampleDocument().sections[2] as BudgetSection).items!;
    expect(names(el)).to.deep.equal(items.map((i) => (i.name as { ko: string }).ko));
    const cur = bars(el).map((b) => width(b.querySelector('rect.cur')!));
    const prev = bars(el).map((b) => width(b.querySelector('rect.prev')!));
    items.forEach((item, i) => {
      close(cur[i]! / cur[0]!, item.budget / items[0]!.budget);
      close(prev[i]! / cur[0]!, item.previousBudget! / items[0]!.budget);
    });
    const changes = bars(el).map((b) => labels(b).querySelector('text.change')!.textContent);
    expect(changes).to.deep.equal(['+70,000', '+200,000', '+131,500', '+50,000', '△18,040', '△1,500']);
    // The short bar of 기록물 관리 is labelled outside it.
    const label = labels(bars(el)[5]!).querySelector('text.value.out')!;
    expect(Number(label.getAttribute('x'))).to.be.greaterThan(cur[5]!);
    expect(bars(el)[4]!.getAttribute('aria-label')).to.contain('증감 마이너스 18,040');
    await expect(el).to.be.accessible();
  });

  it('folds small items into one focusable bar that expands', async () => {
    const el = await mount({ section: 'programmes', 'fold-below': '0.2' });
    expect(names(el)).to.deep.equal(['내부거래지출', '예비비', '청년 일자리 지원', '그 외 3개 항목']);
    const fold = bars(el)[3]!;
    expect(fold.getAttribute('aria-expanded')).to.equal('false');
    expect(fold.getAttribute('aria-label')).to.contain('예산액 925,800').and.contain('Enter로 펼치기');
    fold.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['내부거래지출', '예비비', '청년 일자리 지원', '그 외 3개 항목', '주민참여예산 사업', '구정 홍보', '기록물 관리']);
    expect(bars(el)[3]!.getAttribute('aria-expanded')).to.equal('true');
    expect(bars(el)[3]!.getAttribute('aria-label'), 'open: no hint to open it').not.to.contain('Enter');
    await expect(el).to.be.accessible();
  });

  it('shows the summary with △ and speaks it with 마이너스', async () => {
    const el = await mount({ section: 'programmes' });
    const p = root(el).querySelector('#summary')!;
    expect(root(el).querySelector('svg')!.getAttribute('aria-describedby')).to.equal('summary');
    expect(p.querySelector('[aria-hidden="true"]')!.textContent).to.contain('구정 홍보 (△18,040천원)');
    expect(p.querySelector('.visually-hidden')!.textContent).to.contain('구정 홍보 (마이너스 18,040천원)').and.not.contain('△');
    await expect(el).to.be.accessible();
  });

  it('sorts by change, decreases first', async () => {
    const el = await mount({ section: 'programmes', sort: 'change' });
    expect(names(el).slice(0, 2)).to.deep.equal(['구정 홍보', '기록물 관리']);
  });
});

describe('<budget-execution-chart> size', () => {
  it('takes its container width from the first render, and follows it', async () => {
    const el = await mount({}, sampleDocument(), 'width: 320px');
    expect(width(root(el).querySelector('svg')!)).to.equal(320);
    const long = bars(el).find((b) => b.getAttribute('aria-label')!.startsWith('주민참여예산 사업'))!;
    expect(labels(long).querySelector('text.name')!.textContent).to.equal('주민참여예산 사업');
    expect(long.querySelector('title'), 'a name shown in full needs no title').to.equal(null);
    await expect(el).to.be.accessible();
    (el.parentElement as HTMLElement).style.width = '600px';
    // A ResizeObserver reports at the next frame, which a background test tab may never get;
    // the element also measures after each update.
    el.requestUpdate();
    await waitUntil(() => width(root(el).querySelector('svg')!) === 600, 'follows the container', { timeout: 3000 });
  });

  it('truncates a long name at 320 px with the full name reachable', async () => {
    const doc = sampleDocument();
    (doc.sections[0] as BudgetSection).items![3]!.name = '주민참여예산 사업 중 마을공동체 활성화 및 생활환경 개선 사업';
    const el = await mount({}, doc, 'width: 320px');
    const bar = bars(el)[3]!;
    expect(labels(bar).querySelector('text.name')!.textContent).to.match(/…$/);
    expect(bar.getAttribute('aria-label')).to.contain('주민참여예산 사업 중 마을공동체 활성화 및 생활환경 개선 사업');
    expect(bar.querySelector('title')!.textContent).to.equal('주민참여예산 사업 중 마을공동체 활성화 및 생활환경 개선 사업');
  });

  it('fits a host with a set height down to a readable band, then scrolls; an unsized host grows', async () => {
    const free = await mount({});
    expect(Number(bars(free)[0]!.querySelector('.hit')!.getAttribute('height'))).to.equal(44);
    const el = await mount({ style: 'height: 300px' });
    await waitUntil(() => Number(bars(el)[0]!.querySelector('.hit')!.getAttribute('height')) === 32, 'fits', {
      timeout: 3000,
    });
    const plot = root(el).querySelector<HTMLElement>('.plot')!;
    await waitUntil(() => plot.scrollHeight > plot.clientHeight, 'scrolls', { timeout: 3000 });
  });
});

describe('<budget-execution-chart> states', () => {
  it('with nothing to draw, says so instead of an empty plot, table or export', async () => {
    const cases: [Record<string, string>, unknown, string][] = [
      [{ lang: 'ko' }, { kind: 'budget-execution', title: '예산', items: [] }, '표시할 항목(items)이 없습니다.'],
      [{ lang: 'en', mode: 'trend' }, { kind: 'budget-execution', title: 'Budget', items: [{ name: 'a', budget: 1, executed: 1 }] }, 'There are no periods (series) to show.'],
    ];
    for (const [attrs, data, sentence] of cases) {
      const el = await mount(attrs, data as ReportDocument);
      expect(root(el).querySelector('#summary')!.textContent).to.equal(sentence);
      expect(root(el).querySelector('svg, details, button')).to.equal(null);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    }
  });

  it('dark, warnings and English are accessible', async () => {
    const doc = sampleDocument();
    (doc.sections[0] as BudgetSection).total!.budget = 1;
    for (const attrs of [{ theme: 'dark' }, { lang: 'en', 'low-rate': '50' }, {}] as Record<string, string>[]) {
      const el = await mount(attrs, doc);
      await expect(el).to.be.accessible();
      el.parentElement!.remove();
    }
    await aTimeout(0);
  });
});

describe('<budget-execution-chart> long charts: only the bars near the view are drawn', function () {
  this.timeout(30000);
  const N = 1000;
  const long = (): ReportDocument => {
    const doc = sampleDocument();
    const section = doc.sections[0] as BudgetSection;
    section.items = Array.from({ length: N }, (_, i) => ({ name: `사업 ${i + 1}`, budget: 1000 + ((i * 7919) % 5000), executed: 500 + ((i * 104729) % 500) }));
    delete section.total;
    return doc;
  };
  const drawnIndexes = (el: Element) => bars(el).map((b) => Number(b.dataset['i']));

  it('draws a window of bars that follows the scroll; the keyboard reaches the last bar', async () => {
    const el = await mount({ style: 'height: 500px' }, long());
    const plot = root(el).querySelector<HTMLElement>('.plot')!;
    await waitUntil(() => plot.scrollHeight > plot.clientHeight, 'the plot scrolls');
    const first = drawnIndexes(el);
    expect(first[0]).to.equal(0);
    expect(first.length).to.be.greaterThan(5).and.lessThan(200);
    expect(new Set(qa(el, 'g.bar + g text.name').map((t) => t.textContent))).to.include('사업 1');
    // The middle of the plot: its bars are drawn after the scroll.
    plot.scrollTop = plot.scrollHeight / 2;
    plot.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    const middle = drawnIndexes(el);
    expect(middle.length).to.be.lessThan(200);
    expect(middle).to.include(Math.round(N / 2));
    expect(middle).not.to.include(0.9 * N);
    // The tab stop stays drawn wherever the view is, and End moves focus to the last bar.
    expect(middle).to.include(0);
    bars(el).find((b) => b.dataset['i'] === '0')!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => root(el).activeElement?.getAttribute('data-i') === String(N - 1), 'the last bar has focus');
    expect(root(el).activeElement!.getAttribute('aria-label')).to.equal(`사업 ${N}, 예산액 ${(1000 + (((N - 1) * 7919) % 5000)).toLocaleString('en')}, 집행액 ${500 + (((N - 1) * 104729) % 500)}, 집행률 ${root(el).activeElement!.getAttribute('aria-label')!.split('집행률 ')[1]}`);
    await expect(el).to.be.accessible();
  });

  it('draws every bar for print, and every item is in the table, the CSV and the SVG', async () => {
    const el = await mount({ style: 'height: 500px' }, long());
    expect(bars(el).length).to.be.lessThan(200);
    window.dispatchEvent(new Event('beforeprint'));
    expect(bars(el), 'drawn before the page is laid out for paper').to.have.length(N);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(bars(el).length).to.be.lessThan(200);
    expect(el.toCSV().trim().split('\r\n'), 'header, 계 and the items').to.have.length(N + 2);
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect([...svg.querySelectorAll('text')].filter((t) => /^사업 \d+$/.test(t.textContent!))).to.have.length(N);
    await openTable(el);
    expect(qa(el, 'tbody tr'), '계 and the items').to.have.length(N + 1);
  });
});

describe('<budget-execution-chart> forced colours and print', () => {
  afterEach(async () => {
    await executeServerCommand('forced-colors', { active: false });
    await emulateMedia({ media: 'screen' });
  });

  it('draws with system colours in a forced-colours mode: marks, texts and the focus ring', async () => {
    const el = await mount({});
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const bar = bars(el)[0]!;
    const style = (s: string) => getComputedStyle(root(el).querySelector(s)!);
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (c: string) => ((probe.style.color = c), getComputedStyle(probe).color);
    expect(style('rect.fill').fill).to.equal(system('CanvasText'));
    expect(style('rect.track').fill).to.equal(system('Canvas'));
    expect(style('rect.track').stroke).to.equal(system('CanvasText'));
    expect(style('text.name').fill).to.equal(system('CanvasText'));
    bar.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = root(el).activeElement!;
    expect(getComputedStyle(focused.querySelector('.hit')!).stroke).to.equal(system('Highlight'));
    // A trend's legend: executed solid, budget hollow, the rate a dashed outline.
    const trend = await mount({ section: 'budget-trend' });
    const key = (c: string) => getComputedStyle(root(trend).querySelector(`rect.${c}`)!);
    expect([key('exec').fill, key('budget').fill, key('rate').fill]).to.deep.equal([system('CanvasText'), system('Canvas'), system('Canvas')]);
    expect(key('rate').strokeDasharray).not.to.equal('none');
    expect(key('budget').strokeDasharray).to.equal('none');
    probe.remove();
    await expect(el).to.be.accessible();
  });

  it('prints the chart whole: no scroll box, no tooltip', async () => {
    const el = await mount({ style: 'height: 200px' });
    bars(el)[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)).to.exist;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(tooltip(el)!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.plot')!).overflow).to.equal('visible');
    expect(getComputedStyle(root(el).querySelector('svg')!).breakInside).to.equal('avoid');
  });
});

describe('<budget-execution-chart> edge cases', function () {
  this.timeout(30000);
  const doc = (section: Partial<BudgetSection>): ReportDocument => ({
    schemaVersion: '1.0',
    meta: { title: 'T', locale: 'ko-KR' },
    sections: [{ id: 'b', kind: 'budget-execution', scale: 1000, ...section } as BudgetSection],
  });
  const summary = (el: Element) => root(el).querySelector('#summary')!.textContent!;

  it('a low rate written inside its bar takes the bar text colour, light and dark', async () => {
    const data = doc({ items: [{ name: '큰 항목', budget: 1000, executed: 900 }, { name: '작은 항목', budget: 300, executed: 100 }] });
    for (const theme of ['light', 'dark']) {
      const el = await mount({ 'low-rate': '95', theme }, data, 'width: 600px');
      const inside = root(el).querySelector('text.rate.low.in')!;
      expect(inside.textContent).to.equal('⚠ 90.0% 집행 부진');
      const onBar = getComputedStyle(root(el).querySelector('text.in:not(.low)') ?? inside).fill;
      const outside = root(el).querySelector('text.rate.low.out')!;
      expect(getComputedStyle(inside).fill).to.equal(onBar);
      expect(getComputedStyle(inside).fill).not.to.equal(getComputedStyle(outside).fill);
      await expect(el).to.be.accessible();
    }
  });

  it('opening a folded item with children focuses its first child', async () => {
    const data = doc({
      items: [
        { name: 'Big', budget: 1000, previousBudget: 900 },
        { name: 'Mid', budget: 600, previousBudget: 500 },
        { name: 'Small1', budget: 10, previousBudget: 12 },
        { name: 'Small2', budget: 20, previousBudget: 15, children: [{ name: 'C1', budget: 5, previousBudget: 5 }, { name: 'C2', budget: 15, previousBudget: 10 }] },
      ],
    });
    const el = await mount({ 'fold-below': '0.1' }, data);
    bars(el)[0]!.focus();
    for (const key of ['End', 'Enter', 'End', 'Enter']) {
      await sendKeys({ press: key });
      await el.updateComplete;
    }
    expect(names(el)).to.deep.equal(['C1', 'C2']);
    await waitUntil(() => root(el).activeElement === bars(el)[0], 'the first child has the focus');
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(bars(el)[1]);
  });

  it(`a trend's table is named like the chart and has the periods' notes`, async () => {
    const doc = sampleDocument();
    (doc.sections[1] as BudgetSection).series![2]!.note = '추경 반영';
    const el = await mount({ section: 'budget-trend' }, doc);
    const table = (await openTable(el))!;
    expect(table.querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('연도별 집행현황 (단위: 천원)');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()).at(-1)).to.equal('비고');
    expect(table.querySelectorAll('tbody tr')[2]!.lastElementChild!.textContent).to.equal('추경 반영');
  });

  it('keeps a trend in time order whatever the sort, and its summary says first → last', async () => {
    const el = await mount({ section: 'budget-trend', sort: '-rate' });
    expect(names(el)).to.deep.equal(['2020', '2021', '2022', '2023']);
    expect(summary(el)).to.contain('2020 (93.3%) → 2023 (94.9%)');
  });

  it('a summary speaks of every item, whether the small ones are folded or not', async () => {
    const el = await mount({ section: 'programmes', 'fold-below': '0.2' });
    const folded = summary(el);
    expect(folded).to.contain('구정 홍보');
    bars(el)[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(names(el)).to.include('구정 홍보');
    expect(summary(el)).to.equal(folded);
  });

  it('the table and the CSV give a disputed rate as the report states it, marked', async () => {
    const data = doc({
      items: [{ name: '부모', budget: 100, executed: 60, rate: 50, children: [{ name: '자식1', budget: 50, executed: 30 }, { name: '자식2', budget: 50, executed: 30 }] }],
    });
    const el = await mount({}, data);
    const table = await openTable(el);
    const row = [...table!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.includes('부모'))!;
    const rate = row.querySelectorAll('td')[2]!;
    expect(rate.textContent).to.contain('50.0%');
    expect(rate.querySelector('.disputed, .visually-hidden')).not.to.equal(null);
    expect(el.toCSV().split('\r\n').find((l) => l.startsWith('부모'))).to.match(/^부모,100,60,50,40,/);
  });

  it('at 360 px a 12-year trend labels every other year or so, none cut to "…", rates apart', async () => {
    const series = Array.from({ length: 12 }, (_, i) => ({ period: String(2012 + i), budget: 3000000 + i * 150000, executed: 2700000 + i * 130000 }));
    const el = await mount({}, doc({ series }), 'width: 360px');
    const years = qa(el, 'g.bar + g text.tick').map((t) => t.textContent);
    expect(years.length).to.be.within(3, 11);
    for (const y of years) expect(y).to.match(/^20\d\d$/);
    const boxes = qa<SVGTextElement>(el, 'g.bar + g text.rate').map((t) => t.getBBox());
    expect(boxes.length).to.be.at.least(3);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x, 'rate labels do not overlap').to.be.at.least(boxes[i - 1]!.x + boxes[i - 1]!.width);
    await expect(el).to.be.accessible();
  });

  it('in a trend, low-rate marks the low periods with ⚠ and says in words what it means', async () => {
    const el = await mount({ section: 'budget-trend', 'low-rate': '94' });
    expect(qa(el, 'g.bar + g text.rate').map((t) => t.textContent)).to.deep.equal(['⚠ 93.3%', '95.0%', '⚠ 91.4%', '94.9%']);
    expect(root(el).querySelector('text.header')!.textContent).to.equal('⚠ 집행 부진: 집행률 < 94.0%');
  });

  it('English: one sub-item, the as-of date as a sentence, and a back button that names the level above', async () => {
    const data = doc({
      asOf: '2024-10-31',
      items: [
        { name: 'A', budget: 100, executed: 50, children: [{ name: 'A1', budget: 100, executed: 50, children: [{ name: 'A1a', budget: 100, executed: 50 }] }] },
        { name: 'B', budget: 100, executed: 40 },
      ],
    });
    const el = await mount({ lang: 'en' }, data);
    expect(bars(el)[0]!.getAttribute('aria-label')).to.contain('1 sub-item, press Enter');
    expect(summary(el)).to.match(/As of 31 Oct 2024\.$/);
    const open = async (i: number) => {
      bars(el)[i]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
    };
    await open(0);
    expect(root(el).querySelector('button.back')!.textContent).to.equal('← Back to all items');
    await open(0);
    expect(names(el)).to.deep.equal(['A1a']);
    expect(root(el).querySelector('button.back')!.textContent).to.equal('← Back to A');
    expect(root(el).querySelector('button.back [aria-hidden="true"]')!.textContent, 'the arrow is not read').to.equal('← ');
  });

  it('in a chart too low for a tooltip, the tooltip goes below its bar and the chart grows to hold it', async () => {
    const el = await mount({ 'low-rate': '50' }, doc({ items: [{ name: '단일 항목', budget: 100, executed: 40 }] }));
    const svg = root(el).querySelector('svg')!;
    const before = Number(svg.getAttribute('height'));
    bars(el)[0]!.focus();
    await el.updateComplete;
    const box = tooltip(el)!.querySelector('rect')!;
    const fill = bars(el)[0]!.querySelector('rect.fill')!;
    expect(Number(box.getAttribute('y'))).to.be.at.least(Number(fill.getAttribute('y')) + Number(fill.getAttribute('height')));
    expect(Number(svg.getAttribute('height'))).to.be.at.least(Number(box.getAttribute('y')) + Number(box.getAttribute('height')));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(Number(svg.getAttribute('height'))).to.equal(before);
  });

  it('a long unbroken name wraps in the summary instead of widening the page', async () => {
    const el = await mount({}, doc({ items: [{ name: 'x'.repeat(200), budget: 50, executed: 10 }, { name: 'y', budget: 40, executed: 30 }] }), 'width: 600px');
    const p = root(el).querySelector<HTMLElement>('#summary')!;
    expect(p.scrollWidth).to.be.at.most(p.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(601);
  });
});
