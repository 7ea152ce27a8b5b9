import { expect } from '@open-wc/testing';
import {
  defaultNegativeStyle,
  formatAmount,
  formatCount,
  formatPercent,
  formatSigned,
  unitCaption,
  unitName,
  type AmountFormat,
} from '../../src/format/amount.js';
import type { AmountScale } from '../../src/schema/types.js';

const MINUS = '\u2212';

function fmt(over: Partial<AmountFormat> = {}): AmountFormat {
  return { locale: 'ko-KR', scale: 1, currency: 'KRW', unitDisplay: 'source', negativeStyle: 'triangle', ...over };
}
const koCompact = (scale: AmountScale = 1, over: Partial<AmountFormat> = {}) =>
  fmt({ unitDisplay: 'compact', scale, ...over });
const text = (value: number | null | undefined, f: AmountFormat, opts = {}) => formatAmount(value, f, opts).text;

describe('defaultNegativeStyle', () => {
  it('is the triangle for Korean and the minus elsewhere', () => {
    expect(defaultNegativeStyle('ko')).to.equal('triangle');
    expect(defaultNegativeStyle('ko-KR')).to.equal('triangle');
    expect(defaultNegativeStyle('en-US')).to.equal('minus');
    expect(defaultNegativeStyle('ja')).to.equal('minus');
  });
});

describe('formatAmount: source', () => {
  it('shows the number as stated, grouped per locale', () => {
    expect(formatAmount(380200, fmt({ scale: 1000 }))).to.deep.equal({ text: '380,200', label: '380,200' });
    expect(text(1234.56, fmt())).to.equal('1,234.56');
    expect(text(380200.5, fmt({ locale: 'de' }))).to.equal('380.200,5');
    expect(text(0.1, fmt())).to.equal('0.1');
    expect(text(1e21, fmt())).to.equal('1,000,000,000,000,000,000,000');
    expect(text(1.5e-7, fmt())).to.equal('0.00000015');
  });

  it('writes negatives with the triangle or the minus sign, and says them in words', () => {
    expect(formatAmount(-18040, fmt())).to.deep.equal({ text: '△18,040', label: '마이너스 18,040' });
    expect(formatAmount(-18040, fmt({ negativeStyle: 'minus' }))).to.deep.equal({
      text: `${MINUS}18,040`,
      label: '마이너스 18,040',
    });
    expect(formatAmount(-18040, fmt({ locale: 'en', negativeStyle: 'minus' }))).to.deep.equal({
      text: `${MINUS}18,040`,
      label: `${MINUS}18,040`,
    });
    expect(formatAmount(-18040, fmt({ locale: 'en', negativeStyle: 'triangle' })).label).to.equal(`${MINUS}18,040`);
  });

  it('puts + on positives only when signed', () => {
    expect(text(18040, fmt())).to.equal('18,040');
    expect(formatAmount(18040, fmt(), { signed: true })).to.deep.equal({ text: '+18,040', label: '플러스 18,040' });
    expect(formatAmount(1, fmt({ locale: 'en' }), { signed: true })).to.deep.equal({ text: '+1', label: '+1' });
    expect(text(-5, fmt(), { signed: true })).to.equal('△5');
  });

  it('shows zero as 0, or as - labelled 0 with zeroAsDash', () => {
    expect(formatAmount(0, fmt())).to.deep.equal({ text: '0', label: '0' });
    expect(formatAmount(0, fmt(), { signed: true })).to.deep.equal({ text: '0', label: '0' });
    expect(formatAmount(-0, fmt())).to.deep.equal({ text: '0', label: '0' });
    expect(formatAmount(0, fmt(), { zeroAsDash: true })).to.deep.equal({ text: '-', label: '0' });
    expect(formatAmount(0, fmt({ unitDisplay: 'compact' }), { zeroAsDash: true })).to.deep.equal({ text: '-', label: '0' });
    expect(text(0, fmt({ unitDisplay: 'compact' }))).to.equal('0원');
    expect(text(0, fmt({ unitDisplay: 'full', locale: 'en' }))).to.equal('₩0');
  });

  it('shows a missing figure as - labelled not applicable', () => {
    expect(formatAmount(null, fmt())).to.deep.equal({ text: '-', label: '해당 없음' });
    expect(formatAmount(undefined, fmt({ locale: 'en' }))).to.deep.equal({ text: '-', label: 'not applicable' });
    expect(formatAmount(Number.NaN, fmt({ locale: 'fr' }))).to.deep.equal({ text: '-', label: 'not applicable' });
    expect(formatAmount(null, fmt(), { zeroAsDash: true }).label).to.equal('해당 없음');
  });
});

