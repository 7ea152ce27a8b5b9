import { expect } from '@open-wc/testing';
import { decimalOf, formatMagnitude, isPlainLocale, numberFormatter, type NumberOptions } from '../../src/format/number.js';

// The plain formatter stands in for Intl.NumberFormat in ko, en, ja and zh: it must write
// exactly what Intl writes, for every value and option set the kit uses.

/** A seeded generator, so a failure names a value that reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

function sampleValues(): number[] {
  const next = random(20241031);
  const values = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 1.005, 1.0005, 12.345, 999.9995, 999, 1000, 1001, 12345.6789,
    999999.5, 1234567, -1234567.891, 1e15, 123456789012345, 0.000001, 0.1 + 0.2, 32.3 * 1000, 0.285, 28.75, 99.95, 100];
  for (let i = 0; i < 2000; i++) {
    const magnitude = 10 ** Math.floor(next() * 12 - 3);
    const v = next() * magnitude * (next() < 0.2 ? -1 : 1);
    // Short decimals (as reports write them) and full doubles both.
    values.push(i % 2 ? Number(v.toFixed(Math.floor(next() * 5))) : v);
  }
  return values;
}

const OPTION_SETS: NumberOptions[] = [
  {},
  { maximumFractionDigits: 20 },
  { minimumFractionDigits: 1 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  { minimumFractionDigits: 0, maximumFractionDigits: 0 },
  { useGrouping: false },
  { style: 'percent' },
  { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
];

describe('numberFormatter: the plain formatter writes what Intl writes', () => {
  for (const locale of ['ko', 'ko-KR', 'en', 'en-US', 'en-GB', 'ja', 'zh-TW']) {
    it(`${locale}: numbers and bigints in every option set`, () => {
      expect(isPlainLocale(locale)).to.equal(true);
      const values = sampleValues();
      for (const options of OPTION_SETS) {
        const ours = numberFormatter(locale, options);
        const intl = new Intl.NumberFormat(locale, options);
        expect(ours).not.to.be.instanceOf(Intl.NumberFormat);
        for (const v of values) {
          const want = intl.format(v);
          if (ours.format(v) !== want) expect(`${v} ${JSON.stringify(options)} → ${ours.format(v)}`).to.equal(`${v} ${JSON.stringify(options)} → ${want}`);
        }
        for (const b of [0n, 7n, -1234n, 1234567890123456789n]) expect(ours.format(b)).to.equal(intl.format(b));
        // Not a figure, but a warning may compute one (a rate of a zero budget).
        if (!locale.startsWith('zh')) for (const v of [NaN, Infinity, -Infinity]) expect(ours.format(v)).to.equal(intl.format(v));
      }
    });
  }

  it('leaves other locales, currencies and compact notation to Intl', () => {
    for (const locale of ['de', 'fr', 'en-IN', 'ar-EG', 'en-ZA', 'ko-KP', 'x-bad']) expect(isPlainLocale(locale), locale).to.equal(false);
    expect(numberFormatter('de').format(1234.5)).to.equal('1.234,5');
    expect(numberFormatter('en-IN').format(1234567)).to.equal('12,34,567');
    expect(numberFormatter('ko', { style: 'currency', currency: 'KRW' })).to.be.instanceOf(Intl.NumberFormat);
    expect(numberFormatter('en', { notation: 'compact' })).to.be.instanceOf(Intl.NumberFormat);
  });
});

describe('decimalOf and formatMagnitude: whole numbers take a fast path that must agree', () => {
  it('reads whole numbers with their trailing zeros in the exponent', () => {
    expect(decimalOf(655000)).to.deep.equal({ negative: false, digits: 655n, exponent: 3 });
    expect(decimalOf(-120)).to.deep.equal({ negative: true, digits: 12n, exponent: 1 });
    expect(decimalOf(-0)).to.deep.equal({ negative: false, digits: 0n, exponent: 0 });
    expect(decimalOf(7)).to.deep.equal({ negative: false, digits: 7n, exponent: 0 });
    expect(decimalOf(2 ** 53 + 2)).to.deep.equal({ negative: false, digits: 9007199254740994n, exponent: 0 });
  });

  it('writes magnitudes as Intl does, with and without fraction digits', () => {
    for (const v of [0, 5, 999, 1000, 1234567, 380.2, 0.05, 1234567.891, 1e15]) {
      for (const min of [0, 1, 2]) {
        const want = new Intl.NumberFormat('ko', { minimumFractionDigits: min, maximumFractionDigits: 20 }).format(v);
        expect(formatMagnitude(decimalOf(v), 'ko', { minimumFractionDigits: min }), `${v} min ${min}`).to.equal(want);
      }
    }
    expect(formatMagnitude(decimalOf(1234.5), 'de')).to.equal('1.234,5');
  });
});
