import { expect } from '@open-wc/testing';
import { windowRows } from '../../src/components/pledge-progress-table/pledge-progress-table.window.js';

describe('pledge table: row window', () => {
  it('renders the rows in view plus the overscan', () => {
    expect(windowRows(10000, 0, 40, 400, 5)).to.deep.equal({ start: 0, end: 15 });
    expect(windowRows(10000, 4000, 40, 400, 5)).to.deep.equal({ start: 95, end: 115 });
    expect(windowRows(10000, 4020, 40, 400, 0)).to.deep.equal({ start: 100, end: 111 });
  });

  it('stays within the rows at both ends', () => {
    expect(windowRows(10000, 10000 * 40, 40, 400, 5)).to.deep.equal({ start: 9985, end: 10000 });
    // Far past the end (the rows were just filtered down): still the last screenful.
    expect(windowRows(300, 400000, 40, 400, 5)).to.deep.equal({ start: 285, end: 300 });
    expect(windowRows(10, -50, 40, 400, 5)).to.deep.equal({ start: 0, end: 10 });
    expect(windowRows(0, 0, 40, 400)).to.deep.equal({ start: 0, end: 0 });
  });

  it('survives a zero row height or viewport', () => {
    expect(windowRows(100, 0, 0, 400, 0)).to.deep.equal({ start: 0, end: 100 });
    expect(windowRows(100, 200, 40, 0, 2)).to.deep.equal({ start: 3, end: 7 });
  });
});
