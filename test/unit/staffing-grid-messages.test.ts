import { expect } from '@open-wc/testing';
import { gridMessages } from '../../src/components/staffing-grid/staffing-grid.messages.js';
import type { UiLang } from '../../src/schema/types.js';
import { leaves } from './message-leaves.js';

const LANGS: UiLang[] = ['ko', 'en'];

describe('staffing grid messages', () => {
  it('define the same keys in both languages', () => {
    const keys = (lang: UiLang) => leaves(gridMessages(lang)).map(([k]) => k).sort();
    expect(keys('ko')).to.deep.equal(keys('en'));
    expect(keys('en').length).to.be.greaterThan(15);
  });

  for (const lang of LANGS) {
    it(`have no empty word in ${lang}`, () => {
      for (const [key, value] of leaves(gridMessages(lang))) {
        expect(value, `${lang}.${key}`).to.be.a('string');
        expect((value as string).trim(), `${lang}.${key}`).not.to.equal('');
      }
    });
  }

  it('name the columns and how to read a cell', () => {
    const ko = gridMessages('ko').columns;
    const en = gridMessages('en').columns;
    expect([ko.authorized, ko.current, ko.difference, ko.vacancyRate]).to.deep.equal(['정원', '현원', '과부족', '결원율']);
    expect([en.unit, en.grade, en.subtotal]).to.deep.equal(['Unit', 'Grade', 'Subtotal']);
    expect(gridMessages('ko').cellLegend).to.equal('현원 / 정원, 과부족');
    expect(gridMessages('en').cellLegend).to.equal('current / authorized, difference');
  });
});
