import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/staffing-grid.js';
import type { StaffingGrid } from '../../src/components/staffing-grid/staffing-grid.js';
import type { ReportDocument, StaffingSection } from '../../src/schema/types.js';
import { sampleDocument } from '../fixtures/sample.js';
import { manyUnits, smallSection } from '../unit/staffing-grid-fixture.js';

async function mount(attrs: Record<string, string>, data: unknown = sampleDocument()): Promise<StaffingGrid> {
  const el = document.createElement('staffing-grid');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const done = Promise.race([oneEvent(el, 'report-load'), oneEvent(el, 'report-error')]);
  el.data = data as ReportDocument;
  fixtureSync(html`<div></div>`).append(el);
  await done;
  await el.updateComplete;
  return el;
}

const $ = (el: StaffingGrid, sel: string) => el.shadowRoot!.querySelector(sel)!;
const $$ = (el: StaffingGrid, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A cell's shown (not spoken) figures, its lines joined and the ↓ / ↑ icons left out (tested on their own). */
const figures = (cell: Element) => {
  const shownPart = cell.querySelector('[aria-hidden=true]');
  return shownPart ? (shownPart.textContent ?? '').replace(/[\n↓↑]/g, '').trim() : text(cell);
};
/** What each rendered body row shows: its header, then each cell's figures. */
const shown = (el: StaffingGrid) => $$(el, 'tbody tr').map((tr) => [text(tr.querySelector('th')), ...[...tr.querySelectorAll('td')].map(figures)]);

/**
 * The header cells of a data cell by the HTML table model, as browsers expose them: the
 * table's slots filled from rowspan / colspan; row headers (`th scope="row"`) to its left in
 * its row, a cell spanning from an earlier row included; column headers (`th scope="col"`)
 * above it in its column, a cell spanning several columns included.
 */
function headersOf(td: HTMLTableCellElement): string[] {
  const table = td.closest('table')!;
  const rows = [...table.rows];
  const slots: HTMLTableCellElement[][] = rows.map(() => []);
  rows.forEach((tr, y) => {
    let x = 0;
    for (const cell of tr.cells) {
      while (slots[y]![x]) x++;
      for (let dy = 0; dy < cell.rowSpan; dy++) for (let dx = 0; dx < cell.colSpan; dx++) slots[y + dy]![x + dx] = cell;
      x += cell.colSpan;
    }
  });
  const y = rows.indexOf(td.parentElement as HTMLTableRowElement);
  const x = slots[y]!.indexOf(td);
  const found = new Set<HTMLTableCellElement>();
  for (let i = 0; i < x; i++) if (slots[y]![i]!.scope === 'row') found.add(slots[y]![i]!);
  for (let j = 0; j < y; j++) if (slots[j]![x]!.scope === 'col') found.add(slots[j]![x]!);
  return [...found].map(text);
}

// The sample (examples/report-2024.json, section `staffing`), diff view, Korean.
const SAMPLE_DIFF = [
  ['계', '26 / 27△1', '24 / 24', '1 / 1', '4 / 4', '6 / 6', '8 / 8', '3 / 3', '2 / 2', '2 / 3△1', '1 / 1', '1 / 2△1'],
  ['기획예산과', '14 / 14', '14 / 14', '1 / 1', '2 / 2', '4 / 4', '4 / 5△1', '2 / 1+1', '1 / 1', '-', '-', '-'],
  ['과장 직속', '1 / 1', '1 / 1', '1 / 1', '-', '-', '-', '-', '-', '-', '-', '-'],
  ['기획팀', '6 / 6', '6 / 6', '-', '1 / 1', '2 / 2', '1 / 2△1', '2 / 1+1', '-', '-', '-', '-'],
  ['예산팀', '7 / 7', '7 / 7', '-', '1 / 1', '2 / 2', '3 / 3', '-', '1 / 1', '-', '-', '-'],
  ['비서실', '4 / 5△1', '2 / 2', '-', '1 / 1', '-', '1 / 1', '-', '-', '2 / 3△1', '1 / 1', '1 / 2△1'],
  ['홍보과', '8 / 8', '8 / 8', '-', '1 / 1', '2 / 2', '3 / 2+1', '1 / 2△1', '1 / 1', '-', '-', '-'],
];

/** One figure of the expected diff matrix: 0 current, 1 authorized. */
const pick = (i: 0 | 1) => SAMPLE_DIFF.map(([h, ...cells]) => [h, ...cells.map((c) => (c === '-' ? '-' : c.split(/[△+]/)[0]!.split(' / ')[i]!))]);

describe('<staffing-grid> with the sample report', function () {
  // axe over a table of a few hundred cells takes seconds on a busy machine.
  this.timeout(40000);
  it('shows every cell, subtotal and total, with △ for a shortage and + for a surplus', async () => {
    const el = await mount({ lang: 'ko' });
    expect(shown(el)).to.deep.equal(SAMPLE_DIFF);
    expect(text($(el, 'caption'))).to.equal('인력 현황 (현원 / 정원, 과부족)');
    expect(text($(el, '[part=summary]'))).to.equal('현원 26명 / 정원 27명, 1명 부족: 별정직 6급상당 1명');
    expect($(el, 'table').getAttribute('aria-describedby')).to.equal('summary');
    await expect(el).to.be.accessible();
  });

  it('a view it does not know shows the default view, diff', async () => {
    const el = await mount({ lang: 'ko', view: 'bogus' });
    expect(shown(el)).to.deep.equal(SAMPLE_DIFF);
    expect(text($(el, 'caption'))).to.equal('인력 현황 (현원 / 정원, 과부족)');
    expect(($(el, 'input[value=diff]') as HTMLInputElement).checked).to.equal(true);
  });

  it('has a two-level header: groups over 소계 and grades, 계 beside them', async () => {
    const el = await mount({ lang: 'ko' });
    const rows = $$(el, 'thead tr').map((tr) => [...tr.children].map((th) => [text(th), th.getAttribute('scope'), th.getAttribute('colspan') ?? th.getAttribute('rowspan')]));
    expect(rows).to.deep.equal([
      [['부서', 'col', '2'], ['계', 'col', '2'], ['일반직', 'col', '7'], ['별정직', 'col', '3']],
      [['소계', 'col', '1'], ['4급', 'col', '1'], ['5급', 'col', '1'], ['6급', 'col', '1'], ['7급', 'col', '1'], ['8급', 'col', '1'], ['9급', 'col', '1'], ['소계', 'col', '1'], ['5급상당', 'col', '1'], ['6급상당', 'col', '1']],
    ]);
  });

  it('associates each cell with its unit, group and grade headers', async () => {
    const el = await mount({ lang: 'ko' });
    const row = $$(el, 'tbody tr')[5]!; // 비서실
    const cells = [...row.querySelectorAll('td')];
    expect(cells.map(headersOf)).to.deep.equal([
      ['비서실', '계'],
      ['비서실', '일반직', '소계'],
      ...['4급', '5급', '6급', '7급', '8급', '9급'].map((g) => ['비서실', '일반직', g]),
      ['비서실', '별정직', '소계'],
      ['비서실', '별정직', '5급상당'],
      ['비서실', '별정직', '6급상당'],
    ]);
    // No cell names its headers by id: every header is `scope`d, every data cell has one row header.
    expect($$(el, '[headers]')).to.have.length(0);
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'tbody tr').every((tr) => tr.querySelectorAll('th[scope=row]').length === 1)).to.equal(true);
    // Each cell says its figures in words; what it shows (△, arrows, -) is hidden from assistive technology.
    const spoken = (td: Element) => text(td.querySelector('.visually-hidden'));
    expect(spoken(cells[10]!)).to.equal('현원 1, 정원 2, 1명 부족');
    expect(cells.every((td) => td.children.length === 2 && td.firstElementChild!.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const ids = $$(el, '[id]').map((n) => n.id);
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  });

  it('marks shortage and surplus with a class for the icon and colour, not colour alone', async () => {
    const el = await mount({ lang: 'ko' });
    const row = $$(el, 'tbody tr')[1]!; // 기획예산과: 7급 △1, 8급 +1
    const [g7, g8] = [row.querySelectorAll('td')[5]!, row.querySelectorAll('td')[6]!];
    expect([...g7.classList].slice(0, 2)).to.deep.equal(['short', 'd']);
    expect([...g8.classList].slice(0, 2)).to.deep.equal(['over', 'd']);
    // Shown as two lines: the figures, then the icon and the signed difference; hidden from
    // assistive technology, which reads the words instead.
    expect([g7.querySelector('[aria-hidden=true]')!.textContent, g8.querySelector('[aria-hidden=true]')!.textContent]).to.deep.equal(['4 / 5\n↓△1', '2 / 1\n↑+1']);
    expect(getComputedStyle(g7.querySelector('[aria-hidden=true]')!).whiteSpace).to.equal('pre');
    expect(getComputedStyle(g7).color).not.to.equal(getComputedStyle(g8).color);
    // The first line keeps the text colour: only the difference is coloured.
    const plain = getComputedStyle(row.querySelector('th')!).color;
    expect([getComputedStyle(g7, '::first-line').color, getComputedStyle(g8, '::first-line').color]).to.deep.equal([plain, plain]);
    expect(getComputedStyle(g7).color).not.to.equal(plain);
  });

  it('in English with the minus style: −1, +1 and English words', async () => {
    const el = await mount({ lang: 'en', 'negative-style': 'minus' });
    expect(shown(el)[0]).to.deep.equal(['Total', '26 / 27−1', '24 / 24', '1 / 1', '4 / 4', '6 / 6', '8 / 8', '3 / 3', '2 / 2', '2 / 3−1', '1 / 1', '1 / 2−1']);
    expect(text($(el, '[part=summary]'))).to.equal('Current 26 / authorized 27, 1 short: Special service Grade 6 equiv. 1');
    expect(text($$(el, 'tbody tr')[0]!.querySelector('td .visually-hidden'))).to.equal('Current 26, Authorized 27, 1 short');
    await expect(el).to.be.accessible();
  });

  it('view="current" and view="authorized" show one figure per cell', async () => {
    const el = await mount({ lang: 'ko', view: 'current' });
    expect(shown(el)).to.deep.equal(pick(0));
    expect(text($(el, 'caption'))).to.equal('인력 현황 (현원)');
    // A count reads as it shows, so it is the cell's own text; a `-` shows and is read as 0.
    const cells = $$(el, 'tbody td');
    const [plain, split] = [cells.filter((td) => !td.children.length), cells.filter((td) => td.children.length)];
    expect(plain.length).to.be.greaterThan(0);
    expect(plain.every((td) => /^[1-9][\d,]*$/.test(text(td)))).to.equal(true);
    expect(split.length).to.be.greaterThan(0);
    expect(split.map((td) => [text(td.querySelector('[aria-hidden=true]')), text(td.querySelector('.visually-hidden'))])).to.deep.equal(split.map(() => ['-', '0']));
    await expect(el).to.be.accessible();
    el.view = 'authorized';
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(pick(1));
    expect(el.getAttribute('view')).to.equal('authorized');
    await expect(el).to.be.accessible();
  });

  it('view="vacancy" shows vacancy rates, negative for a surplus, - where nothing is authorized', async () => {
    const el = await mount({ lang: 'ko', view: 'vacancy' });
    const rows = shown(el);
    expect(rows[0]).to.deep.equal(['계', '3.7%', '0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '33.3%', '0.0%', '50.0%']);
    expect(rows[1]).to.deep.equal(['기획예산과', '0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '20.0%', '△100.0%', '0.0%', '-', '-', '-']);
    expect(text($(el, 'caption'))).to.equal('인력 현황 (결원율)');
    await expect(el).to.be.accessible();
  });

  it('heat shades cells by vacancy rate, accessible in light and dark', async () => {
    const el = await mount({ lang: 'ko', view: 'vacancy', heat: '' });
    const [plain, shaded] = [$$(el, 'tbody tr')[0]!.querySelectorAll('td')[1]!, $$(el, 'tbody tr')[0]!.querySelectorAll('td')[8]!];
    expect(shaded.className).to.equal('short h3');
    expect(getComputedStyle(shaded).backgroundColor).not.to.equal(getComputedStyle(plain).backgroundColor);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('with heat, a legend says in words and numbers which vacancy rates each shade stands for', async () => {
    const el = await mount({ lang: 'ko', view: 'vacancy', heat: '' });
    const legend = $(el, '[part=legend]');
    expect(text(legend)).to.equal(
      '음영: 결원율 결원 10% 미만 결원 10% 이상 25% 미만 결원 25% 이상 50% 미만 결원 50% 이상 초과 10% 미만 초과 10% 이상',
    );
    const swatches = [...legend.querySelectorAll('.sw')];
    expect(swatches.map((sw) => sw.className)).to.deep.equal(['sw h1', 'sw h2', 'sw h3', 'sw h4', 'sw o1', 'sw o2']);
    // A swatch has the shade of the cells it names: 별정직 5급상당 is 33.3% vacant (h3), 6급상당 50% (h4).
    const [h3, h4] = [8, 10].map((k) => $$(el, 'tbody tr')[0]!.querySelectorAll('td')[k]!);
    expect([h3!.className, h4!.className]).to.deep.equal(['short h3', 'short h4']);
    const bg = (n: Element) => getComputedStyle(n).backgroundColor;
    expect(bg(swatches[2]!)).to.equal(bg(h3!));
    expect(bg(swatches[3]!)).to.equal(bg(h4!));
    expect(new Set(swatches.map(bg)).size, 'six distinct shades').to.equal(6);
    await expect(el).to.be.accessible();
    el.heat = false;
    await el.updateComplete;
    expect($(el, '[part=legend]')).to.equal(null);
    el.remove(); // one widget at a time: each has a header (a banner landmark) of its own
    const en = await mount({ lang: 'en', heat: '' });
    expect(text($(en, '[part=legend]'))).to.equal(
      'Shading: vacancy rate vacancy under 10% vacancy 10% to under 25% vacancy 25% to under 50% vacancy 50% or more surplus under 10% surplus 10% or more',
    );
    await expect(en).to.be.accessible();
  });

  it('layout="report": 정원 / 현원 / 과부족 rows per unit, the unit named over them, - for zero', async () => {
    const el = await mount({ lang: 'ko', layout: 'report' });
    const bodies = $$(el, 'tbody') as HTMLTableSectionElement[];
    expect(bodies).to.have.length(7);
    const block = (i: number) => [...bodies[i]!.rows].map((tr) => [...tr.cells].map(figures));
    expect(block(0)).to.deep.equal([
      ['계', '정원', '27', '24', '1', '4', '6', '8', '3', '2', '3', '1', '2'],
      ['현원', '26', '24', '1', '4', '6', '8', '3', '2', '2', '1', '1'],
      ['과부족', '△1', '-', '-', '-', '-', '-', '-', '-', '△1', '-', '△1'],
    ]);
    expect(block(5)).to.deep.equal([
      ['비서실', '정원', '5', '2', '-', '1', '-', '1', '-', '-', '3', '1', '2'],
      ['현원', '4', '2', '-', '1', '-', '1', '-', '-', '2', '1', '1'],
      ['과부족', '△1', '-', '-', '-', '-', '-', '-', '-', '△1', '-', '△1'],
    ]);
    expect(bodies[5]!.rows[0]!.cells[0]!.rowSpan).to.equal(3);
    expect($$(el, 'thead th').slice(0, 3).map(text)).to.deep.equal(['부서', '구분', '계']);
    const td = bodies[5]!.rows[2]!.cells[11]!;
    expect(headersOf(td)).to.deep.equal(['비서실', '과부족', '별정직', '6급상당']);
    expect(headersOf(bodies[5]!.rows[1]!.cells[1]!)).to.deep.equal(['비서실', '현원', '계']);
    expect(td.className).to.equal('short h4');
    expect(text(td.querySelector('.visually-hidden'))).to.equal('1명 부족');
    expect($(el, '[part=views]'), 'the report shows every figure: no view switch').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('layout="report" in a narrow container: the units and 정원 / 현원 / 과부족 stay in view as the figures scroll', async () => {
    const el = await mount({ lang: 'ko', layout: 'report' });
    (el.parentElement as HTMLElement).style.width = '320px';
    // Its columns narrow with it: a ResizeObserver reports that at the next frame, which a
    // background test tab may never get; the grid also measures after each update.
    el.requestUpdate();
    await el.updateComplete;
    const region = $(el, '.table-region') as HTMLElement;
    const body = ($$(el, 'tbody') as HTMLTableSectionElement[])[5]!;
    const [unit, item] = [body.rows[0]!.cells[0]!, body.rows[0]!.cells[1]!];
    const head = $$(el, 'thead th')[1]!;
    const left = region.getBoundingClientRect().left;
    region.scrollLeft = 300;
    expect(region.scrollLeft).to.be.greaterThan(100);
    expect(unit.getBoundingClientRect().left).to.be.closeTo(left, 1);
    expect(item.getBoundingClientRect().left).to.be.closeTo(unit.getBoundingClientRect().right, 1);
    expect(text(head)).to.equal('구분');
    expect(head.getBoundingClientRect().left).to.be.closeTo(unit.getBoundingClientRect().right, 1);
    await expect(el).to.be.accessible();
  });

  it('layout="report": the keys move along the columns as they line up, past the unit cell', async () => {
    const el = await mount({ lang: 'ko', layout: 'report' }, smallSection());
    const root = el.shadowRoot!;
    (root.querySelector('[tabindex="0"]') as HTMLElement).focus();
    const at = () => {
      const cell = (root.activeElement as HTMLElement).closest('td, th') as HTMLTableCellElement;
      return figures(cell);
    };
    expect(at()).to.equal('계');
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.equal('정원');
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.equal('10');
    await sendKeys({ press: 'ArrowDown' });
    expect(at(), '계 현원').to.equal('10');
    await sendKeys({ press: 'ArrowRight' });
    expect(at(), '일반직 소계 현원').to.equal('7');
    await sendKeys({ press: 'ArrowDown' });
    expect(at(), '일반직 소계 과부족').to.equal('△2');
    await sendKeys({ press: 'ArrowDown' });
    expect(at(), '감사관 일반직 소계 정원').to.equal('5');
    await sendKeys({ press: 'Home' });
    expect(at()).to.equal('감사관');
    await sendKeys({ press: 'ArrowDown' });
    expect(at(), 'the row below starts after the unit cell').to.equal('현원');
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
  });

  it('CSV: every unit × every column with 정원, 현원, 과부족, 결원율, headers in the UI language', async () => {
    const el = await mount({ lang: 'ko' });
    const lines = el.toCSV().slice(1).split('\r\n');
    expect(lines[0]).to.equal('부서,상위 부서,직종,직급,정원,현원,과부족,결원율(%)');
    expect(lines.slice(1, 4)).to.deep.equal(['계,,,계,27,26,-1,3.7', '계,,일반직,소계,24,24,0,0', '계,,일반직,4급,1,1,0,0']);
    expect(lines).to.include('기획팀,기획예산과,일반직,7급,2,1,-1,50');
    expect(lines).to.include('기획팀,기획예산과,별정직,5급상당,0,0,0,');
    expect(lines).to.include('홍보과,,일반직,7급,2,3,1,-50');
    expect(lines.filter(Boolean)).to.have.length(1 + 7 * 11);
    const en = await mount({ lang: 'en' });
    expect(en.toCSV().slice(1).split('\r\n')[0]).to.equal('Unit,Parent unit,Service,Grade,Authorized,Current,Difference,Vacancy rate(%)');
  });
});

describe('<staffing-grid> nesting and collapse', function () {
  // axe over a table of a few hundred cells takes seconds on a busy machine.
  this.timeout(40000);
  it('collapses and expands a parent with its button, aria-expanded telling the state', async () => {
    const el = await mount({ lang: 'ko' }, smallSection());
    const names = () => $$(el, 'tbody th').map(text);
    expect(names()).to.deep.equal(['계', '감사관', '기획관', '본부', '기획담당', '기획팀']);
    const buttons = $$(el, 'tbody button');
    expect(buttons.map((b) => [text(b), b.getAttribute('aria-expanded')])).to.deep.equal([
      ['기획관', 'true'],
      ['기획담당', 'true'],
    ]);
    expect($$(el, 'tbody th').map((th) => th.className)).to.deep.equal(['depth-0', 'depth-0', 'depth-0', 'depth-1', 'depth-1', 'depth-2']);
    buttons[1]!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['계', '감사관', '기획관', '본부', '기획담당']);
    expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('false');
    $$(el, 'tbody button')[0]!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['계', '감사관', '기획관']);
    expect($$(el, 'tbody button')[0]!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    $$(el, 'tbody button')[0]!.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['계', '감사관', '기획관', '본부', '기획담당']);
  });

  it('layout="report" shows every unit, those collapsed in the grid layout too', async () => {
    const el = await mount({ lang: 'ko' }, smallSection());
    $$(el, 'tbody button')[0]!.click();
    await el.updateComplete;
    expect($$(el, 'tbody th').map(text)).to.deep.equal(['계', '감사관', '기획관']);
    el.layout = 'report';
    await el.updateComplete;
    expect($$(el, 'tbody th[rowspan="3"]').map(text)).to.deep.equal(['계', '감사관', '기획관', '본부', '기획담당', '기획팀']);
    el.layout = 'grid';
    await el.updateComplete;
    expect($$(el, 'tbody th').map(text)).to.deep.equal(['계', '감사관', '기획관']);
  });

  it('names its table like its heading when the section has no title, and has one header row where no grade has a group', async () => {
    const { title: _title, ...s } = smallSection();
    s.grades = s.grades.map(({ group: _group, ...g }) => g);
    const doc = { schemaVersion: '1.0', meta: { title: { ko: '2024 주요업무 보고', en: '2024 work report' } }, sections: [s] };
    const el = await mount({ lang: 'en' }, doc);
    expect(text($(el, 'h2'))).to.equal('2024 work report');
    expect(text($(el, 'caption'))).to.equal('2024 work report (current / authorized, difference)');
    expect($$(el, 'thead tr')).to.have.length(1);
    expect($$(el, 'thead th').map((th) => [text(th), th.getAttribute('rowspan')])).to.deep.equal([
      ['Unit', '1'], ['Total', '1'], ['4급', '1'], ['5급', '1'], ['Grade 4 equiv.', '1'], ['Substitutes', '1'],
    ]);
    expect($(el, 'table').getAttribute('aria-rowcount')).to.equal('7');
    expect($$(el, 'tbody tr').map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6', '7']);
    const lone = await mount({ lang: 'ko' }, s);
    expect(text($(lone, 'caption'))).to.match(/^인력 현황 \(/);
    await expect(el).to.be.accessible();
  });

  it('shows a parent as the subtotal of its children, an ungrouped grade as a single column', async () => {
    const el = await mount({ lang: 'en' }, smallSection());
    expect(shown(el)).to.deep.equal([
      ['Total', '10 / 10', '7 / 9−2', '2 / 2', '5 / 7−2', '2 / 1+1', '2 / 1+1', '1 / -+1'],
      ['Audit', '4 / 5−1', '3 / 5−2', '1 / 1', '2 / 4−2', '-', '-', '1 / -+1'],
      ['Planning', '6 / 5+1', '4 / 4', '1 / 1', '3 / 3', '2 / 1+1', '2 / 1+1', '-'],
      ['HQ', '3 / 2+1', '1 / 1', '1 / 1', '-', '2 / 1+1', '2 / 1+1', '-'],
      ['Planning office', '3 / 3', '3 / 3', '-', '3 / 3', '-', '-', '-'],
      ['Planning team', '3 / 3', '3 / 3', '-', '3 / 3', '-', '-', '-'],
    ]);
    expect($$(el, 'thead th').map(text)).to.deep.equal(['Unit', 'Total', 'General', 'Special', 'Substitutes', 'Subtotal', '4급', '5급', 'Subtotal', 'Grade 4 equiv.']);
    expect($$(el, 'tbody tr').map((tr) => tr.className)).to.deep.equal(['total', '', 'sub', '', 'sub', '']);
    await expect(el).to.be.accessible();
  });

  it('marks a stated subtotal that does not add up, and warns', async () => {
    const s: StaffingSection = smallSection();
    s.units[1]!.authorized = { g4: 1, g5: 3, s4: 2 };
    const el = await mount({ lang: 'ko' }, s);
    const status = $(el, '[role=status]');
    expect(status.hasAttribute('hidden')).to.equal(false);
    expect(text(status)).to.contain('/units/1/authorized/s4');
    const cell = $$(el, 'tbody tr')[2]!.querySelectorAll('td')[5]!;
    expect(cell.className).to.contain('disputed');
    expect(text(cell.querySelector('.visually-hidden'))).to.equal('현원 2, 정원 2, 과부족 없음 (보고서 기재값, 계산값과 다름)');
    // The ⚠ is seen, not spoken again after those words: its alternative text is empty.
    expect(getComputedStyle(cell, '::after').content).to.match(/⚠.*\/\s*""/);
    await expect(el).to.be.accessible();
  });
});

describe('<staffing-grid> keyboard', function () {
  // axe over a table of a few hundred cells takes seconds on a busy machine.
  this.timeout(40000);
  it('is one tab stop; arrows, Home / End and Ctrl+Home / Ctrl+End move between cells', async () => {
    const el = await mount({ lang: 'ko' }, smallSection());
    const root = el.shadowRoot!;
    const stops = () => $$(el, '[tabindex="0"]');
    expect(stops()).to.have.length(1);
    expect(stops()[0]!.tagName).to.equal('TH');
    stops()[0]!.focus();
    const at = () => {
      const a = root.activeElement as HTMLElement;
      const cell = a.closest('td, th') as HTMLTableCellElement;
      return [text(cell.parentElement!.querySelector('th')), cell.cellIndex, a.tagName];
    };
    expect(at()).to.deep.equal(['계', 0, 'TH']);
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal(['계', 1, 'TD']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal(['기획관', 1, 'TD']);
    await sendKeys({ press: 'ArrowLeft' });
    expect(at(), 'a row header with a button focuses the button').to.deep.equal(['기획관', 0, 'BUTTON']);
    await sendKeys({ press: 'End' });
    expect(at()).to.deep.equal(['기획관', 7, 'TD']);
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal(['기획관', 7, 'TD']);
    await sendKeys({ press: 'Home' });
    expect(at()).to.deep.equal(['기획관', 0, 'BUTTON']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    expect(at()).to.deep.equal(['기획팀', 7, 'TD']);
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(at()).to.deep.equal(['계', 0, 'TH']);
    await sendKeys({ press: 'PageDown' });
    expect(at()).to.deep.equal(['기획팀', 0, 'TH']);
    expect(stops()).to.have.length(1);
    expect(stops()[0]).to.equal(root.activeElement);
  });

  it('toggles a parent with Enter on its button and keeps one tab stop', async () => {
    const el = await mount({ lang: 'ko' }, smallSection());
    const root = el.shadowRoot!;
    ($$(el, '[tabindex="0"]')[0]!).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((root.activeElement as HTMLElement).tagName).to.equal('BUTTON');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'tbody th').map(text)).to.deep.equal(['계', '감사관', '기획관']);
    expect(root.activeElement!.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect(text((root.activeElement as HTMLElement).closest('tr')!.querySelector('th'))).to.equal('기획관');
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
  });
});

describe('<staffing-grid> states', function () {
  // axe over a table of a few hundred cells takes seconds on a busy machine.
  this.timeout(40000);
  it('loading: aria-busy and no table, accessible', async () => {
    const el = document.createElement('staffing-grid');
    el.src = '/never/answers.json';
    el.timeout = 60000;
    fixtureSync(html`<div></div>`).append(el);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
    el.src = null;
  });

  it('error: an alert naming the pointer, accessible', async () => {
    const s = smallSection() as unknown as Record<string, unknown>;
    (s['units'] as Record<string, unknown>[])[0]!['current'] = { x9: 1 };
    const el = await mount({ lang: 'en' }, s);
    expect(text($(el, '[role=alert] code'))).to.equal('/units/0/current/x9');
    await expect(el).to.be.accessible();
  });

  it('narrow: the table scrolls inside its own labelled region', async () => {
    const el = document.createElement('staffing-grid');
    const wrap = fixtureSync(html`<div style="width: 320px"></div>`);
    const loaded = oneEvent(el, 'report-load');
    el.data = sampleDocument();
    wrap.append(el);
    await loaded;
    await el.updateComplete;
    const region = $(el, '[role=region]') as HTMLElement;
    expect(region.getAttribute('aria-labelledby')).to.equal('cap');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expect(el).to.be.accessible();
  });
});

describe('<staffing-grid> view switch', function () {
  // axe over a table of a few hundred cells takes seconds on a busy machine.
  this.timeout(40000);
  const radios = (el: StaffingGrid) => $$(el, '[part=views] input[type=radio]') as HTMLInputElement[];

  it('is a labelled radio group that shows the view and sets it, Korean and English', async () => {
    const el = await mount({ lang: 'ko', view: 'current' });
    expect(text($(el, '[part=views] legend'))).to.equal('보기');
    expect(radios(el).map((r) => [text(r.closest('label')), r.value, r.checked])).to.deep.equal([
      ['현원 / 정원, 과부족', 'diff', false],
      ['현원', 'current', true],
      ['정원', 'authorized', false],
      ['결원율', 'vacancy', false],
    ]);
    await expect(el).to.be.accessible();
    radios(el)[3]!.click();
    await el.updateComplete;
    expect([el.view, el.getAttribute('view'), text($(el, 'caption'))]).to.deep.equal(['vacancy', 'vacancy', '인력 현황 (결원율)']);
    expect(shown(el)[0]!.slice(0, 3)).to.deep.equal(['계', '3.7%', '0.0%']);
    el.view = 'authorized';
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, false, true, false]);
    el.remove(); // one widget at a time: each has a header (a banner landmark) of its own
    const en = await mount({ lang: 'en' });
    expect(text($(en, '[part=views] legend'))).to.equal('Show');
    expect(radios(en).map((r) => text(r.closest('label')))).to.deep.equal(['current / authorized, difference', 'Current', 'Authorized', 'Vacancy rate']);
    await expect(en).to.be.accessible();
  });

  it('works from the keyboard and fires no event of its own', async () => {
    const el = await mount({ lang: 'ko' });
    const heard: string[] = [];
    for (const type of ['change', 'input', 'report-load']) el.addEventListener(type, () => heard.push(type));
    radios(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('current');
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.view).to.equal('authorized');
    expect(shown(el)).to.deep.equal(pick(1));
    expect(heard).to.deep.equal([]);
  });
});

describe('<staffing-grid> long grids (windowed)', function () {
  // axe over a table of a few hundred cells takes seconds on a busy machine.
  this.timeout(40000);
  const rendered = (el: StaffingGrid) => $$(el, 'tbody tr') as HTMLTableRowElement[];
  const scrollTo = async (el: StaffingGrid, top: number) => {
    const region = $(el, '.table-region') as HTMLElement;
    region.scrollTop = top;
    // A background tab may not deliver scroll events; the grid reads the position on one.
    region.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
  };

  it('renders only the rows in view, telling their place with aria-rowcount and aria-rowindex', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    expect($(el, 'table').getAttribute('aria-rowcount')).to.equal('153');
    const rows = rendered(el);
    expect(rows.length).to.be.within(5, 45);
    expect(rows.map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(rows.map((_, i) => String(i + 3)));
    expect($$(el, 'thead tr').map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(['1', '2']);
    expect(shown(el)[1]).to.deep.equal(['부서 1', '6 / 6', '6 / 6', '1 / 1', '2 / 2', '3 / 3']);
    await expect(el).to.be.accessible();
    const region = $(el, '.table-region') as HTMLElement;
    await scrollTo(el, region.scrollHeight);
    const last = rendered(el).at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal('153');
    expect(shown(el).at(-1)).to.deep.equal(['부서 150', '5 / 6△1', '5 / 6△1', '1 / 1', '2 / 2', '2 / 3△1']);
    expect(rendered(el).length).to.be.within(5, 45);
    await scrollTo(el, 0);
    expect(rendered(el)[0]!.getAttribute('aria-rowindex')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('keeps the scroll height of every row: the table\'s margins stand for the rows not rendered', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    const region = $(el, '.table-region') as HTMLElement;
    const table = $(el, 'table') as HTMLTableElement;
    const row = rendered(el)[3]!.getBoundingClientRect().height;
    const margins = () => [parseFloat(table.style.marginTop), parseFloat(table.style.marginBottom)];
    expect(margins()[0]).to.equal(0);
    expect(margins()[1] + $(el, 'tbody').getBoundingClientRect().height).to.be.closeTo(151 * row, row);
    expect(region.scrollHeight).to.be.greaterThan(150 * row);
    await scrollTo(el, 80 * row);
    const first = +rendered(el)[0]!.getAttribute('aria-rowindex')! - 3;
    expect(first).to.be.within(60, 80);
    // The first rendered row sits where it would with every row rendered.
    expect(margins()[0]).to.be.closeTo(first * row, 1);
    expect(margins()[0]! + margins()[1]! + $(el, 'tbody').getBoundingClientRect().height).to.be.closeTo(151 * row, row);
    const all = await mount({ lang: 'ko', 'virtualize-above': '200' }, manyUnits(150));
    expect(rendered(all)).to.have.length(151);
    expect([(all.shadowRoot!.querySelector('table') as HTMLElement).style.margin]).to.deep.equal(['0px']);
  });

  it('keeps its columns as wide as they have been while rows scroll in and out', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    const lefts = () => $$(el, 'thead tr:last-child th').map((th) => th.getBoundingClientRect().left);
    const seen = [lefts()];
    for (const top of [200, 3000, 8000, 300, 0]) {
      await scrollTo(el, top);
      seen.push(lefts());
    }
    // Every header edge stays put or moves right (a wider name scrolled in), never back.
    for (let i = 1; i < seen.length; i++) seen[i]!.forEach((x, k) => expect(x, `after scroll ${i}, column ${k}`).to.be.at.least(seen[i - 1]![k]! - 0.5));
    expect(seen.at(-1)!.at(-1)).to.be.greaterThan(seen[0]!.at(-1)! - 0.5);
  });

  it('the keys reach every cell: Ctrl+End renders and focuses the last one, Page Up and Ctrl+Home go back', async () => {
    const el = await mount({ lang: 'en' }, manyUnits(150));
    const root = el.shadowRoot!;
    ($$(el, '[tabindex="0"]')[0]!).focus();
    const at = () => {
      const cell = (root.activeElement as HTMLElement).closest('td, th') as HTMLTableCellElement;
      return [cell.parentElement!.getAttribute('aria-rowindex'), text(cell.parentElement!.querySelector('th')), cell.cellIndex];
    };
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(at()).to.deep.equal(['153', 'Unit 150', 5]);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(at()).to.deep.equal(['143', 'Unit 140', 5]);
    await sendKeys({ press: 'ArrowUp' });
    expect(at()).to.deep.equal(['142', 'Unit 139', 5]);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(at()).to.deep.equal(['3', 'Total', 0]);
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
  });

  it('focus stays with its unit and grade while the window scrolls, and a key brings it back', async () => {
    // 40 bureaus of 4 teams: every fifth row has an expand button.
    const s = manyUnits(160);
    s.units = Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, name: { ko: `국 ${i + 1}`, en: `Bureau ${i + 1}` }, children: s.units.slice(i * 4, i * 4 + 4) }));
    const el = await mount({ lang: 'en' }, s);
    const root = el.shadowRoot!;
    const region = $(el, '.table-region') as HTMLElement;
    const at = () => {
      const f = root.activeElement as HTMLElement;
      const cell = f.closest('td, th') as HTMLTableCellElement | null;
      return cell ? [cell.parentElement!.getAttribute('aria-rowindex'), text(cell.parentElement!.querySelector('th')), cell.cellIndex] : f.className;
    };
    const scrollTo = async (top: number) => {
      region.scrollTop = top;
      region.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
    };
    // The second bureau's button.
    ($$(el, '[tabindex="0"]')[0]!).focus();
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'ArrowDown' });
    expect(at()).to.deep.equal(['9', 'Bureau 2', 0]);
    expect(root.activeElement!.tagName).to.equal('BUTTON');
    await scrollTo(3000);
    expect(at(), 'scrolled away, the region holds the focus').to.equal('table-region');
    await scrollTo(0);
    expect(at()).to.deep.equal(['9', 'Bureau 2', 0]);
    // A cell: scrolled away, then a key moves from it, back into view.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    expect(at()).to.deep.equal(['10', 'Unit 5', 1]);
    await scrollTo(4000);
    expect(at()).to.equal('table-region');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(at()).to.deep.equal(['11', 'Unit 6', 1]);
    expect(region.scrollTop).to.be.lessThan(1000);
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('prints every row, and windows again after printing', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    const windowed = rendered(el).length;
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(el)).to.have.length(151);
    expect(($(el, 'table') as HTMLElement).style.margin).to.equal('0px');
    window.dispatchEvent(new Event('afterprint'));
    expect(rendered(el)).to.have.length(windowed);
  });

  it('after printing the region is scrolled back to where the reader was', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    const region = $(el, '.table-region') as HTMLElement;
    await scrollTo(el, 3000);
    const before = rendered(el).map((tr) => tr.getAttribute('aria-rowindex'));
    // As Chromium prints: beforeprint, layout for paper (where the region does not scroll, so
    // it is measured at the top), the pages, layout for the screen again, then afterprint.
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(el)).to.have.length(151);
    // Resized for paper, the region is measured (as a ResizeObserver would, at a frame a
    // background test tab may never get): there it does not scroll.
    region.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    region.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(region.scrollTop).to.be.closeTo(3000, 1);
    expect(rendered(el).map((tr) => tr.getAttribute('aria-rowindex'))).to.deep.equal(before);
  });

  it('a view switch keeps the same row at the top of the region', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    const region = $(el, '.table-region') as HTMLElement;
    const topRow = () => {
      const y = region.getBoundingClientRect().top + (region.querySelector('thead') as HTMLElement).offsetHeight + 1;
      return rendered(el).find((tr) => tr.getBoundingClientRect().bottom > y)!.getAttribute('aria-rowindex');
    };
    await scrollTo(el, 3000);
    const before = topRow();
    el.view = 'current';
    await el.updateComplete;
    region.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(Math.abs(+topRow()! - +before!)).to.be.at.most(1);
    el.view = 'diff';
    await el.updateComplete;
    region.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(Math.abs(+topRow()! - +before!)).to.be.at.most(1);
  });

  it('a view switch keeps the rendered rows and cells, changing what they say', async () => {
    const el = await mount({ lang: 'ko' }, manyUnits(150));
    const rows = rendered(el);
    const cells = rows.flatMap((tr) => [...tr.cells]);
    el.view = 'current';
    await el.updateComplete;
    const now = rendered(el);
    expect(now.slice(0, rows.length).every((tr, i) => tr === rows[i])).to.equal(true);
    expect(now.slice(0, rows.length).flatMap((tr) => [...tr.cells]).every((td, i) => td === cells[i])).to.equal(true);
    expect(shown(el)[2]).to.deep.equal(['부서 2', '5', '5', '1', '2', '2']);
    // One-line rows: as many or more of them fill the region.
    expect(now.length).to.be.at.least(rows.length);
  });
});
