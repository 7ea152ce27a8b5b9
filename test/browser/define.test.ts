import { expect, oneEvent } from '@open-wc/testing';
import { BudgetExecutionChart, PledgeProgressTable, StaffingGrid, defineElement } from '../../src/elements.js';
import type { ChartMode, GridView, NegativeStyle, UnitDisplay } from '../../src/elements.js';
import { sampleDocument } from '../fixtures/sample.js';

const TAGS = ['budget-execution-chart', 'pledge-progress-table', 'staffing-grid'];

describe('packaging: the side-effect-free entry and defining tags', () => {
  it('elements.js defines no tag', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('an app may register a class under its own name, and a second name gets a subclass', () => {
    defineElement('my-budget', BudgetExecutionChart);
    expect(customElements.get('my-budget')).to.equal(BudgetExecutionChart);
    defineElement('my-budget-two', BudgetExecutionChart);
    const second = customElements.get('my-budget-two')!;
    expect(second).not.to.equal(BudgetExecutionChart);
    expect(second.prototype).to.be.instanceOf(BudgetExecutionChart);
    expect(document.createElement('my-budget-two')).to.be.instanceOf(BudgetExecutionChart);
  });

  it(`a class the page registered with customElements.define gets a subclass, not the registry's exception`, () => {
    class PageTable extends PledgeProgressTable {}
    customElements.define('page-pledge-table', PageTable);
    expect(() => defineElement('kit-pledge-table', PageTable)).not.to.throw();
    const second = customElements.get('kit-pledge-table')!;
    expect(second).not.to.equal(PageTable);
    expect(second.prototype).to.be.instanceOf(PageTable);
  });

  it('exports the types of the public properties (checked by the typecheck)', () => {
    const [mode, view, unit, negative]: [ChartMode, GridView, UnitDisplay, NegativeStyle] = ['yoy', 'vacancy', 'compact', 'minus'];
    // What an app writes: the element's properties take these types.
    const configure = (chart: BudgetExecutionChart, grid: StaffingGrid) => {
      Object.assign(chart, { mode, unitDisplay: unit, negativeStyle: negative } satisfies Partial<BudgetExecutionChart>);
      grid.view = view;
    };
    expect(configure).to.be.a('function');
    expect([mode, view, unit, negative]).to.deep.equal(['yoy', 'vacancy', 'compact', 'minus']);
  });

  it('defining a tag that is already defined warns instead of throwing', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('my-staffing', StaffingGrid);
      expect(() => defineElement('my-staffing', PledgeProgressTable)).not.to.throw();
      expect(customElements.get('my-staffing')).to.equal(StaffingGrid);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('my-staffing');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps what a framework set before the tag was defined (properties of an element not yet upgraded)', async () => {
    // React, Vue and Angular set properties on the element as soon as they create it; the
    // module that defines the tag may load later. What they set must not be lost.
    const el = document.createElement('late-pledge-table') as PledgeProgressTable;
    Object.assign(el, { data: sampleDocument(), sort: '-progress', lang: 'en' });
    document.body.append(el);
    try {
      const loaded = oneEvent(el, 'report-load');
      defineElement('late-pledge-table', PledgeProgressTable);
      await loaded;
      await el.updateComplete;
      expect(el.sort).to.equal('-progress');
      const th = [...el.shadowRoot!.querySelectorAll('.items th[aria-sort]')];
      expect(th.map((h) => h.getAttribute('aria-sort'))).to.include('descending');
      expect(el.shadowRoot!.querySelector('.items table')!.textContent).to.contain('Progress');
    } finally {
      el.remove();
    }
  });

  it('the define entries define their tags, once, without throwing when loaded twice', async () => {
    await import('../../src/index.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(document.createElement('staffing-grid')).to.be.instanceOf(StaffingGrid);
    expect(document.createElement('pledge-progress-table')).to.be.instanceOf(PledgeProgressTable);
  });
});
