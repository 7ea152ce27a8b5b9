import { expect } from '@open-wc/testing';
import { MESSAGES, uiMessages, type UiMessages } from '../../src/format/messages.js';
import { checkWordTable } from './message-leaves.js';

describe('messages', () => {
  checkWordTable((lang) => MESSAGES[lang], 15);

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

  it('name the column every element shows', () => {
    expect(uiMessages('ko').columns).to.deep.equal({ total: '계' });
    expect(uiMessages('en').columns).to.deep.equal({ total: 'Total' });
  });

  it('state the as-of date', () => {
    expect(uiMessages('ko').asOf('2024-10-31')).to.equal('2024-10-31 기준');
    expect(uiMessages('en').asOf('2024-10-31')).to.equal('as of 31 Oct 2024');
    expect(uiMessages('en').asOf('2024-01-01', 'en-US')).to.equal('as of 1 Jan 2024');
    expect(uiMessages('en').date('2024-10')).to.equal('Oct 2024');
    // The same three letters for every month (en-GB's Intl writes 'Sept').
    expect(uiMessages('en').date('2023-09-05')).to.equal('5 Sep 2023');
    expect(['01', '06', '09', '12'].map((mm) => uiMessages('en').date(`2024-${mm}`))).to.deep.equal(['Jan 2024', 'Jun 2024', 'Sep 2024', 'Dec 2024']);
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
