/**
 * Amounts, differences, counts and rates as the reports write them: `△18,040` or `−18,040`
 * for negatives, `-` for zero or not applicable, `+` on positive changes, scales such as
 * 천원, and the Korean reading by 조/억/만. Each function returns the text to show and the
 * accessible text a screen reader should say instead (`label`).
 */
import type { AmountScale } from '../schema/types.js';
import { uiLangOf } from './lang.js';
import { uiMessages } from './messages.js';
import {
  absDecimal,
  compareMagnitudeToPowerOfTen,
  decimalOf,
  decimalToString,
  isZeroDecimal,
  multiplyDecimal,
  numberFormatter,
  percentText,
  roundDecimal,
  formatMagnitude,
  splitDecimal,
  type Decimal,
} from './number.js';

/**
 * `source`: the numbers as stated, the scale in the caption; `compact`: the Korean reading
 * by 조/억/만 (elsewhere K/M/B/T); `full`: in currency units.
 */
export type UnitDisplay = 'source' | 'compact' | 'full';
/** `triangle`: `△18,040`, as Korean reports write it; `minus`: `−18,040` (U+2212). */
export type NegativeStyle = 'triangle' | 'minus';

export interface AmountFormat {
  /** BCP 47 tag: grouping and digits; Korean (`ko`, `ko-KR`) also the 조/억/만 reading. */
  locale: string;
  scale: AmountScale;
  /** ISO 4217 code. */
  currency: string;
  unitDisplay: UnitDisplay;
  negativeStyle: NegativeStyle;
}

/** What a cell shows and what a screen reader should say for it. */
export interface FormattedValue {
  text: string;
  label: string;
}

export interface AmountOptions {
  /** Positives carry `+` (differences and changes). */
  signed?: boolean;
  /** Zero shows `-` (labelled "0"), the report convention for an empty figure. */
  zeroAsDash?: boolean;
}

const TRIANGLE = '\u25B3';
const MINUS = '\u2212';

/** Triangle for Korean, minus elsewhere. */
export function defaultNegativeStyle(locale: string): NegativeStyle {
  return uiLangOf(locale) === 'ko' ? 'triangle' : 'minus';
}

function dash(locale: string, isZero: boolean): FormattedValue {
  return { text: '-', label: isZero ? '0' : uiMessages(uiLangOf(locale)).notApplicable };
}

/** Writes the sign of a formatted magnitude in the chosen convention, in text and in words. */
function withSign(
  magnitude: FormattedValue,
  sign: -1 | 0 | 1,
  locale: string,
  negativeStyle: NegativeStyle,
  signed: boolean,
): FormattedValue {
  const m = uiMessages(uiLangOf(locale));
  if (sign < 0) {
    return {
      text: (negativeStyle === 'triangle' ? TRIANGLE : MINUS) + magnitude.text,
      label: m.negative(magnitude.label),
    };
  }
  if (sign > 0 && signed) return { text: `+${magnitude.text}`, label: m.positive(magnitude.label) };
  return magnitude;
}

function plain(text: string): FormattedValue {
  return { text, label: text };
}

// ---------------------------------------------------------------- currency

function isKrw(currency: string): boolean {
  return currency.toUpperCase() === 'KRW';
}

/** Decimals of the currency's minor unit (KRW 0, USD 2), from Intl. */
function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

const currencyNames = new Map<string, string>();

/** `미국 달러` for USD in Korean; the code itself where `Intl.DisplayNames` does not know it. */
function currencyName(currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let name = currencyNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
    } catch {
      name = currency;
    }
    currencyNames.set(key, name);
  }
  return name;
}

/**
 * The magnitude of an amount in currency units. Where it has a fraction, the fraction is
 * padded to the currency's minor unit (`$0.50`), and never rounded away.
 */
function currencyDigits(won: Decimal, currency: string): number {
  return splitDecimal(won).fraction ? minorDigits(currency) : 0;
}

// ---------------------------------------------------------------- the three displays

function formatFull(won: Decimal, f: AmountFormat): FormattedValue {
  const minimumFractionDigits = currencyDigits(won, f.currency);
  if (uiLangOf(f.locale) === 'ko') {
    const digits = formatMagnitude(won, f.locale, { minimumFractionDigits });
    if (isKrw(f.currency)) return plain(`${digits}원`);
    return { text: `${digits} ${f.currency.toUpperCase()}`, label: `${digits} ${currencyName(f.currency, f.locale)}` };
  }
  const options = { style: 'currency', currency: f.currency, minimumFractionDigits } as const;
  return {
    text: formatMagnitude(won, f.locale, { ...options, currencyDisplay: 'narrowSymbol' }),
    label: formatMagnitude(won, f.locale, { ...options, currencyDisplay: 'name' }),
  };
}

