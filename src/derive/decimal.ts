/**
 * Exact decimal arithmetic on JSON numbers.
 *
 * A report's figures are decimals typed by a person (55.3, 0.1, 380200). A JSON number
 * carries them as binary floats, whose shortest round-trip string (`String(n)`) is still
 * the decimal the person typed. Every function here reads that string into a BigInt
 * scaled by a power of ten, computes exactly, and converts back only at the end, so a
 * float error never decides a rounding or a comparison (23 / 80 × 100 is 28.75, not
 * 28.749999…, and shows 28.8).
 *
 * Rounding is "half up" in the sense of the reports: half away from zero, so it is
 * symmetric for negatives (28.75 → 28.8 and −28.75 → −28.8), as a negative vacancy rate
 * (a surplus) must round like its positive twin.
 *
 * A percentage of a whole of 0 is NaN: the caller decides what that means (no execution
 * rate, a share of 0).
 */

import { decimalOf, decimalToString } from '../format/number.js';

/**
 * `units / 10^scale`, with `scale ≥ 0`: a signed form of `decimalOf`'s decimal, which reads a
 * number's digits (one reader of number text for the whole kit), for sums and quotients.
 */
interface Decimal {
  units: bigint;
  scale: number;
}

function toDecimal(n: number): Decimal {
  // Most report figures are whole numbers: no text to read.
  if (Number.isSafeInteger(n)) return { units: BigInt(n), scale: 0 };
  const { negative, digits, exponent } = decimalOf(n);
  const units = negative ? -digits : digits;
  return exponent < 0 ? { units, scale: -exponent } : { units: units * pow10(exponent), scale: 0 };
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** The units of `d` at a scale at least as large as its own. */
function unitsAt(d: Decimal, scale: number): bigint {
  return d.units * pow10(scale - d.scale);
}

function toNumber(units: bigint, scale: number): number {
  const negative = units < 0n;
  return Number(decimalToString({ negative, digits: negative ? -units : units, exponent: -scale }));
}

/** n / d rounded half away from zero. */
function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  const q = (2n * a + b) / (2n * b);
  return negative ? -q : q;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** The number of decimals of `n` as written: 0.25 → 2, 1e-7 → 7, 1.5e+21 → 0. */
export function decimalsOf(n: number): number {
  return toDecimal(n).scale;
}

/**
 * The exact sum of decimals, as a number: 0.1 + 0.2 → 0.3. The exact sum has at most the
 * inputs' largest number of decimals, so it needs no further rounding. Empty → 0.
 */
export function sumExact(values: readonly number[]): number {
  // Whole numbers add exactly in floating point while the sum stays a safe integer.
  let sum = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) {
      sum = NaN;
      break;
    }
    sum += v;
  }
  if (Number.isSafeInteger(sum)) return sum;
  const decimals = values.map(toDecimal);
  const scale = Math.max(0, ...decimals.map((d) => d.scale));
  const total = decimals.reduce((sum, d) => sum + unitsAt(d, scale), 0n);
  return toNumber(total, scale);
}

/** `a − b`, exactly. */
export function subtractExact(a: number, b: number): number {
  // Whole amounts (nearly all of them), without the list sumExact takes.
  const d = a - b;
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(d) ? d : sumExact([a, -b]);
}

/** `value` rounded half away from zero to `decimals` places, reading its decimal digits. */
export function roundHalfUp(value: number, decimals: number): number {
  const d = toDecimal(value);
  if (d.scale <= decimals) return value;
  return toNumber(divideHalfUp(d.units, pow10(d.scale - decimals)), decimals);
}

/** part / whole × 100, rounded half away from zero to `decimals` places. Whole 0 → NaN. */
export function percentHalfUp(part: number, whole: number, decimals = 1): number {
  if (whole === 0) return NaN;
  const scaled = part * 10 ** (2 + decimals);
  if (Number.isSafeInteger(part) && Number.isSafeInteger(whole) && Number.isSafeInteger(scaled)) {
    // Whole amounts: the same half-up division in exact integer float math.
    const a = Math.abs(scaled);
    const b = Math.abs(whole);
    let q = Math.floor(a / b);
    if (a - q * b >= b) q++; // the float quotient may land one below
    else if (a - q * b < 0) q--;
    if (2 * (a - q * b) >= b) q++;
    return (q && scaled < 0 !== whole < 0 ? -q : q) / 10 ** decimals;
  }
  const p = toDecimal(part);
  const w = toDecimal(whole);
  // part / whole × 100 × 10^decimals = p.units × 10^w.scale × 100 × 10^decimals / (w.units × 10^p.scale)
  const numerator = p.units * pow10(w.scale + 2 + decimals);
  const denominator = w.units * pow10(p.scale);
  return toNumber(divideHalfUp(numerator, denominator), decimals);
}

/**
 * part / whole × 100 as an unrounded float: the raw "computed" figure of a warning.
 * Multiplying first keeps whole percentages exact (23 × 100 / 80 is 28.75). Whole 0 → NaN.
 */
export function percentExact(part: number, whole: number): number {
  return whole === 0 ? NaN : (part * 100) / whole;
}

/**
 * Whether a stated percentage is within `tolerance` points of part / whole × 100, decided
 * exactly (stated 28.8 against 23 / 80 = 28.75 is within 0.05). Whole 0 → false.
 */
export function percentWithin(stated: number, part: number, whole: number, tolerance = 0.05): boolean {
  if (whole === 0) return false;
  const [s, p, w, t] = [stated, part, whole, tolerance].map(toDecimal);
  // |stated − 100·part/whole| ≤ tolerance  ⇔  |stated·whole − 100·part| ≤ tolerance·|whole|
  const scale = Math.max(s.scale + w.scale, p.scale, t.scale + w.scale);
  const statedTimesWhole = s.units * w.units * pow10(scale - s.scale - w.scale);
  const hundredParts = 100n * unitsAt(p, scale);
  const allowed = t.units * abs(w.units) * pow10(scale - t.scale - w.scale);
  return abs(statedTimesWhole - hundredParts) <= allowed;
}

/**
 * Each count's share of `whole` in percent, rounded to `decimals` places.
 *
 * When the counts are non-negative and add up to `whole` (> 0), the shares add up to
 * exactly 100 by the largest-remainder method: every share is first cut down, then the
 * missing units of the last place go to the largest remainders, a tie to the part declared
 * first (1, 1, 1 of 3 → 33.4, 33.3, 33.3). Otherwise each share is rounded half up on its
 * own. Whole 0 → every share 0.
 */
export function largestRemainderShares(counts: readonly number[], whole: number, decimals = 1): number[] {
  if (whole === 0) return counts.map(() => 0);
  const isPartition = whole > 0 && counts.every((c) => c >= 0) && sumExact(counts) === whole;
  if (!isPartition) return counts.map((c) => percentHalfUp(c, whole, decimals));

  const decimalsIn = [whole, ...counts].map(toDecimal);
  const scale = Math.max(...decimalsIn.map((d) => d.scale));
  const [w, ...parts] = decimalsIn.map((d) => unitsAt(d, scale));
  const hundred = 100n * pow10(decimals);
  const shares = parts.map((part) => (part * hundred) / w);
  const remainders = parts.map((part) => (part * hundred) % w);
  const missing = Number(hundred - shares.reduce((sum, s) => sum + s, 0n));
  const byRemainder = parts
    .map((_, i) => i)
    .sort((a, b) => compareBigInt(remainders[b], remainders[a]) || a - b);
  for (const i of byRemainder.slice(0, missing)) shares[i] += 1n;
  return shares.map((s) => toNumber(s, decimals));
}

function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
