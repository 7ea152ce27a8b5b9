import { expect } from '@open-wc/testing';
import { pledgeMessages } from '../../src/components/pledge-progress-table/pledge-progress-table.messages.js';
import { PLEDGE_STAGES } from '../../src/derive/pledge.js';
import { checkWordTable } from './message-leaves.js';

describe('pledge table messages', () => {
  checkWordTable(pledgeMessages, 20);

  it('name the stages', () => {
    expect(pledgeMessages('ko').stages).to.deep.equal({
      done: '완료',
      progress: '추진중',
      delayed: '부진',
      'not-started': '미착수',
      dropped: '중단',
    });
    expect(pledgeMessages('en').stages['not-started']).to.equal('Not started');
    expect(Object.keys(pledgeMessages('en').stages).sort()).to.deep.equal([...PLEDGE_STAGES].sort());
  });

  it('name the columns', () => {
    const ko = pledgeMessages('ko').columns;
    const en = pledgeMessages('en').columns;
    expect([ko.status, ko.stage, ko.count, ko.share]).to.deep.equal(['상태', '단계', '건수', '비율']);
    expect([en.title, en.category, en.department, en.progress, en.due, en.updated]).to.deep.equal(
      ['Title', 'Category', 'Department', 'Progress', 'Due', 'Updated'],
    );
  });
});
