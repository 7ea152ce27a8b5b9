import { expect } from '@open-wc/testing';
import { nextCell } from '../../src/components/staffing-grid/staffing-grid.keys.js';

describe('staffing-grid keys: nextCell', () => {
  const at = (key: string, row = 2, col = 3, ctrl = false) => nextCell({ key, ctrl, row, col, rows: 5, cols: 6 });

  it('moves one cell with the arrows and stops at the edges', () => {
    expect(at('ArrowUp')).to.deep.equal([1, 3]);
    expect(at('ArrowDown')).to.deep.equal([3, 3]);
    expect(at('ArrowLeft')).to.deep.equal([2, 2]);
    expect(at('ArrowRight')).to.deep.equal([2, 4]);
    expect(at('ArrowUp', 0, 0)).to.deep.equal([0, 0]);
    expect(at('ArrowLeft', 0, 0)).to.deep.equal([0, 0]);
    expect(at('ArrowDown', 4, 5)).to.deep.equal([4, 5]);
    expect(at('ArrowRight', 4, 5)).to.deep.equal([4, 5]);
  });

  it('goes to the row ends with Home / End, to the grid corners with Ctrl', () => {
    expect(at('Home')).to.deep.equal([2, 0]);
    expect(at('End')).to.deep.equal([2, 5]);
    expect(at('Home', 2, 3, true)).to.deep.equal([0, 0]);
    expect(at('End', 2, 3, true)).to.deep.equal([4, 5]);
  });

  it('pages by 10 rows (or as asked), clamped', () => {
    expect(at('PageDown')).to.deep.equal([4, 3]);
    expect(at('PageUp')).to.deep.equal([0, 3]);
    expect(nextCell({ key: 'PageDown', row: 0, col: 1, rows: 30, cols: 4 })).to.deep.equal([10, 1]);
    expect(nextCell({ key: 'PageDown', row: 0, col: 1, rows: 30, cols: 4, page: 3 })).to.deep.equal([3, 1]);
  });

  it('leaves other keys alone', () => {
    expect(at('Enter')).to.equal(null);
    expect(at(' ')).to.equal(null);
    expect(at('a')).to.equal(null);
  });
});
