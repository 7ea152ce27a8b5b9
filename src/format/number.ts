/**
 * Memoized `Intl.NumberFormat`: building a formatter costs far more than using one, and a
 * table formats thousands of numbers with a handful of option sets.
 *
 * Also exact decimals: the figures of a report are decimals as written (380.2 천원), and
 * binary floats turn 32.3 × 1000 into 32299.999999999996 and 1.005 × 10⁶ into
 * 1004999.9999999999. `decimalOf` reads a number back as the shortest decimal that names it
 * (what `JSON.parse` was given), and every scaling and rounding after that is integer math.
 */
const cache = new Map<string, NumberFormatter>();

export interface NumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  maximumSignificantDigits?: number;
  /** Default true: 1,234,567. */
  useGrouping?: boolean;
  style?: 'decimal' | 'currency' | 'percent';
  /** ISO 4217 code, with `style: 'currency'`. */
  currency?: string;
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  notation?: 'standard' | 'compact';
  compactDisplay?: 'short' | 'long';
}

const OPTION_KEYS: readonly (keyof NumberOptions)[] = [
  'minimumFractionDigits',
  'maximumFractionDigits',
  'maximumSignificantDigits',
  'useGrouping',
  'style',
  'currency',
  'currencyDisplay',
  'notation',
  'compactDisplay',
];

/**
 * What the kit needs of a number formatter; `Intl.NumberFormat` is one, and so is the
 * plain formatter below.
 */
export interface NumberFormatter {
  format(value: number | bigint): string;
}

const keyOf = (locale: string, options: NumberOptions) => `${locale}|${OPTION_KEYS.map((k) => options[k] ?? '').join('|')}`;

export function numberFormatter(locale: string, options: NumberOptions = {}): NumberFormatter {
  const key = keyOf(locale, options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = (isPlainLocale(locale) && plainFormatter(options)) || intl(locale, options)));
  return f;
}

const intls = new Map<string, Intl.NumberFormat>();

/** A memoized `Intl.NumberFormat`, for what only Intl knows (parts, other locales, currencies). */
function intl(locale: string, options: NumberOptions = {}): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let f = intls.get(key);
  if (!f) intls.set(key, (f = createFormatter(locale, options)));
  return f;
}

/**
 * Locales whose decimal and percent patterns are `#,##0.###` and `#,##0%` with ASCII digits
 * and a hyphen-minus, as in CLDR. The first `Intl.NumberFormat` of a page loads ICU's number
 * data, 50 to 100 ms in Chromium, longer than drawing the whole widget; for these locales
 * the kit writes the same text itself (a unit test compares the two on thousands of values).
 */
const PLAIN_LOCALE = /^(?:ko(?:-KR)?|en(?:-(?:US|GB|AU|CA|NZ|IE|SG|PH))?|ja(?:-JP)?|zh(?:-(?:CN|TW|HK|SG|Hans|Hant|Hans-CN|Hant-TW))?)$/i;

const plainLocales = new Map<string, boolean>();

export function isPlainLocale(locale: string): boolean {
  let plain = plainLocales.get(locale);
  if (plain === undefined) plainLocales.set(locale, (plain = PLAIN_LOCALE.test(locale)));
  return plain;
}

/** `1234567` → `1,234,567`. */
function group(whole: string): string {
  let out = whole.slice(0, whole.length % 3 || 3);
  for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}