describe('formatAmount: compact, Korean', () => {
  it('reads with the two largest of 조/억/만', () => {
    expect(formatAmount(380200, koCompact(1000))).to.deep.equal({ text: '3억 8,020만원', label: '3억 8,020만원' });
    expect(text(1234567890000, koCompact())).to.equal('1조 2,346억원');
    expect(text(50000, koCompact())).to.equal('5만원');
    expect(text(300000000, koCompact())).to.equal('3억원');
    expect(text(3, koCompact(100000000))).to.equal('3억원');
    expect(text(300500000, koCompact())).to.equal('3억 50만원');
    expect(text(1005000000000, koCompact())).to.equal('1조 50억원');
    expect(text(1e12, koCompact())).to.equal('1조원');
    expect(text(123456789, koCompact(1000000))).to.equal('123조 4,568억원');
    expect(text(1.2345678e16, koCompact())).to.equal('12,345조 6,780억원');
  });

  it('shows amounts below 만 plainly, in whole won', () => {
    expect(text(9999, koCompact())).to.equal('9,999원');
    expect(text(1, koCompact())).to.equal('1원');
    expect(text(12.4, koCompact())).to.equal('12원');
    expect(text(12.5, koCompact())).to.equal('13원');
  });

  it('between 만 and 억 uses 만 alone, rounded half up', () => {
    expect(text(12345000, koCompact())).to.equal('1,235만원');
    expect(text(12344999, koCompact())).to.equal('1,234만원');
    expect(text(12345, koCompact(1000))).to.equal('1,235만원');
    expect(text(15000, koCompact())).to.equal('2만원');
    expect(text(14999, koCompact())).to.equal('1만원');
  });

  it('rounds half up on the second unit', () => {
    expect(text(380195000, koCompact())).to.equal('3억 8,020만원');
    expect(text(380194999, koCompact())).to.equal('3억 8,019만원');
    expect(text(1234550000000, koCompact())).to.equal('1조 2,346억원');
    expect(text(1234549999999, koCompact())).to.equal('1조 2,345억원');
    expect(text(1000050000000, koCompact())).to.equal('1조 1억원');
  });

  it('carries into the first unit and into the next unit', () => {
    expect(text(199995000, koCompact())).to.equal('2억원');
    expect(text(99995000, koCompact())).to.equal('1억원');
    expect(text(99994999, koCompact())).to.equal('9,999만원');
    expect(text(9999.5, koCompact())).to.equal('1만원');
    expect(text(999999995000, koCompact())).to.equal('1조원');
    expect(text(999999950000, koCompact(1000))).to.equal('1,000조원');
    expect(text(1999950000000, koCompact())).to.equal('2조원');
  });

  it('scales exactly, without binary float error', () => {
    // 1.005 × 10⁶ is 1004999.9999999999 in floats, which would round down to 100만.
    expect(text(1.005, koCompact(1000000))).to.equal('101만원');
    expect(text(380.2, koCompact(1000))).to.equal('38만원');
    // 2.0035 × 10⁶ is 2003499.9999999998 in floats.
    expect(text(2.0035, koCompact(1000000))).to.equal('200만원');
    expect(text(0.00020035, koCompact(100000000))).to.equal('2만원');
    expect(text(0.38020, koCompact(100000000))).to.equal('3,802만원');
  });

  it('writes negatives in the chosen style, mirroring the rounding of positives', () => {
    expect(formatAmount(-380200, koCompact(1000))).to.deep.equal({
      text: '△3억 8,020만원',
      label: '마이너스 3억 8,020만원',
    });
    expect(text(-380200, koCompact(1000, { negativeStyle: 'minus' }))).to.equal(`${MINUS}3억 8,020만원`);
    expect(text(-12345000, koCompact())).to.equal('△1,235만원');
    expect(text(-0.3, koCompact())).to.equal('0원');
    expect(text(380200, koCompact(1000), { signed: true })).to.equal('+3억 8,020만원');
  });

  it('names another currency by its code, and in words in the label', () => {
    expect(formatAmount(380200, koCompact(1000, { currency: 'USD' }))).to.deep.equal({
      text: '3억 8,020만 USD',
      label: '3억 8,020만 미국 달러',
    });
    expect(text(9999.5, koCompact(1, { currency: 'USD' }))).to.equal('9,999.50 USD');
    expect(text(9999, koCompact(1, { currency: 'USD' }))).to.equal('9,999 USD');
    expect(text(9999.995, koCompact(1, { currency: 'USD' }))).to.equal('1만 USD');
  });
});

