import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/staffing-grid.js';
import type { StaffingGrid } from '../../src/components/staffing-grid/staffing-grid.js';
import type { ReportDocument, StaffingSection } from '../../src/schema/types.js';
import { sampleDocument } from '../fixtures/sample.js';
import { smallSection } from '../unit/staffing-grid-fixture.js';

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
/** What each body row shows: its header, then each cell's shown (not spoken) text. */
const shown = (el: StaffingGrid) =>
  $$(el, 'tbody tr').map((tr) => [
    text(tr.querySelector('th')),
    ...[...tr.querySelectorAll('td')].map((td) => text(td.querySelector('[aria-hidden=true]') ?? td)),
  ]);

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

  it('has a two-level header: groups over 소계 and grades, 계 beside them', async () => {
    const el = await mount({ lang: 'ko' });
    const rows = $$(el, 'thead tr').map((tr) => [...tr.children].map((th) => [text(th), th.getAttribute('scope'), th.getAttribute('colspan') ?? th.getAttribute('rowspan')]));
    expect(rows).to.deep.equal([
      [['부서', 'col', '2'], ['계', 'col', '2'], ['일반직', 'colgroup', '7'], ['별정직', 'colgroup', '3']],
      [['소계', 'col', '1'], ['4급', 'col', '1'], ['5급', 'col', '1'], ['6급', 'col', '1'], ['7급', 'col', '1'], ['8급', 'col', '1'], ['9급', 'col', '1'], ['소계', 'col', '1'], ['5급상당', 'col', '1'], ['6급상당', 'col', '1']],
    ]);
  });

  it('associates each cell with its unit, group and grade headers', async () => {
    const el = await mount({ lang: 'ko' });
    const root = el.shadowRoot!;
    const headersOf = (td: Element) => td.getAttribute('headers')!.split(' ').map((id) => text(root.getElementById(id)));
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
    expect(text(cells[10]!.querySelector('.visually-hidden'))).to.equal('현원 1, 정원 2, 1명 부족');
    const ids = $$(el, '[id]').map((n) => n.id);
    expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  });

  it('marks shortage and surplus with a class for the icon and colour, not colour alone', async () => {
    const el = await mount({ lang: 'ko' });
    const row = $$(el, 'tbody tr')[1]!; // 기획예산과: 7급 △1, 8급 +1
    const [g7, g8] = [row.querySelectorAll('td')[5]!, row.querySelectorAll('td')[6]!];
    expect(g7.className).to.contain('short');
    expect(g8.className).to.contain('over');
    expect(getComputedStyle(g7.querySelector('.d')!, '::before').content).to.match(/↓/);
    expect(getComputedStyle(g8.querySelector('.d')!, '::before').content).to.match(/↑/);
    expect(getComputedStyle(g7.querySelector('.d')!).color).not.to.equal(getComputedStyle(g8.querySelector('.d')!).color);
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

  it('layout="report": 정원 / 현원 / 과부족 rows per unit, - for zero', async () => {
    const el = await mount({ lang: 'ko', layout: 'report' });
    const bodies = $$(el, 'tbody') as HTMLTableSectionElement[];
    expect(bodies).to.have.length(7);
    const block = (i: number) => [...bodies[i]!.rows].map((tr) => [...tr.cells].map((c) => text(c.querySelector('[aria-hidden=true]') ?? c)));
    expect(block(0)).to.deep.equal([
      ['계'],
      ['정원', '27', '24', '1', '4', '6', '8', '3', '2', '3', '1', '2'],
      ['현원', '26', '24', '1', '4', '6', '8', '3', '2', '2', '1', '1'],
      ['과부족', '△1', '-', '-', '-', '-', '-', '-', '-', '△1', '-', '△1'],
    ]);
    expect(block(5)).to.deep.equal([
      ['비서실'],
      ['정원', '5', '2', '-', '1', '-', '1', '-', '-', '3', '1', '2'],
      ['현원', '4', '2', '-', '1', '-', '1', '-', '-', '2', '1', '1'],
      ['과부족', '△1', '-', '-', '-', '-', '-', '-', '-', '△1', '-', '△1'],
    ]);
    expect(text($$(el, 'thead th')[0])).to.equal('구분');
    const td = bodies[5]!.rows[3]!.cells[11]!;
    expect(td.getAttribute('headers')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id)))).to.deep.equal(['비서실', '과부족', '별정직', '6급상당']);
    expect(td.className).to.equal('short');
    await expect(el).to.be.accessible();
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