/** The plain formatter for `options`, or null when they need Intl (currency, compact, significant digits). */
function plainFormatter(options: NumberOptions): NumberFormatter | null {
  const style = options.style ?? 'decimal';
  if (style === 'currency' || options.notation === 'compact' || options.maximumSignificantDigits !== undefined) return null;
  const percent = style === 'percent';
  const min = options.minimumFractionDigits ?? 0;
  const max = Math.max(min, options.maximumFractionDigits ?? (percent ? 0 : 3));
  return {
    format(value) {
      if (typeof value === 'number' && !Number.isFinite(value)) return (value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN') + (percent ? '%' : '');
      let d = typeof value === 'bigint' ? { negative: value < 0n, digits: value < 0n ? -value : value, exponent: 0 } : decimalOf(value);
      if (percent) d = { ...d, exponent: d.exponent + 2 };
      d = roundDecimal(normalize(d), max);
      const { integer, fraction } = splitDecimal(d);
      const whole = integer.toString();
      // Intl writes −0 as "-0"; a value that rounds to zero keeps its sign too.
      const minus = d.negative || (typeof value === 'number' && (value < 0 || Object.is(value, -0)));
      const digits = fraction.padEnd(min, '0');
      return `${minus ? '-' : ''}${options.useGrouping === false ? whole : group(whole)}${digits ? `.${digits}` : ''}${percent ? '%' : ''}`;
    },
  };
}

function createFormatter(locale: string, options: NumberOptions): Intl.NumberFormat {
  // An invalid tag or currency code from the page or the data must not break the widget.
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    try {
      return new Intl.NumberFormat('en', options);
    } catch {
      const { style: _style, currency: _currency, currencyDisplay: _display, ...plain } = options;
      return new Intl.NumberFormat('en', plain);
    }
  }
}

/** Formats a plain number in the locale (no sign convention, no unit). */
export function formatNumber(value: number, locale: string, options: NumberOptions = {}): string {
  return numberFormatter(locale, { maximumFractionDigits: 20, ...options }).format(value);
}

// ---------------------------------------------------------------- exact decimals

/** An exact decimal: (−1 if `negative`) × `digits` × 10^`exponent`; `digits` ≥ 0. */
export interface Decimal {
  negative: boolean;
  digits: bigint;
  exponent: number;
}

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The decimal a finite number was written as: `String(n)` is the shortest text that reads
 * back as the same double, so `decimalOf(380.2)` is exactly 380.2. −0 is 0.
 */
export function decimalOf(value: number): Decimal {
  if (Number.isSafeInteger(value)) {
    // Whole numbers (most report figures): the trailing zeros go to the exponent in float math.
    let whole = Math.abs(value);
    let exponent = 0;
    while (whole && whole % 10 === 0) {
      whole /= 10;
      exponent++;
    }
    return whole ? { negative: value < 0, digits: BigInt(whole), exponent } : { negative: false, digits: 0n, exponent: 0 };
  }
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = NUMBER_TEXT.exec(String(Math.abs(value)));
  if (!match) throw new RangeError(`Unexpected number text: ${value}`);
  const [, whole, fraction = '', exp = '0'] = match;
  return normalize({
    negative: value < 0,
    digits: BigInt(whole + fraction),
    exponent: Number(exp) - fraction.length,
  });
}

/** Drops trailing zeros of the digits into the exponent; zero is never negative. */
function normalize(d: Decimal): Decimal {
  let { digits, exponent } = d;
  if (digits === 0n) return { negative: false, digits: 0n, exponent: 0 };
  while (digits % 10n === 0n) {
    digits /= 10n;
    exponent += 1;
  }
  return { negative: d.negative, digits, exponent };
}

export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return normalize({
    negative: a.negative !== b.negative,
    digits: a.digits * b.digits,
    exponent: a.exponent + b.exponent,
  });
}

export function isZeroDecimal(d: Decimal): boolean {
  return d.digits === 0n;
}

export function absDecimal(d: Decimal): Decimal {
  return { ...d, negative: false };
}

/** −1, 0 or 1 as |a| is below, equal to or above 10^power. */
export function compareMagnitudeToPowerOfTen(a: Decimal, power: number): number {
  if (a.digits === 0n) return -1;
  const shift = a.exponent - power;
  const [left, right] = shift >= 0 ? [a.digits * 10n ** BigInt(shift), 1n] : [a.digits, 10n ** BigInt(-shift)];
  return left === right ? 0 : left > right ? 1 : -1;
}

/**
 * Rounds half up (half away from zero, so a negative mirrors its positive) to
 * `fractionDigits` decimals; a negative count rounds to tens, thousands, 만 (−4), 억 (−8).
 */