describe('formatAmount: compact, other locales', () => {
  const en = (over: Partial<AmountFormat> = {}) => fmt({ locale: 'en', unitDisplay: 'compact', negativeStyle: 'minus', ...over });

  it('uses four significant digits and the narrow currency symbol', () => {
    expect(formatAmount(380200, en({ scale: 1000 }))).to.deep.equal({
      text: '₩380.2M',
      label: '380.2 million South Korean won',
    });
    expect(text(1234567890000, en())).to.equal('₩1.235T');
    expect(text(999949, en())).to.equal('₩999.9K');
    expect(text(380200, en({ scale: 1000, currency: 'USD' }))).to.equal('$380.2M');
    expect(text(380200, en({ scale: 1000, locale: 'de' }))).to.equal('380,2\u00A0Mio.\u00A0₩');
  });

  it('reaches Intl with the exact scaled value', () => {
    // 2.0035 × 10⁶ is 2003499.9999999998 in floats: Intl would round it down to ₩2.003M.
    expect(text(2.0035, en({ scale: 1000000 }))).to.equal('₩2.004M');
  });

  it('writes the sign itself', () => {
    expect(formatAmount(-380200, en({ scale: 1000 }))).to.deep.equal({
      text: `${MINUS}₩380.2M`,
      label: `${MINUS}380.2 million South Korean won`,
    });
    expect(text(-380200, en({ scale: 1000, negativeStyle: 'triangle' }))).to.equal('△₩380.2M');
    expect(text(380200, en({ scale: 1000 }), { signed: true })).to.equal('+₩380.2M');
  });
});

describe('formatAmount: full', () => {
  it('multiplies by the scale exactly', () => {
    expect(formatAmount(380200, fmt({ unitDisplay: 'full', scale: 1000 }))).to.deep.equal({
      text: '380,200,000원',
      label: '380,200,000원',
    });
    expect(text(380.2, fmt({ unitDisplay: 'full', scale: 1000 }))).to.equal('380,200원');
    // In floats 32.3 × 1000 is 32299.999999999996 and 1.001 × 1000 is 1000.9999999999999.
    expect(text(32.3, fmt({ unitDisplay: 'full', scale: 1000 }))).to.equal('32,300원');
    expect(text(1.001, fmt({ unitDisplay: 'full', scale: 1000 }))).to.equal('1,001원');
    expect(text(16.1, fmt({ unitDisplay: 'full', scale: 1000, locale: 'en' }))).to.equal('₩16,100');
    expect(text(1.005, fmt({ unitDisplay: 'full', scale: 1000000 }))).to.equal('1,005,000원');
    expect(text(123456789.123, fmt({ unitDisplay: 'full', scale: 100000000 }))).to.equal('12,345,678,912,300,000원');
    expect(text(0.5, fmt({ unitDisplay: 'full' }))).to.equal('0.5원');
  });

  it('uses Intl currency formats outside Korean', () => {
    const en = fmt({ locale: 'en', unitDisplay: 'full', scale: 1000, negativeStyle: 'minus' });
    expect(formatAmount(380200, en)).to.deep.equal({ text: '₩380,200,000', label: '380,200,000 South Korean won' });
    expect(formatAmount(-380200, en).text).to.equal(`${MINUS}₩380,200,000`);
    expect(text(380.2, { ...en, currency: 'USD' })).to.equal('$380,200');
    expect(text(0.5, { ...en, currency: 'USD', scale: 1 })).to.equal('$0.50');
    expect(text(380200.5, { ...en, locale: 'de', scale: 1 })).to.equal('380.200,5\u00A0₩');
  });

  it('names another currency by its code in Korean', () => {
    expect(formatAmount(380200, fmt({ unitDisplay: 'full', scale: 1000, currency: 'USD' }))).to.deep.equal({
      text: '380,200,000 USD',
      label: '380,200,000 미국 달러',
    });
  });

  it('writes negatives and signs like the other displays', () => {
    expect(formatAmount(-18040, fmt({ unitDisplay: 'full', scale: 1000 }))).to.deep.equal({
      text: '△18,040,000원',
      label: '마이너스 18,040,000원',
    });
    expect(text(18040, fmt({ unitDisplay: 'full', scale: 1000 }), { signed: true })).to.equal('+18,040,000원');
  });
});

