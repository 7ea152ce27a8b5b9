import { expect, fixture, fixtureSync, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetExecutionChart } from '../../src/elements.js';
import type { ReportErrorEvent, ReportLoadEvent } from '../../src/core/events.js';
import type { BudgetSection, ReportDocument } from '../../src/schema/types.js';
import { sampleDocument } from '../fixtures/sample.js';
import { openTable } from '../fixtures/open-table.js';

const shadow = (el: Element) => el.shadowRoot!;
const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
/** The chart's data table, built when its toggle is first opened (null while there is none). */
const table = openTable;
const rowHeaders = async (el: Element) => ((await table(el)) ? qa(el, 'tbody th[scope=row]').map((th) => th.textContent!.trim()) : []);
const colHeaders = async (el: Element) => ((await table(el)) ? qa(el, 'thead th').map((th) => th.textContent!.trim()) : []);

/** Waits for the next event of `type` that `el` dispatches, while `act` runs. */
async function eventDuring<E extends Event>(el: Element, type: string, act: () => unknown): Promise<E> {
  const caught = oneEvent(el, type) as Promise<E>;
  await act();
  return caught;
}

type FetchStub = { calls: string[]; signals: AbortSignal[]; resolve: (i: number, body: unknown, status?: number) => void; restore: () => void };

/** Replaces `fetch` with one whose answers the test releases by hand; it honours abort. */
function stubFetch(): FetchStub {
  const real = window.fetch;
  const pending: Array<(r: Response) => void> = [];
  const stub: FetchStub = {
    calls: [],
    signals: [],
    resolve: (i, body, status = 200) => pending[i]!(new Response(JSON.stringify(body), { status })),
    restore: () => {
      window.fetch = real;
    },
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    stub.calls.push(String(input));
    const signal = init!.signal!;
    stub.signals.push(signal);
    return new Promise<Response>((ok, fail) => {
      pending.push(ok);
      signal.addEventListener('abort', () => fail(new DOMException('Aborted', 'AbortError')));
    });
  };
  return stub;
}

