// Every widget in every state, checked with axe, in Korean and English, light and dark:
// what each state must show regardless of how the widget draws its figures.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ReportElement } from '../../src/core/report-element.js';
import type { ReportDocument, Section } from '../../src/schema/types.js';
import { sampleDocument } from '../fixtures/sample.js';
import { openTable } from '../fixtures/open-table.js';

type AnyReportElement = ReportElement<Section, { warnings: [] }>;

const CASES = [
  { tag: 'budget-execution-chart', sections: ['budget', 'budget-trend', 'programmes'] },
  { tag: 'pledge-progress-table', sections: ['pledges', 'audit'] },
  { tag: 'staffing-grid', sections: ['staffing'] },
] as const;

/** The heading of a section that has no title, given alone (so no document title either). */
const UNTITLED: Record<string, Record<string, string>> = {
  'budget-execution-chart': { ko: '예산 집행현황', en: 'Budget execution' },
  'pledge-progress-table': { ko: '이행 현황', en: 'Progress' },
  'staffing-grid': { ko: '인력 현황', en: 'Staffing' },
};

async function mount(tag: string, attrs: Record<string, string>, data: unknown): Promise<AnyReportElement> {
  const el = document.createElement(tag) as unknown as AnyReportElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const done = Promise.race([oneEvent(el, 'report-load'), oneEvent(el, 'report-error')]);
  el.data = data as ReportDocument;
  // fixtureSync: fixture() waits a frame for a plain element, and a background test tab gets none.
  const host = fixtureSync(html`<div style="max-width: 60rem"></div>`);
  host.append(el);
  await done;
  await el.updateComplete;
  return el;
}

/** Wrong stated totals in every kind of section. */
function withWrongTotals(): ReportDocument {
  const doc = sampleDocument();
  for (const s of doc.sections) {
    if (s.kind === 'budget-execution' && s.total) s.total.budget = (s.total.budget ?? 0) + 1000;
    if (s.kind === 'budget-execution' && s.series) s.series[0]!.rate = 50;
    if (s.kind === 'pledge-progress') s.total = (s.total ?? 0) + 1;
    if (s.kind === 'staffing' && s.total) s.total.current = (s.total.current ?? 0) + 2;
  }
  return doc;
}

for (const { tag, sections } of CASES) {
  describe(`<${tag}> states`, () => {
    for (const section of sections) {
      for (const lang of ['ko', 'en']) {
        it(`section ${section}, ${lang}: figures in a captioned table with header cells, accessible`, async () => {
          const el = await mount(tag, { section, lang }, sampleDocument());
          const root = el.shadowRoot!;
          await openTable(el);
          const table = root.querySelector('table')!;
          expect(table, 'a real table').to.exist;
          expect(table.querySelector('caption')!.textContent!.trim()).not.to.equal('');
          expect(table.querySelectorAll('th[scope=col]').length).to.be.greaterThan(1);
          expect(table.querySelectorAll('th[scope=row]').length).to.be.greaterThan(0);
          expect(root.querySelector('[role=alert]')).to.equal(null);
          expect(root.querySelector('[role=status]')!.hasAttribute('hidden')).to.equal(true);
          const text = root.textContent!;
          if (lang === 'en') expect(text).not.to.match(/(?:^|\s)(?:계|구분|현원|정원|예산액)(?:\s|$)/);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('dark theme, accessible (contrast included)', async () => {
      const el = await mount(tag, { theme: 'dark' }, sampleDocument());
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 28)');
      await expect(el).to.be.accessible();
    });

    it('warnings: a status region naming each failed check, figures still shown, accessible', async () => {
      const el = document.createElement(tag) as unknown as AnyReportElement;
      const loaded = oneEvent(el, 'report-load');
      el.data = withWrongTotals();
      fixtureSync(html`<div></div>`).append(el);
      const event = await loaded;
      await el.updateComplete;
      const warnings = event.detail.warnings;
      expect(warnings.length).to.be.greaterThan(0);
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      expect(status.hasAttribute('hidden')).to.equal(false);
      expect(status.querySelectorAll('li')).to.have.length(warnings.length);
      for (const w of warnings) {
        expect(status.textContent).to.contain(w.path);
        expect(w.stated).to.be.a('number');
        expect(w.computed).to.be.a('number');
      }
      await openTable(el);
      expect(el.shadowRoot!.querySelector('table')).to.exist;
      expect(el.shadowRoot!.querySelector('.disputed')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('error: an alert with the pointer of each problem, no figures, accessible', async () => {
      const doc = sampleDocument() as unknown as { sections: Record<string, unknown>[] };
      const index = doc.sections.findIndex((s) => s['id'] === sections[0]);
      doc.sections[index]!['x-note'] = 'extensions are fine';
      doc.sections[index]!['typo'] = 1;
      const el = await mount(tag, {}, doc);
      const alert = el.shadowRoot!.querySelector('[role=alert]')!;
      expect(alert).to.exist;
      expect(alert.querySelector('code')!.textContent).to.equal(`/sections/${index}/typo`);
      // A heading keeps the widget among the page's headings, as its title does when shown.
      expect(alert.querySelector('h2')!.textContent).to.match(/^(보고서를 표시할 수 없습니다|The report cannot be shown)$/);
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`a lone section without a title: the element's own name heads it, in each language, accessible`, async () => {
      for (const [lang, heading] of Object.entries(UNTITLED[tag])) {
        const section = structuredClone(sampleDocument().sections.find((s) => s.id === sections[0])!) as Partial<Section>;
        delete section.title;
        const el = await mount(tag, { lang }, section);
        expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(heading);
        await expect(el).to.be.accessible();
      }
    });

    it('CSV: a byte-order mark, headers in the UI language, no formula can run', async () => {
      const doc = sampleDocument();
      const el = await mount(tag, { lang: 'en' }, doc);
      const csv = el.toCSV();
      expect(csv.charCodeAt(0)).to.equal(0xfeff);
      const lines = csv.slice(1).split('\r\n');
      expect(lines[0]).to.match(/^[A-Z]/);
      for (const line of lines) expect(line).not.to.match(/(^|,)[=+@]/);
    });
  });
}

describe('several widgets on one page', () => {
  it('are accessible together: no duplicate landmarks or ids leak out of their shadow roots', async () => {
    const host = fixtureSync(html`<div style="max-width: 60rem"></div>`);
    const els = CASES.map(({ tag }) => {
      const el = document.createElement(tag) as unknown as AnyReportElement;
      el.data = sampleDocument();
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => el.updateComplete));
    await expect(host).to.be.accessible();
  });
});