describe('unitName and unitCaption', () => {
  const cases: [AmountScale, string, string][] = [
    [1, '(단위: 원)', '(Unit: KRW)'],
    [1000, '(단위: 천원)', '(Unit: KRW thousand)'],
    [1000000, '(단위: 백만원)', '(Unit: KRW million)'],
    [100000000, '(단위: 억원)', '(Unit: KRW 100 million)'],
  ];
  for (const [scale, ko, en] of cases) {
    it(`captions scale ${scale} in both languages`, () => {
      expect(unitCaption(fmt({ scale }))).to.equal(ko);
      expect(unitCaption(fmt({ scale, locale: 'ko' }))).to.equal(ko);
      expect(unitCaption(fmt({ scale, locale: 'en-US' }))).to.equal(en);
      expect(unitCaption(fmt({ scale, locale: 'fr' }))).to.equal(en);
    });
  }

  it('captions other currencies', () => {
    expect(unitCaption(fmt({ scale: 1000, currency: 'USD' }))).to.equal('(단위: 천 USD)');
    expect(unitCaption(fmt({ scale: 1, currency: 'USD' }))).to.equal('(단위: USD)');
    expect(unitCaption(fmt({ scale: 100000000, currency: 'usd' }))).to.equal('(단위: 억 USD)');
    expect(text(380200, koCompact(1000, { currency: 'usd' }))).to.equal('3억 8,020만 USD');
    expect(unitCaption(fmt({ scale: 1000, currency: 'USD', locale: 'en' }))).to.equal('(Unit: USD thousand)');
    expect(unitCaption(fmt({ scale: 1000000, currency: 'EUR', locale: 'en' }))).to.equal('(Unit: EUR million)');
  });

  it('is empty for compact and full amounts, which carry their unit', () => {
    expect(unitCaption(fmt({ scale: 1000, unitDisplay: 'compact' }))).to.equal('');
    expect(unitCaption(fmt({ scale: 1000, unitDisplay: 'full', locale: 'en' }))).to.equal('');
  });

  it('names the unit alone for CSV headers', () => {
    expect(unitName(fmt({ scale: 1000 }))).to.equal('천원');
    expect(unitName(fmt({ scale: 1000, locale: 'en' }))).to.equal('KRW thousand');
  });
});

describe('formatSigned', () => {
  it('signs both directions and dashes zero', () => {
    expect(formatSigned(1, 'ko-KR')).to.deep.equal({ text: '+1', label: '플러스 1' });
    expect(formatSigned(-1, 'ko-KR')).to.deep.equal({ text: '△1', label: '마이너스 1' });
    expect(formatSigned(-1, 'en')).to.deep.equal({ text: `${MINUS}1`, label: `${MINUS}1` });
    expect(formatSigned(-1, 'ko', 'minus').text).to.equal(`${MINUS}1`);
    expect(formatSigned(-1, 'en', 'triangle').text).to.equal('△1');
    expect(formatSigned(1234, 'en')).to.deep.equal({ text: '+1,234', label: '+1,234' });
    expect(formatSigned(0, 'ko')).to.deep.equal({ text: '-', label: '0' });
    expect(formatSigned(null, 'ko')).to.deep.equal({ text: '-', label: '해당 없음' });
    expect(formatSigned(undefined, 'en')).to.deep.equal({ text: '-', label: 'not applicable' });
    expect(formatSigned(-2.5, 'ko').text).to.equal('△2.5');
  });
});

describe('formatPercent', () => {
  it('shows exactly one decimal', () => {
    expect(formatPercent(55.2, 'ko-KR')).to.deep.equal({ text: '55.2%', label: '55.2%' });
    expect(formatPercent(100, 'en').text).to.equal('100.0%');
    expect(formatPercent(0, 'en').text).to.equal('0.0%');
    expect(formatPercent(1234.5, 'en').text).to.equal('1,234.5%');
    expect(formatPercent(28.75, 'en').text).to.equal('28.8%');
    expect(formatPercent(28.749, 'en').text).to.equal('28.7%');
  });

  it('follows the locale pattern', () => {
    expect(formatPercent(55.2, 'de').text).to.equal('55,2\u00A0%');
    expect(formatPercent(55.2, 'tr').text).to.equal('%55,2');
  });

  it('signs negatives and dashes a missing rate', () => {
    expect(formatPercent(-3.2, 'ko')).to.deep.equal({ text: '△3.2%', label: '마이너스 3.2%' });
    expect(formatPercent(-3.2, 'en').text).to.equal(`${MINUS}3.2%`);
    expect(formatPercent(-0.04, 'en').text).to.equal('0.0%');
    expect(formatPercent(null, 'ko')).to.deep.equal({ text: '-', label: '해당 없음' });
    expect(formatPercent(null, 'en')).to.deep.equal({ text: '-', label: 'not applicable' });
  });
});

describe('formatCount', () => {
  it('groups, and dashes what is missing', () => {
    expect(formatCount(1234, 'ko')).to.deep.equal({ text: '1,234', label: '1,234' });
    expect(formatCount(0, 'ko')).to.deep.equal({ text: '0', label: '0' });
    expect(formatCount(0, 'ko', { zeroAsDash: true })).to.deep.equal({ text: '-', label: '0' });
    expect(formatCount(null, 'en')).to.deep.equal({ text: '-', label: 'not applicable' });
    expect(formatCount(-3, 'ko').text).to.equal('△3');
  });
});
