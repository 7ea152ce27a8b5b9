// Loads pages in Debian's Chromium and checks that each kit element really rendered:
//  --examples   examples/*.html on the CDN bundle, under the strict CSP the README names;
//               every element must show a table, no alert, and the page must log no error
//               (a CSP or Trusted Types violation logs one).
//  --storybook  every story of storybook-static/: its element must render its shadow DOM
//               (a table, an alert or the loading placeholder). This catches a Storybook
//               that builds but renders nothing (e.g. a wrong `sideEffects` list).
// Prints `pages: N passed, N failed`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const TAGS = ['budget-execution-chart', 'pledge-progress-table', 'staffing-grid'];
const mode = process.argv[2];
let passed = 0;
let failed = 0;
const ok = (name) => {
  passed++;
  console.log(`  ✓ ${name}`);
};
const fail = (name, why) => {
  failed++;
  console.log(`  ✗ ${name}: ${why}`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

/**
 * What each kit element on the page shows: 'table', 'alert', 'loading', 'nothing' (a loaded
 * section with nothing to draw, saying so), 'empty' (no input) or 'none'.
 */
function statesOnPage(tags) {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll(tags.join(','))) {
      const shadow = el.shadowRoot;
      const state = !shadow
        ? 'undefined'
        : shadow.querySelector('[role=alert]')
          ? 'alert'
          : shadow.querySelector('table, svg')
            ? 'table'
            : shadow.querySelector('[role=progressbar]')
              ? 'loading'
              : shadow.querySelector('.nothing')
                ? 'nothing'
                : shadow.querySelector('.empty')
                  ? 'empty'
                  : 'none';
      out.push({ tag: el.localName, section: el.getAttribute('section'), state });
    }
  };
  visit(document);
  return out;
}

async function withPage(fn) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    return await fn(page, errors);
  } finally {
    await page.close();
  }
}

try {
  if (mode === '--examples') {
    const { server, url } = await serve('.');
    for (const file of ['index.html', 'index.en.html']) {
      await withPage(async (page, errors) => {
        await page.goto(`${url}/examples/${file}`);
        await page
          .waitForFunction(
            (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('table, [role=alert]')),
            TAGS,
            { timeout: 15000 },
          )
          .catch(() => {});
        const states = await page.evaluate(statesOnPage, TAGS);
        if (states.length === 0) fail(file, 'no kit element on the page');
        for (const s of states) {
          const name = `${file} <${s.tag}${s.section ? ` section=${s.section}` : ''}>`;
          if (s.state === 'table') ok(name);
          else fail(name, `shows ${s.state}`);
        }
        if (errors.length) fail(`${file} console`, errors.join(' | '));
        else ok(`${file} logs no error (CSP and Trusted Types respected)`);
      });
    }
    // The CDN bundle with bad input: problems with their pointers (the first 10 listed, all
    // in the event), and stated totals that do not add up shown with a warning.
    await withPage(async (page, errors) => {
      await page.addInitScript(() => {
        window.__events = [];
        for (const type of ['report-load', 'report-error']) {
          window.addEventListener(type, (e) => window.__events.push({ type, id: e.target.id, detail: e.detail }));
        }
      });
      await page.goto(`${url}/examples/problems.html`);
      await page.waitForFunction(() => window.__events.length >= 3, null, { timeout: 15000 }).catch(() => {});
      const seen = await page.evaluate(() => {
        const shadow = (id) => document.getElementById(id).shadowRoot;
        const alert = shadow('invalid').querySelector('[role=alert]');
        const status = (id) => shadow(id).querySelector('[role=status]');
        return {
          events: window.__events,
          listed: alert ? [...alert.querySelectorAll('li code')].map((c) => c.textContent) : [],
          alertText: alert?.textContent ?? '',
          budgetWarning: status('wrong-total')?.textContent ?? '',
          budgetTable: !!shadow('wrong-total').querySelector('table, .bar'),
          staffingWarning: status('wrong-staffing-total')?.textContent ?? '',
        };
      });
      const error = seen.events.find((e) => e.type === 'report-error' && e.id === 'invalid');
      const problems = error?.detail.problems ?? [];
      if (problems.length > 10 && seen.listed.length === 10 && seen.listed[0] === problems[0].path && seen.alertText.includes(String(problems.length - 10))) {
        ok(`problems.html: ${problems.length} problems in report-error, the first 10 listed with pointers and the rest counted`);
      } else fail('problems.html invalid document', JSON.stringify({ problems: problems.length, listed: seen.listed }));
      const load = seen.events.find((e) => e.type === 'report-load' && e.id === 'wrong-total');
      const warning = load?.detail.warnings.find((w) => w.path === '/sections/0/total/budget');
      if (warning?.stated === 4953900 && warning.computed === 4952900 && seen.budgetWarning.includes('4,953,900') && seen.budgetWarning.includes('4,952,900') && seen.budgetTable) {
        ok('problems.html: a wrong stated budget total is warned with both values, the figures still shown');
      } else fail('problems.html wrong budget total', JSON.stringify({ warning, text: seen.budgetWarning }));
      if (seen.staffingWarning.includes('28') && seen.staffingWarning.includes('26')) ok('problems.html: a wrong staffing total is warned');
      else fail('problems.html wrong staffing total', seen.staffingWarning);
      if (errors.length) fail('problems.html console', errors.join(' | '));
    });
    server.close();
  } else if (mode === '--storybook') {
    const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    const { server, url } = await serve('storybook-static');
    if (stories.length === 0) fail('storybook', 'no story in index.json');
    for (const story of stories) {
      await withPage(async (page, errors) => {
        await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`);
        await page
          .waitForFunction(
            (tags) => {
              const els = [...document.querySelectorAll(tags.join(','))];
              return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('table, svg, .nothing, [role=alert], [role=progressbar]'));
            },
            TAGS,
            { timeout: 15000 },
          )
          .catch(() => {});
        const states = await page.evaluate(statesOnPage, TAGS);
        const name = `${story.title} / ${story.name}`;
        const bad = states.filter((s) => !['table', 'alert', 'loading', 'nothing'].includes(s.state));
        const unexpected = errors.filter((e) => !/Failed to load resource|report cannot|보고서를/.test(e));
        if (states.length === 0) fail(name, 'no kit element rendered');
        else if (bad.length) fail(name, bad.map((s) => `<${s.tag}> shows ${s.state}`).join(', '));
        else if (unexpected.length) fail(name, unexpected.join(' | '));
        else ok(name);
      });
    }
    server.close();
  } else {
    throw new Error('usage: check-pages.mjs --examples | --storybook');
  }
} catch (error) {
  fail('page checks', error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
}
console.log(`pages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
