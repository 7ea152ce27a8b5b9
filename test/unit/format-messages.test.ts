import { expect } from '@open-wc/testing';
import { MESSAGES, uiMessages, type UiMessages } from '../../src/format/messages.js';
import type { UiLang } from '../../src/schema/types.js';

const LANGS: UiLang[] = ['ko', 'en'];

/** Every leaf of a message table, strings as they are and functions called with samples. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[path, (value as (a: unknown) => unknown)(path.endsWith('asOf') || path.endsWith('date') ? '2024-10-31' : 3)]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

describe('messages', () => {
  it('define the same keys in both languages', () => {
    const keys = (lang: UiLang) => leaves(MESSAGES[lang]).map(([k]) => k).sort();
    expect(keys('ko')).to.deep.equal(keys('en'));
    expect(keys('en').length).to.be.greaterThan(40);
  });

  for (const lang of LANGS) {
    it(`have no empty word in ${lang}`, () => {
      for (const [key, value] of leaves(MESSAGES[lang])) {
        expect(value, `${lang}.${key}`).to.be.a('string');
        expect((value as string).trim(), `${lang}.${key}`).not.to.equal('');
      }
    });
  }

  it('are looked up by UI language', () => {
    expect(uiMessages('ko').loading).to.equal('불러오는 중…');
    expect(uiMessages('en').loading).to.equal('Loading…');
    expect(uiMessages('ko')).to.equal(MESSAGES.ko);
  });

  it('name the headings and markers', () => {
    const ko = uiMessages('ko');
    const en = uiMessages('en');
    expect(ko.errorHeading).to.equal('보고서를 표시할 수 없습니다');
    expect(en.errorHeading).to.equal('The report cannot be shown');
    expect(ko.warningsHeading).to.equal('보고서의 수치 중 맞지 않는 것이 있습니다');
    expect(en.warningsHeading).to.equal('Some stated figures do not add up');
    expect(ko.disputed).to.equal('보고서 기재값, 계산값과 다름');
    expect(en.disputed).to.equal('as stated; differs from the computed figure');
    expect(ko.notApplicable).to.equal('해당 없음');
    expect(en.notApplicable).to.equal('not applicable');
    expect(ko.downloadCsv).to.equal('CSV 내려받기');
    expect(en.downloadCsv).to.equal('Download CSV');
  });

  it('count the problems left out', () => {
    expect(uiMessages('en').moreProblems(1)).to.equal('and 1 more problem');
    expect(uiMessages('en').moreProblems(5)).to.equal('and 5 more problems');
    expect(uiMessages('ko').moreProblems(5)).to.contain('5건');
  });

  it('describe loading failures with their figures', () => {
    expect(uiMessages('en').httpError(404)).to.contain('HTTP 404');
    expect(uiMessages('ko').httpError(500, 'https://example.org/r.json')).to.contain('HTTP 500');
    expect(uiMessages('en').timeout(30000)).to.equal('The report did not arrive within 30 seconds');
    expect(uiMessages('en').timeout(1500)).to.contain('1.5 seconds');
    expect(uiMessages('ko').timeout(30000)).to.contain('30초');
    expect(uiMessages('en').notJson).to.contain('JSON');
    expect(uiMessages('ko').networkError()).to.contain('네트워크');
  });

  it('name the columns and stages', () => {
    const ko = uiMessages('ko').columns;
    const en = uiMessages('en').columns;
    expect([ko.item, ko.budget, ko.executed, ko.rate, ko.remaining, ko.previousBudget, ko.change, ko.note]).to.deep.equal(
      ['구분', '예산액', '집행액', '집행률', '잔액', '전년도 예산액', '증감', '비고'],
    );
    expect([en.item, en.budget, en.executed, en.rate, en.remaining, en.previousBudget, en.change, en.note]).to.deep.equal(
      ['Item', 'Budget', 'Executed', 'Execution rate', 'Remaining', 'Previous year budget', 'Change', 'Note'],
    );
    expect([ko.authorized, ko.current, ko.difference, ko.vacancyRate]).to.deep.equal(['정원', '현원', '과부족', '결원율']);
    expect(uiMessages('ko').stages).to.deep.equal({
      done: '완료',
      progress: '추진중',
      delayed: '부진',
      'not-started': '미착수',
      dropped: '중단',
    });
    expect(uiMessages('en').stages['not-started']).to.equal('Not started');
  });

  it('state the as-of date', () => {
    expect(uiMessages('ko').asOf('2024-10-31')).to.equal('2024-10-31 기준');
    expect(uiMessages('en').asOf('2024-10-31')).to.equal('as of 31 Oct 2024');
    expect(uiMessages('en').asOf('2024-01-01', 'en-US')).to.equal('as of 1 Jan 2024');
    expect(uiMessages('en').date('2024-10')).to.equal('Oct 2024');
    expect(uiMessages('en').date('2024-02-30')).to.equal('2024-02-30');
    expect(uiMessages('en').date('soon')).to.equal('soon');
    expect(uiMessages('ko').date('2024-10-31')).to.equal('2024-10-31');
  });

  it('say signs in words for screen readers', () => {
    const ko: UiMessages = uiMessages('ko');
    expect(ko.negative('18,040')).to.equal('마이너스 18,040');
    expect(uiMessages('en').negative('18,040')).to.equal('\u221218,040');
  });
});
