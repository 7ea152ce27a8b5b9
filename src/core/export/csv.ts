/**
 * CSV as spreadsheets open it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order
 * mark so that Excel shows Hangul instead of mojibake. Numbers are raw (`-18040`, `380.2`);
 * the scale belongs in the header (`예산액(천원)`).
 */
import { decimalOf, decimalToString } from '../../format/number.js';

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection": `=`,
 * `+`, `-`, `@`, tab, carriage return), and their full-width forms, which an IME types and
 * some spreadsheets fold into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    // Not applicable, never "NaN"; plain digits, never an exponent (1e21) a reader must decode.
    return Number.isFinite(cell) ? decimalToString(decimalOf(cell)) : '';
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV text: a byte-order mark, then each row on its own CRLF-terminated line. Text that
 * begins like a formula gets a leading `'` (numbers never do: `-18040` stays a number).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cellText).join(',') + CRLF).join('');
}

/** A header with its unit: `예산액(천원)`, `Budget(KRW thousand)`; the bare label when `unit` is ''. */
export function csvHeader(label: string, unit: string): string {
  return unit ? `${label}(${unit})` : label;
}

/**
 * Saves a blob through a temporary `<a download>`. The object URL is revoked a little
 * later, not at once: some browsers start reading the blob only after the click returns.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  // Attached while clicked, for browsers that ignore clicks on detached links.
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/** Milliseconds between the click and revoking the object URL. */
export const REVOKE_DELAY_MS = 1000;

/** Saves text as a file (`text/csv;charset=utf-8`, `image/svg+xml` …). */
export function downloadText(filename: string, text: string, mime: string): void {
  downloadBlob(filename, new Blob([text], { type: mime }));
}