/** Korean reading units, largest first: 조 10¹², 억 10⁸, 만 10⁴. */
const KOREAN_UNITS = [
  { power: 12, name: '조' },
  { power: 8, name: '억' },
  { power: 4, name: '만' },
] as const;

/** The index in KOREAN_UNITS of the largest unit |won| reaches, or -1 below 만. */
function koreanTier(won: Decimal): number {
  return KOREAN_UNITS.findIndex((u) => compareMagnitudeToPowerOfTen(won, u.power) >= 0);
}

/**
 * Rounds for the Korean reading: half up on the second of the two largest units (조 → 억,
 * 억 → 만); from 만 to 억 on 만 itself (only one unit applies); below 만 on the currency's
 * minor unit. A carry may reach the next unit (1억 9,999.5만 → 2억; 9,999.5만 → 1억), where
 * the rounded value is a whole multiple of that unit too, so one pass suffices.
 */
function roundKorean(won: Decimal, currency: string): Decimal {
  const tier = koreanTier(won);
  if (tier < 0) return roundDecimal(won, minorDigits(currency));
  const step = KOREAN_UNITS[Math.min(tier + 1, KOREAN_UNITS.length - 1)].power;
  return roundDecimal(won, -step);
}

function formatKoreanCompact(won: Decimal, f: AmountFormat): { value: FormattedValue; rounded: Decimal } {
  const rounded = roundKorean(won, f.currency);
  const tier = koreanTier(rounded);
  let digits: string;
  if (tier < 0) {
    digits = formatMagnitude(rounded, f.locale, { minimumFractionDigits: currencyDigits(rounded, f.currency) });
  } else {
    const { integer } = splitDecimal(rounded);
    const words: string[] = [];
    const first = KOREAN_UNITS[tier];
    const below = 10n ** BigInt(first.power);
    words.push(`${formatInteger(integer / below, f.locale)}${first.name}`);
    const second = KOREAN_UNITS[tier + 1];
    if (second) {
      const count = (integer % below) / 10n ** BigInt(second.power);
      if (count > 0n) words.push(`${formatInteger(count, f.locale)}${second.name}`);
    }
    digits = words.join(' ');
  }
  const value = isKrw(f.currency)
    ? plain(`${digits}원`)
    : { text: `${digits} ${f.currency.toUpperCase()}`, label: `${digits} ${currencyName(f.currency, f.locale)}` };
  return { value, rounded };
}

function formatInteger(n: bigint, locale: string): string {
  return numberFormatter(locale).format(n);
}

/** Four significant digits with K/M/B/T (`₩380.2M`); the label in words (`380.2 million South Korean won`). */
function formatIntlCompact(won: Decimal, f: AmountFormat): FormattedValue {
  // The exact decimal, read once as the nearest double: no multiplication error reaches Intl.
  const n = Number(decimalToString(won));
  const options = {
    style: 'currency',
    currency: f.currency,
    notation: 'compact',
    maximumSignificantDigits: 4,
  } as const;
  return {
    text: numberFormatter(f.locale, { ...options, currencyDisplay: 'narrowSymbol' }).format(n),
    label: numberFormatter(f.locale, { ...options, currencyDisplay: 'name', compactDisplay: 'long' }).format(n),
  };
}

/**
 * An amount stated in `f.scale` (380200 천원), shown per `f.unitDisplay`:
 * `source` 380,200 · `compact` 3억 8,020만원 / ₩380.2M · `full` 380,200,000원 / ₩380,200,000.
 * `null`, `undefined` or a non-finite number → `-` (labelled not applicable).
 */
export function formatAmount(
  value: number | null | undefined,
  f: AmountFormat,
  opts: AmountOptions = {},
): FormattedValue {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash(f.locale, false);
  if (value === 0 && opts.zeroAsDash) return dash(f.locale, true);

  const stated = decimalOf(value);
  const magnitude = absDecimal(stated);
  let shown: FormattedValue;
  let isZero = isZeroDecimal(magnitude);
  if (f.unitDisplay === 'source') {
    shown = plain(formatMagnitude(magnitude, f.locale));
  } else {
    const won = multiplyDecimal(magnitude, decimalOf(f.scale));
    if (f.unitDisplay === 'full') {
      shown = formatFull(won, f);
    } else if (uiLangOf(f.locale) === 'ko') {
      const compact = formatKoreanCompact(won, f);
      shown = compact.value;
      // 0.3원 reads 0원: a sign on it would claim a direction the figure does not show.
      isZero = isZeroDecimal(compact.rounded);
    } else {
      shown = formatIntlCompact(won, f);
    }
  }
  const sign = isZero ? 0 : stated.negative ? -1 : 1;
  return withSign(shown, sign, f.locale, f.negativeStyle, opts.signed ?? false);
}

