import { expect } from '@open-wc/testing';
import { gridMessages } from '../../src/components/staffing-grid/staffing-grid.messages.js';
import { checkWordTable } from './message-leaves.js';

describe('staffing grid messages', () => {
  checkWordTable(gridMessages, 15);

  it('name the columns and how to read a cell', () => {
    const ko = gridMessages('ko').columns;
    const en = gridMessages('en').columns;
    expect([ko.authorized, ko.current, ko.difference, ko.vacancyRate]).to.deep.equal(['정원', '현원', '과부족', '결원율']);
    expect([en.unit, en.grade, en.subtotal]).to.deep.equal(['Unit', 'Grade', 'Subtotal']);
    expect(gridMessages('ko').cellLegend).to.equal('현원 / 정원, 과부족');
    expect(gridMessages('en').cellLegend).to.equal('current / authorized, difference');
  });
});