describe('report element core (through <budget-execution-chart>)', () => {
  let doc: ReportDocument;
  beforeEach(() => {
    doc = sampleDocument();
  });

  describe('getting data in', () => {
    it('renders the first section of its kind from the data property and fires report-load', async () => {
      const el = document.createElement('budget-execution-chart');
      const loaded = eventDuring<ReportLoadEvent>(el, 'report-load', () => {
        el.data = doc;
        document.body.append(el);
      });
      const event = await loaded;
      expect(event.detail).to.deep.equal({ sectionId: 'budget', kind: 'budget-execution', warnings: [] });
      expect(event.bubbles && event.composed).to.equal(true);
      expect((await rowHeaders(el))).to.deep.equal([
        '계', '인건비', '기본경비', '구정 홍보', '구 소식지 발간', '온라인 홍보', '주민 참여 행사',
        '주민참여예산 사업', '청년 일자리 지원', '예비비',
      ]);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      el.remove();
    });

    it('re-renders when the data property is reassigned', async () => {
      const el = await fixture<BudgetExecutionChart>(html`<budget-execution-chart .data=${doc}></budget-execution-chart>`);
      const next = sampleDocument();
      (next.sections[0] as BudgetSection).items![1]!.name = '바뀐 이름';
      await eventDuring(el, 'report-load', () => {
        el.data = next;
      });
      expect((await rowHeaders(el))).to.include('바뀐 이름');
    });

    it('accepts a lone section; paths are then relative to it', async () => {
      const section = doc.sections[0] as BudgetSection;
      const el = document.createElement('budget-execution-chart');
      const ok = await eventDuring<ReportLoadEvent>(el, 'report-load', () => {
        el.data = section;
        document.body.append(el);
      });
      expect(ok.detail.sectionId).to.equal('budget');
      const broken = structuredClone(section) as unknown as { items: Record<string, unknown>[] };
      broken.items[0]!['budget'] = '1,000';
      const err = await eventDuring<ReportErrorEvent>(el, 'report-error', () => {
        el.data = broken as unknown as BudgetSection;
      });
      expect(err.detail.problems.map((p) => p.path)).to.deep.equal(['/items/0/budget']);
      el.remove();
    });

    it('reads the data again when the same object is assigned after a change; the page hears it on document', async () => {
      const mine = sampleDocument();
      const el = document.createElement('budget-execution-chart');
      await eventDuring(el, 'report-load', () => {
        el.data = mine;
        document.body.append(el);
      });
      const heard: string[] = [];
      // Typed on document too: the events bubble and are composed.
      const listen = (e: ReportLoadEvent) => heard.push(e.detail.sectionId);
      document.addEventListener('report-load', listen);
      try {
        (mine.sections[0] as BudgetSection).items![0]!.name = '인건비(고침)';
        await eventDuring(el, 'report-load', () => {
          el.data = mine;
        });
        expect((await rowHeaders(el))[1]).to.equal('인건비(고침)');
        expect(heard).to.deep.equal(['budget']);
      } finally {
        document.removeEventListener('report-load', listen);
        el.remove();
      }
    });

    it('names the files of a lone section without an id after its kind', async () => {
      const { id: _id, ...section } = doc.sections[0] as BudgetSection;
      const el = document.createElement('budget-execution-chart');
      const ok = await eventDuring<ReportLoadEvent>(el, 'report-load', () => {
        el.data = section as BudgetSection;
        document.body.append(el);
      });
      expect(ok.detail.sectionId).to.equal('');
      const saved: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push(this.download);
      };
      try {
        el.downloadCSV();
        el.downloadSVG();
        expect(await el.downloadPNG()).to.equal(true);
      } finally {
        HTMLAnchorElement.prototype.click = click;
        el.remove();
      }
      expect(saved).to.deep.equal(['budget-execution.csv', 'budget-execution.svg', 'budget-execution.png']);
    });

    it('reads an inline JSON script, and again when its text changes', async () => {
      const el = document.createElement('budget-execution-chart');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(doc);
      el.append(script);
      await eventDuring(el, 'report-load', () => document.body.append(el));
      expect((await rowHeaders(el))[1]).to.equal('인건비');
      const next = sampleDocument();
      (next.sections[0] as BudgetSection).items![0]!.name = '인건비(수정)';
      await eventDuring(el, 'report-load', () => {
        script.textContent = JSON.stringify(next);
      });
      expect((await rowHeaders(el))[1]).to.equal('인건비(수정)');
      const err = await eventDuring<ReportErrorEvent>(el, 'report-error', () => {
        script.textContent = '{ not json';
      });
      expect(err.detail.problems).to.have.length(1);
      expect(err.detail.problems[0]).to.include({ code: 'not-json', path: '' });
      el.remove();
    });

    it('loads src, busy while loading, with the figures after', async () => {
      const fetches = stubFetch();
      try {
        const el = await fixture<BudgetExecutionChart>(html`<budget-execution-chart src="/r.json"></budget-execution-chart>`);
        expect(el.getAttribute('aria-busy')).to.equal('true');
        expect(q(el, '[role=progressbar]')).to.exist;
        await expect(el).to.be.accessible();
        await eventDuring(el, 'report-load', () => fetches.resolve(0, doc));
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        expect(await table(el)).to.exist;
      } finally {
        fetches.restore();
      }
    });

    it('aborts the request of an old src and never shows its late answer', async () => {
      const fetches = stubFetch();
      try {
        const el = await fixture<BudgetExecutionChart>(html`<budget-execution-chart src="/old.json"></budget-execution-chart>`);
        el.src = '/new.json';
        await el.updateComplete;
        expect(fetches.calls).to.deep.equal(['/old.json', '/new.json']);
        expect(fetches.signals[0]!.aborted).to.equal(true);
        const newer = sampleDocument();
        (newer.sections[0] as BudgetSection).items![0]!.name = '새 문서';
        await eventDuring(el, 'report-load', () => fetches.resolve(1, newer));
        expect(() => fetches.resolve(0, doc)).not.to.throw();
        await aTimeout(20);
        expect((await rowHeaders(el))[1]).to.equal('새 문서');
      } finally {
        fetches.restore();
      }
    });

    it('moved in the page while loading, aborts its request and loads again', async () => {
      const fetches = stubFetch();
      try {
        const el = await fixture<BudgetExecutionChart>(html`<budget-execution-chart src="/moved.json"></budget-execution-chart>`);
        const parent = el.parentElement!;
        el.remove();
        expect(fetches.signals[0]!.aborted).to.equal(true);
        parent.append(el);
        await el.updateComplete;
        expect(fetches.calls).to.deep.equal(['/moved.json', '/moved.json']);
        expect(q(el, '[role=progressbar]')).to.exist;
        await eventDuring(el, 'report-load', () => fetches.resolve(1, doc));
        expect(await table(el)).to.exist;
      } finally {
        fetches.restore();
      }
    });

    it('fails a request that takes longer than timeout', async () => {
      const fetches = stubFetch();
      try {
        const el = document.createElement('budget-execution-chart');
        el.timeout = 30;
        el.src = '/slow.json';
        const err = await eventDuring<ReportErrorEvent>(el, 'report-error', () => document.body.append(el));
        expect(err.detail.problems).to.have.length(1);
        expect(err.detail.problems[0]).to.include({ code: 'timeout', path: '' });
        expect(q(el, '[role=alert]')!.textContent).to.contain('30');
        el.remove();
      } finally {
        fetches.restore();
      }
    });

    it('reports an HTTP status and a body that is not JSON', async () => {
      const el = document.createElement('budget-execution-chart');
      el.src = '/test/fixtures/does-not-exist.json';
      const notFound = await eventDuring<ReportErrorEvent>(el, 'report-error', () => document.body.append(el));
      expect(notFound.detail.problems[0]).to.include({ code: 'http-404', path: '' });
      const notJson = await eventDuring<ReportErrorEvent>(el, 'report-error', () => {
        el.src = '/package.json.not-there/../README.md';
      });
      expect(notJson.detail.problems[0]).to.include({ code: 'not-json', path: '' });
      el.remove();
    });

    it('gives data precedence over the inline script, and both over src (no request made)', async () => {
      const fetches = stubFetch();
      try {
        const inline = sampleDocument();
        (inline.sections[0] as BudgetSection).items![0]!.name = '인라인';
        const el = document.createElement('budget-execution-chart');
        el.src = '/never.json';
        el.innerHTML = `<script type="application/json">${JSON.stringify(inline)}</script>`;
        await eventDuring(el, 'report-load', () => document.body.append(el));
        expect((await rowHeaders(el))[1]).to.equal('인라인');
        expect(fetches.calls).to.deep.equal([]);
        await eventDuring(el, 'report-load', () => {
          el.data = doc;
        });
        expect((await rowHeaders(el))[1]).to.equal('인건비');
        await eventDuring(el, 'report-load', () => {
          el.data = null;
        });
        expect((await rowHeaders(el))[1]).to.equal('인라인');
        el.remove();
      } finally {
        fetches.restore();
      }
    });
  });

  describe('section selection', () => {
    it('shows the section named by the section attribute', async () => {
      const el = await fixture<BudgetExecutionChart>(
        html`<budget-execution-chart section="programmes" .data=${doc}></budget-execution-chart>`,
      );
      expect((await colHeaders(el))).to.include('전년도 예산액');
      const loaded = await eventDuring<ReportLoadEvent>(el, 'report-load', () => {
        el.section = 'budget-trend';
      });
      expect(loaded.detail.sectionId).to.equal('budget-trend');
    });

    it('refuses a missing id or a section of another kind, listing the ids it could show', async () => {
      for (const id of ['nope', 'staffing']) {
        const el = document.createElement('budget-execution-chart');
        el.section = id;
        el.data = doc;
        const err = await eventDuring<ReportErrorEvent>(el, 'report-error', () => document.body.append(el));
        expect(err.detail.problems).to.have.length(1);
        expect(err.detail.problems[0]).to.include({ code: 'no-section', path: '' });
        const message = err.detail.problems[0]!.message;
        for (const shown of ['budget', 'budget-trend', 'programmes']) expect(message).to.contain(shown);
        expect(q(el, '[role=alert]')!.textContent).to.contain('programmes');
        el.remove();
      }
    });
  });

  describe('states', () => {
    it('lists the first 10 problems with their pointers, the count of the rest, and all in the event', async () => {
      const broken = sampleDocument() as unknown as { sections: Array<{ items: Record<string, unknown>[] }> };
      const items = broken.sections[0]!.items;
      for (const item of items) {
        item['budget'] = 'many';
        item['executed'] = -1;
      }
      const el = document.createElement('budget-execution-chart');
      el.data = broken as unknown as ReportDocument;
      const err = await eventDuring<ReportErrorEvent>(el, 'report-error', () => document.body.append(el));
      const problems = err.detail.problems;
      expect(problems.length).to.be.greaterThan(10);
      expect(problems[0]).to.include({ path: '/sections/0/items/0/budget', code: 'type' });
      const alert = q(el, '[role=alert]')!;
      expect(alert.querySelectorAll('li')).to.have.length(10);
      expect(alert.querySelector('li code')!.textContent).to.equal('/sections/0/items/0/budget');
      expect(alert.textContent).to.contain(String(problems.length - 10));
      expect(q(el, 'table')).to.equal(null);
      await expect(el).to.be.accessible();

      await eventDuring(el, 'report-load', () => {
        el.data = doc;
      });
      expect(q(el, '[role=alert]')).to.equal(null);
      expect(await table(el)).to.exist;
      el.remove();
    });

    it('refuses another major version, naming the version it reads', async () => {
      const el = document.createElement('budget-execution-chart');
      el.data = { ...doc, schemaVersion: '2.0' };
      const err = await eventDuring<ReportErrorEvent>(el, 'report-error', () => document.body.append(el));
      expect(err.detail.problems).to.have.length(1);
      expect(err.detail.problems[0]).to.include({ code: 'unsupported-version', path: '' });
      expect(err.detail.problems[0]!.message).to.contain('1.0');
      el.remove();
    });

    it('shows a warning with both values when a stated total is wrong, and still the figures', async () => {
      (doc.sections[0] as BudgetSection).total!.budget = 4953900;
      const el = document.createElement('budget-execution-chart');
      el.data = doc;
      const loaded = await eventDuring<ReportLoadEvent>(el, 'report-load', () => document.body.append(el));
      expect(loaded.detail.warnings).to.have.length(1);
      expect(loaded.detail.warnings[0]).to.include({
        code: 'total-mismatch',
        path: '/sections/0/total/budget',
        stated: 4953900,
        computed: 4952900,
      });
      const status = q(el, '[role=status]')!;
      expect(status.hasAttribute('hidden')).to.equal(false);
      expect(status.textContent).to.contain('4,953,900').and.contain('4,952,900');
      await table(el);
      const totalRow = q(el, 'tr.total')!;
      expect(totalRow.textContent).to.contain('4,953,900');
      expect(totalRow.querySelector('.disputed')).to.exist;
      expect(await table(el)).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says that nothing was given instead of staying blank', async () => {
      const el = await fixture<BudgetExecutionChart>(html`<budget-execution-chart></budget-execution-chart>`);
      expect(shadow(el).textContent!.trim().length).to.be.greaterThan(5);
    });

    it('shows an internal error in words when drawing fails, and does not throw', async () => {
      const Chart = customElements.get('budget-execution-chart') as unknown as typeof BudgetExecutionChart;
      class Broken extends Chart {
        protected override renderFigures(): never {
          throw new Error('drawing failed');
        }
      }
      customElements.define('broken-budget-chart', Broken);
      const logged: unknown[] = [];
      const error = console.error;
      console.error = (...args: unknown[]) => logged.push(args[0]);
      try {
        const el = await fixture<BudgetExecutionChart>(html`<broken-budget-chart .data=${doc}></broken-budget-chart>`);
        const alert = q(el, '[role=alert]')!;
        expect(alert).to.exist;
        expect(alert.textContent).to.match(/[가-힣]/);
        expect(String(logged[0])).to.contain('drawing failed');
      } finally {
        console.error = error;
      }
    });

    it('reads a unit-display or negative-style it does not know as the default', async () => {
      const plain = await fixture<BudgetExecutionChart>(html`<budget-execution-chart .data=${doc} section="programmes" lang="ko"></budget-execution-chart>`);
      const odd = await fixture<BudgetExecutionChart>(
        html`<budget-execution-chart .data=${doc} section="programmes" lang="ko" unit-display="weird" negative-style="x"></budget-execution-chart>`,
      );
      await Promise.all([plain.updateComplete, odd.updateComplete]);
      expect(odd.toCSV()).to.equal(plain.toCSV());
      expect(q(odd, 'svg')!.textContent).to.equal(q(plain, 'svg')!.textContent);
      expect(q(odd, 'svg')!.textContent).to.contain('△');
    });

    it('keeps data strings as text, never markup', async () => {
      (doc.sections[0] as BudgetSection).items![0]!.name = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<BudgetExecutionChart>(html`<budget-execution-chart .data=${doc}></budget-execution-chart>`);
      expect(q(el, 'img')).to.equal(null);
      expect((await rowHeaders(el))[1]).to.equal('<img src=x onerror="window.__pwned=1">');
    });
  });

  describe('language', () => {
    it('follows lang, then an ancestor, then meta.locale, and re-renders without a new report-load', async () => {
      // fixtureSync: fixture() waits a frame for a plain element, and a background test tab gets none.
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="en"><budget-execution-chart .data=${doc}></budget-execution-chart></div>`,
      );
      const el = wrapper.querySelector('budget-execution-chart')!;
      await waitUntil(() => q(el, 'svg.chart'));
      expect((await colHeaders(el))[0]).to.equal('Item');
      expect((await rowHeaders(el))[1]).to.equal('Personnel');

      let loads = 0;
      el.addEventListener('report-load', () => loads++);
      el.lang = 'ko';
      await el.updateComplete;
      expect((await colHeaders(el))[0]).to.equal('구분');
      expect((await rowHeaders(el))[1]).to.equal('인건비');
      expect(loads).to.equal(0);

      const plain = fixtureSync<HTMLDivElement>(html`<div><budget-execution-chart></budget-execution-chart></div>`);
      const inner = plain.querySelector('budget-execution-chart')!;
      const english = sampleDocument();
      english.meta.locale = 'en-US';
      document.documentElement.removeAttribute('lang');
      inner.data = english;
      await inner.updateComplete;
      expect((await colHeaders(inner))[0]).to.equal('Item');
    });

    it(`follows a change of an ancestor's lang, the page's too`, async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="ko"><budget-execution-chart .data=${doc}></budget-execution-chart></div>`);
      const el = wrapper.querySelector('budget-execution-chart')!;
      await waitUntil(() => q(el, 'svg.chart'));
      expect((await rowHeaders(el))[1]).to.equal('인건비');
      let loads = 0;
      el.addEventListener('report-load', () => loads++);
      wrapper.lang = 'en';
      await waitUntil(async () => (await rowHeaders(el))[1] === 'Personnel', 'English after the ancestor changed');
      wrapper.removeAttribute('lang');
      const page = document.documentElement.getAttribute('lang');
      try {
        document.documentElement.lang = 'ko';
        await waitUntil(async () => (await rowHeaders(el))[1] === '인건비', 'Korean after the page changed');
      } finally {
        if (page === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = page;
      }
      expect(loads).to.equal(0);
    });

    it('writes problems in the UI language', async () => {
      const broken = sampleDocument() as unknown as { sections: Array<{ items: Record<string, unknown>[] }> };
      broken.sections[0]!.items[0]!['budget'] = '1,245,300';
      const ko = await fixture<BudgetExecutionChart>(html`<budget-execution-chart lang="ko" .data=${broken}></budget-execution-chart>`);
      const en = await fixture<BudgetExecutionChart>(html`<budget-execution-chart lang="en" .data=${broken}></budget-execution-chart>`);
      expect(q(ko, '[role=alert] li')!.textContent).to.match(/[가-힣]/);
      expect(q(en, '[role=alert] li')!.textContent).not.to.match(/[가-힣]/);
      expect(q(en, '[role=alert] li')!.textContent).to.contain('/sections/0/items/0/budget');
    });
  });
});
