import { expect } from '@open-wc/testing';
import { inRows, windowRows } from '../../src/core/window.js';

describe('windowRows: the rows of a long list to render', () => {
  it('gives the rows in view and `overscan` more on each side', () => {
    expect(windowRows(10000, 0, 40, 400, 5)).to.deep.equal([0, 15]);
    expect(windowRows(10000, 4000, 40, 400, 5)).to.deep.equal([95, 115]);
    expect(windowRows(10000, 4020, 40, 400, 0)).to.deep.equal([100, 111]);
    expect(windowRows(200, 0, 50, 500, 6)).to.deep.equal([0, 16]);
    expect(windowRows(200, 1000, 50, 500, 6)).to.deep.equal([14, 36]);
    expect(windowRows(200, 1010, 50, 500, 0)).to.deep.equal([20, 31]);
  });

  it('shows the last rows for a position past the end', () => {
    expect(windowRows(10000, 10000 * 40, 40, 400, 5)).to.deep.equal([9985, 10000]);
    // Far past the end (the rows were just filtered down): still the last screenful.
    expect(windowRows(300, 400000, 40, 400, 5)).to.deep.equal([285, 300]);
    expect(windowRows(200, 200 * 50, 50, 500, 2)).to.deep.equal([188, 200]);
    expect(windowRows(20, 99999, 50, 500, 2)).to.deep.equal([8, 20]);
  });

  it('shows only the rows that reach into view when they begin below its top', () => {
    expect(windowRows(10, -50, 40, 400, 5)).to.deep.equal([0, 10]);
    expect(windowRows(200, -120, 50, 500, 2)).to.deep.equal([0, 10]);
    expect(windowRows(200, -120, 50, 500, 0)).to.deep.equal([0, 8]);
  });

  it('renders every row of a list shorter than the viewport, and none of an empty one', () => {
    expect(windowRows(5, 0, 50, 500)).to.deep.equal([0, 5]);
    expect(windowRows(5, 300, 50, 500)).to.deep.equal([0, 5]);
    expect(windowRows(0, 0, 50, 500)).to.deep.equal([0, 0]);
    expect(windowRows(0, 0, 40, 400)).to.deep.equal([0, 0]);
  });

  it('survives a zero row height or viewport', () => {
    expect(windowRows(100, 0, 0, 400, 0)).to.deep.equal([0, 100]);
    expect(windowRows(100, 200, 40, 0, 2)).to.deep.equal([3, 7]);
  });
});

describe('inRows: a scroll position past opened rows, in rows', () => {
  // Rows 40 px high; rows 2 and 5 opened, their details 100 and 60 px high.
  const extra = (p: number) => (p === 2 ? 100 : 60);
  it('is the position itself above the first details row', () => {
    expect(inRows(0, [2, 5], 40, extra)).to.equal(0);
    expect(inRows(119, [2, 5], 40, extra)).to.equal(119);
    expect(inRows(50, [], 40, extra)).to.equal(50);
  });
  it('within a details row, is the top of the row it belongs to', () => {
    expect(inRows(120, [2, 5], 40, extra)).to.equal(80);
    expect(inRows(219, [2, 5], 40, extra)).to.equal(80);
  });
  it('past details rows, takes their heights off', () => {
    expect(inRows(220, [2, 5], 40, extra)).to.equal(120);
    expect(inRows(339, [2, 5], 40, extra)).to.equal(239);
    expect(inRows(340, [2, 5], 40, extra)).to.equal(200);
    expect(inRows(400, [2, 5], 40, extra)).to.equal(240);
    expect(inRows(1000, [2, 5], 40, extra)).to.equal(840);
  });
});