// ---------------------------------------------------------------- unit captions

interface ScaleWords {
  ko: string;
  en: string;
}

const SCALE_WORDS: Record<AmountScale, ScaleWords> = {
  1: { ko: '', en: '' },
  1000: { ko: '천', en: 'thousand' },
  1000000: { ko: '백만', en: 'million' },
  100000000: { ko: '억', en: '100 million' },
};

/**
 * The unit of the stated numbers, as in a caption or a CSV header: `천원`, `백만원`, `억원`,
 * `원`, `천 USD`; in English `KRW thousand`, `KRW million`, `KRW 100 million`, `KRW`,
 * `USD thousand`.
 */
export function unitName(f: Pick<AmountFormat, 'locale' | 'scale' | 'currency'>): string {
  const words = SCALE_WORDS[f.scale] ?? { ko: String(f.scale), en: `× ${f.scale}` };
  const currency = f.currency.toUpperCase();
  if (uiLangOf(f.locale) === 'ko') {
    if (currency === 'KRW') return `${words.ko}원`;
    return words.ko ? `${words.ko} ${currency}` : currency;
  }
  return words.en ? `${currency} ${words.en}` : currency;
}

/**
 * The unit line of a table or chart: `(단위: 천원)` / `(Unit: KRW thousand)` for the `source`
 * display. `compact` and `full` amounts carry their own unit (원, ₩, USD), so they need no
 * caption: ''.
 */
export function unitCaption(f: AmountFormat): string {
  if (f.unitDisplay !== 'source') return '';
  return uiLangOf(f.locale) === 'ko' ? `(단위: ${unitName(f)})` : `(Unit: ${unitName(f)})`;
}

// ---------------------------------------------------------------- counts, differences, rates

/**
 * A difference or change in counts (과부족, 증감): `+1`, `△1` / `−1`, and `0` → `-`
 * (labelled "0"); decimals as given. `null` → `-` (not applicable).
 */
export function formatSigned(
  value: number | null | undefined,
  locale: string,
  negativeStyle: NegativeStyle = defaultNegativeStyle(locale),
): FormattedValue {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash(locale, false);
  if (value === 0) return dash(locale, true);
  const d = decimalOf(value);
  return withSign(plain(formatMagnitude(absDecimal(d), locale)), d.negative ? -1 : 1, locale, negativeStyle, true);
}

/**
 * A percentage with exactly one decimal: `55.2%`, `100.0%`, `0.0%`, in the locale's pattern
 * (`55,2 %` in German). The caller has rounded already; a value with more decimals is
 * rounded half up on its exact decimal. A negative (a surplus's vacancy rate) takes the
 * negative style. `null` → `-` (not applicable).
 */
export function formatPercent(
  value: number | null | undefined,
  locale: string,
  negativeStyle: NegativeStyle = defaultNegativeStyle(locale),
): FormattedValue {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash(locale, false);
  const rounded = roundDecimal(decimalOf(value), 1);
  const digits = formatMagnitude(absDecimal(rounded), locale, { minimumFractionDigits: 1 });
  // The locale's percent pattern (sign before or after, spacing) with the exact digits in it.
  const text = percentText(digits, locale);
  return withSign(plain(text), isZeroDecimal(rounded) ? 0 : rounded.negative ? -1 : 1, locale, negativeStyle, false);
}

/**
 * A count with grouping: `1,234`. `null` → `-` (not applicable); zero is `0`, or `-` with
 * `zeroAsDash` (labelled "0"), as staffing tables write an empty grade.
 */
export function formatCount(
  value: number | null | undefined,
  locale: string,
  opts: { zeroAsDash?: boolean } = {},
): FormattedValue {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash(locale, false);
  if (value === 0 && opts.zeroAsDash) return dash(locale, true);
  const d = decimalOf(value);
  return withSign(plain(formatMagnitude(absDecimal(d), locale)), d.negative ? -1 : 0, locale, defaultNegativeStyle(locale), false);
}
