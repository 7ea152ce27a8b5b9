import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { sampleDocument } from '../fixtures/sample.js';

/**
 * Pages put widgets in grid and flex items whose automatic minimum width is their content's
 * (`min-width: auto`), and in narrow columns. A widget's wide table must scroll inside its own
 * region there, never widen the item or stick out of the page.
 */
const TAGS = ['budget-execution-chart', 'pledge-progress-table', 'staffing-grid'];
type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
const LAYOUTS = {
  'a grid item': 'display: grid; width: 320px',
  'a flex column item': 'display: flex; flex-direction: column; width: 320px',
  'a block': 'width: 320px',
};

async function place(tag: string, lang: string, layout: string): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('lang', lang);
  const wrap = fixtureSync(html`<div style=${layout}><section></section></div>`);
  const loaded = oneEvent(el, 'report-load');
  el.data = sampleDocument();
  wrap.firstElementChild!.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** Everything in the shadow tree, and how far right it reaches on the page. */
function rightmost(el: Element): number {
  const all = [...el.shadowRoot!.querySelectorAll('*')];
  return Math.max(...all.map((node) => node.getBoundingClientRect().right));
}

describe('widgets in narrow page layouts', function () {
  this.timeout(20000);

  for (const tag of TAGS) {
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      for (const lang of ['ko', 'en']) {
        it(`<${tag}> stays 320 px wide in ${name} (${lang})`, async () => {
          const el = await place(tag, lang, layout);
          const box = el.getBoundingClientRect();
          expect(box.width).to.equal(320);
          // Nothing of it reaches past its own right edge, however wide its table is: what
          // is wider scrolls, and what is positioned (hidden words of a cell) is clipped.
          const scrolled = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.table-region')];
          const clip = (node: Element) => scrolled.some((region) => region !== node && region.contains(node));
          const outside = [...el.shadowRoot!.querySelectorAll('*')].filter(
            (node) => !clip(node) && node.getBoundingClientRect().right > box.right + 0.5,
          );
          expect(outside.map((node) => node.localName + (node.className ? `.${String(node.className)}` : ''))).to.deep.equal([]);
          expect(rightmost(el)).to.be.greaterThan(box.left);
        });
      }
    }
  }

  it('a phone-wide page does not scroll sideways because of a widget', async () => {
    // As wide as a phone: what a widget lets stick out past its table's clip (the positioned,
    // visually hidden words of a cell) would reach past the page's right edge.
    await setViewport({ width: 360, height: 800 });
    try {
      const wrap = fixtureSync(html`<div style="display: grid; width: 320px; gap: 1rem"></div>`);
      for (const tag of TAGS) {
        const el = document.createElement(tag) as Widget;
        const loaded = oneEvent(el, 'report-load');
        el.data = sampleDocument();
        const section = document.createElement('section');
        section.append(el);
        wrap.append(section);
        await loaded;
        await el.updateComplete;
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(Math.max(...[...wrap.children].map((s) => s.getBoundingClientRect().width))).to.equal(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
