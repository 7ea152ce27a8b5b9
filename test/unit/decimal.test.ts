import { expect } from '@open-wc/testing';
import {
  decimalsOf,
  largestRemainderShares,
  percentExact,
  percentHalfUp,
  percentWithin,
  roundHalfUp,
  subtractExact,
  sumExact,
} from '../../src/derive/decimal.js';

describe('decimalsOf', () => {
  it('counts the decimals as written, exponent forms included', () => {
    expect(decimalsOf(380200)).to.equal(0);
    expect(decimalsOf(55.25)).to.equal(2);
    expect(decimalsOf(-0.1)).to.equal(1);
    expect(decimalsOf(1e-7)).to.equal(7);
    expect(decimalsOf(1.5e-7)).to.equal(8);
    expect(decimalsOf(1.5e21)).to.equal(0);
  });

  it('refuses what is not a finite number', () => {
    expect(() => decimalsOf(NaN)).to.throw(RangeError);
    expect(() => decimalsOf(Infinity)).to.throw(RangeError);
  });
});

describe('sumExact', () => {
  it('adds decimals without float artefacts', () => {
    expect(0.1 + 0.2).to.not.equal(0.3);
    expect(sumExact([0.1, 0.2])).to.equal(0.3);
    expect(sumExact([1.1, 2.2, 3.3])).to.equal(6.6);
    expect(sumExact([0.1, 0.7])).to.equal(0.8);
  });

  it('handles negatives, exponents, integers and the empty sum', () => {
    expect(sumExact([-0.3, 0.1])).to.equal(-0.2);
    expect(sumExact([1e-7, 2e-7])).to.equal(3e-7);
    expect(sumExact([1.5e21, 2.5e21])).to.equal(4e21);
    expect(sumExact([380200, 18040])).to.equal(398240);
    expect(sumExact([])).to.equal(0);
    expect(Object.is(sumExact([0.5, -0.5]), 0)).to.equal(true);
  });

  it('subtracts exactly', () => {
    expect(subtractExact(0.3, 0.1)).to.equal(0.2);
    expect(subtractExact(100, 118.04)).to.equal(-18.04);
    // Whole amounts, and past the safe integers (where the exact path must take over).
    expect(subtractExact(380_200, 398_240)).to.equal(-18_040);
    expect(subtractExact(Number.MAX_SAFE_INTEGER, -1)).to.equal(Number.MAX_SAFE_INTEGER + 1);
  });
});

describe('roundHalfUp', () => {
  it('rounds the written decimal, half away from zero', () => {
    expect(roundHalfUp(1.005, 2)).to.equal(1.01); // the float 1.005 is 1.00499999…
    expect(roundHalfUp(28.75, 1)).to.equal(28.8);
    expect(roundHalfUp(-28.75, 1)).to.equal(-28.8);
    expect(roundHalfUp(28.74, 1)).to.equal(28.7);
    expect(roundHalfUp(2.5, 0)).to.equal(3);
    expect(roundHalfUp(1.2, 3)).to.equal(1.2);
  });
});

describe('percentHalfUp', () => {
  it('rounds 23 / 80 = 28.75 up although the float gives 28.749999…', () => {
    expect((23 / 80) * 100).to.be.below(28.75);
    expect(percentHalfUp(23, 80)).to.equal(28.8);
  });

  it('rounds thirds, decimals and other places', () => {
    expect(percentHalfUp(1, 3)).to.equal(33.3);
    expect(percentHalfUp(2, 3)).to.equal(66.7);
    expect(percentHalfUp(125, 256)).to.equal(48.8);
    expect(percentHalfUp(0.1, 0.3)).to.equal(33.3);
    expect(percentHalfUp(1, 8, 0)).to.equal(13);
    expect(percentHalfUp(1, 3, 2)).to.equal(33.33);
    expect(percentHalfUp(1234, 2240)).to.equal(55.1);
    expect(percentHalfUp(2.01, 4)).to.equal(50.3); // 50.25: every float formula gives 50.2
  });

  it('gives whole amounts (a fast path) exactly what big-integer division gives', () => {
    let seed = 7;
    const next = (max: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * max));
    const exact = (part: number, whole: number, decimals: number) => {
      const n = BigInt(part) * 10n ** BigInt(2 + decimals);
      const d = BigInt(whole);
      const neg = n < 0n !== d < 0n;
      const a = n < 0n ? -n : n;
      const b = d < 0n ? -d : d;
      const q = (2n * a + b) / (2n * b);
      return Number(`${neg && q ? '-' : ''}${q.toString().padStart(decimals + 1, '0').replace(new RegExp(`(\\d{${decimals}})$`), decimals ? '.$1' : '$1')}`);
    };
    for (let i = 0; i < 5000; i++) {
      const whole = 1 + next(10 ** (1 + next(12)));
      const part = next(whole * 2) * (next(10) ? 1 : -1);
      const decimals = next(3);
      expect(percentHalfUp(part, whole, decimals), `${part} / ${whole}`).to.equal(exact(part, whole, decimals));
    }
    expect(percentHalfUp(1, 2 ** 52)).to.equal(0);
    expect(percentHalfUp(2 ** 52, 3)).to.equal(exact(2 ** 52, 3, 1));
  });

  it('is symmetric for negatives (a surplus)', () => {
    expect(percentHalfUp(-23, 80)).to.equal(-28.8);
    expect(percentHalfUp(23, -80)).to.equal(-28.8);
    expect(percentHalfUp(-1, 3)).to.equal(-33.3);
  });

  it('gives NaN for a whole of 0', () => {
    expect(percentHalfUp(1, 0)).to.be.NaN;
  });
});