export function roundDecimal(d: Decimal, fractionDigits: number): Decimal {
  const drop = -fractionDigits - d.exponent;
  if (drop <= 0) return d;
  const unit = 10n ** BigInt(drop);
  let digits = d.digits / unit;
  if ((d.digits % unit) * 2n >= unit) digits += 1n;
  return normalize({ negative: d.negative, digits, exponent: -fractionDigits || 0 });
}

/** The integer part of |d| and the digits of its fraction (no trailing zeros). */
export function splitDecimal(d: Decimal): { integer: bigint; fraction: string } {
  if (d.exponent >= 0) return { integer: d.digits * 10n ** BigInt(d.exponent), fraction: '' };
  const unit = 10n ** BigInt(-d.exponent);
  const fraction = (d.digits % unit).toString().padStart(-d.exponent, '0').replace(/0+$/, '');
  return { integer: d.digits / unit, fraction };
}

/** Plain text with a hyphen-minus and no exponent or grouping: `-18040`, `380.2`, `0.0000001`. */
export function decimalToString(d: Decimal): string {
  const { integer, fraction } = splitDecimal(d);
  return `${d.negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}

const separators = new Map<string, string>();

function decimalSeparatorOf(locale: string): string {
  let separator = separators.get(locale);
  if (separator === undefined) {
    separator =
      intl(locale, { minimumFractionDigits: 1 })
        .formatToParts(1.5)
        .find((p) => p.type === 'decimal')?.value ?? '.';
    separators.set(locale, separator);
  }
  return separator;
}

const localDigits = new Map<string, string[] | null>();

/** The locale's digits 0–9 when they are not ASCII (ar-EG: ٠…٩), else null. */
function digitsOf(locale: string): string[] | null {
  let digits = localDigits.get(locale);
  if (digits === undefined) {
    const f = intl(locale, { useGrouping: false });
    const glyphs = Array.from({ length: 10 }, (_, i) => f.format(i));
    digits = glyphs.join('') === '0123456789' ? null : glyphs;
    localDigits.set(locale, digits);
  }
  return digits;
}

/**
 * Formats |d| exactly in the locale: the integer part goes through `Intl` as a bigint
 * (grouping, digits, currency placement), the fraction is appended digit by digit, padded
 * to `minimumFractionDigits` and never rounded. The sign is the caller's: each convention
 * (△, −, +) writes its own.
 */
export function formatMagnitude(d: Decimal, locale: string, options: NumberOptions = {}): string {
  const { integer, fraction } = splitDecimal(d);
  const fractionText = fraction.padEnd(options.minimumFractionDigits ?? 0, '0');
  if (isPlainLocale(locale) && !options.style && !options.notation && options.useGrouping !== false) {
    // What the plain formatter writes, without building its parts: tables format thousands.
    return group(integer.toString()) + (fractionText ? `.${fractionText}` : '');
  }
  const f = intl(locale, {
    ...options,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
    maximumSignificantDigits: undefined,
  });
  const parts = f.formatToParts(integer);
  if (!fractionText) return parts.map((p) => p.value).join('');

  const separator = decimalSeparatorOf(locale);
  const digits = digitsOf(locale);
  const localFraction = digits ? Array.from(fractionText, (c) => digits[Number(c)]).join('') : fractionText;
  let lastInteger = -1;
  parts.forEach((p, i) => {
    if (p.type === 'integer') lastInteger = i;
  });
  const values = parts.map((p) => p.value);
  values.splice(lastInteger + 1, 0, separator + localFraction);
  return values.join('');
}

/**
 * Exact digits (`55.2`, already in the locale's digits) in the locale's percent pattern:
 * `55.2%`, `55,2 %` in German.
 */
export function percentText(digits: string, locale: string): string {
  if (isPlainLocale(locale)) return `${digits}%`;
  return intl(locale, { style: 'percent' })
    .formatToParts(0.5)
    .map((p) => (p.type === 'integer' ? digits : p.value))
    .join('');
}
