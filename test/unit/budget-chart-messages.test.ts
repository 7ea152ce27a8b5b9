import { expect } from '@open-wc/testing';
import { chartMessages } from '../../src/components/budget-execution-chart/budget-execution-chart.messages.js';
import { checkWordTable } from './message-leaves.js';

describe('budget chart messages', () => {
  checkWordTable(chartMessages, 20);

  it('name the columns', () => {
    const ko = chartMessages('ko').columns;
    const en = chartMessages('en').columns;
    expect([ko.item, ko.budget, ko.executed, ko.rate, ko.remaining, ko.previousBudget, ko.change, ko.note]).to.deep.equal(
      ['구분', '예산액', '집행액', '집행률', '잔액', '전년도 예산액', '증감', '비고'],
    );
    expect([en.item, en.budget, en.executed, en.rate, en.remaining, en.previousBudget, en.change, en.note]).to.deep.equal(
      ['Item', 'Budget', 'Executed', 'Execution rate', 'Remaining', 'Previous year budget', 'Change', 'Note'],
    );
    expect([ko.period, en.period]).to.deep.equal(['연도', 'Period']);
  });
});