describe('percentExact', () => {
  it('is the unrounded percentage, NaN for a whole of 0', () => {
    expect(percentExact(23, 80)).to.equal(28.75);
    expect(percentExact(1, 3)).to.be.closeTo(33.333333, 1e-6);
    expect(percentExact(0, 0)).to.be.NaN;
  });
});

describe('percentWithin', () => {
  it('passes a stated rate at most 0.05 points away, decided exactly', () => {
    expect(percentWithin(28.8, 23, 80)).to.equal(true); // 28.8 − 28.75 is 0.05000000000000071 in floats
    expect(percentWithin(28.7, 23, 80)).to.equal(true);
    expect(percentWithin(28.81, 23, 80)).to.equal(false);
    expect(percentWithin(28.69, 23, 80)).to.equal(false);
    expect(percentWithin(33.3, 1, 3)).to.equal(true);
    expect(percentWithin(33.4, 1, 3)).to.equal(false);
  });

  it('takes another tolerance, and fails on a whole of 0', () => {
    expect(percentWithin(28.9, 23, 80, 0.15)).to.equal(true);
    expect(percentWithin(0, 0, 0)).to.equal(false);
  });
});

describe('largestRemainderShares', () => {
  it('makes parts that add up to the whole sum to exactly 100.0', () => {
    expect(largestRemainderShares([1, 1, 1], 3)).to.deep.equal([33.4, 33.3, 33.3]);
    expect(largestRemainderShares([2, 1], 3)).to.deep.equal([66.7, 33.3]);
    expect(largestRemainderShares([1, 1, 1, 1, 1, 1], 6)).to.deep.equal([16.7, 16.7, 16.7, 16.7, 16.6, 16.6]);
  });

  it('gives a tie to the part declared first', () => {
    expect(largestRemainderShares([1, 2, 1, 2], 6)).to.deep.equal([16.7, 33.3, 16.7, 33.3]);
    expect(largestRemainderShares([1, 1, 1], 3).indexOf(33.4)).to.equal(0);
    expect(largestRemainderShares([0, 1, 1, 1], 3)).to.deep.equal([0, 33.4, 33.3, 33.3]);
  });

  it('gives the pledge shares of 256', () => {
    const shares = largestRemainderShares([100, 25, 98, 33], 256);
    expect(shares).to.deep.equal([39, 9.8, 38.3, 12.9]);
    expect(sumExact(shares)).to.equal(100);
  });

  it('rounds each half up when the parts do not add up to the whole', () => {
    expect(largestRemainderShares([1, 1, 1], 4)).to.deep.equal([25, 25, 25]);
    expect(largestRemainderShares([1, 1], 3)).to.deep.equal([33.3, 33.3]);
    expect(largestRemainderShares([2, 2], 3)).to.deep.equal([66.7, 66.7]);
  });

  it('gives 0 for a whole of 0 and works with decimals and other places', () => {
    expect(largestRemainderShares([0, 0], 0)).to.deep.equal([0, 0]);
    expect(largestRemainderShares([0.1, 0.1, 0.1], 0.3)).to.deep.equal([33.4, 33.3, 33.3]);
    expect(largestRemainderShares([1, 1, 1], 3, 0)).to.deep.equal([34, 33, 33]);
  });
});
