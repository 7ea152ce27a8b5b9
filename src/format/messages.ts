/**
 * The words of the kit's own UI, in Korean and English. Any other locale formats its numbers
 * with `Intl` and uses the English words (`uiLangOf`). Plain strings and small functions,
 * never markup: templates bind them as text.
 */
import type { UiLang } from '../schema/types.js';

/** The column label every element uses; each element's own labels are in its messages module. */
export interface ColumnLabels {
  total: string;
}

export interface UiMessages {
  loading: string;
  /** Heading of the error region. */
  errorHeading: string;
  /** After the first 10 problems: how many were left out. */
  moreProblems: (count: number) => string;
  /** Heading of the warnings region (failed checks). */
  warningsHeading: string;
  /** Marks a stated figure that differs from the computed one. */
  disputed: string;
  /** Accessible text of a `-` that stands for a missing figure. */
  notApplicable: string;
  /** Accessible text of a negative number, given its digits (△ must not be read as a shape). */
  negative: (magnitude: string) => string;
  /** Accessible text of a positive difference, given its digits. */
  positive: (magnitude: string) => string;
  /** The server answered with an error status; `url` is accepted but not shown (it may be long or private). */
  httpError: (status: number, url?: string) => string;
  timeout: (ms: number) => string;
  notJson: string;
  /** No answer at all (offline, DNS, CORS); `url` is accepted but not shown. */
  networkError: (url?: string) => string;
  /** A fault of the kit itself, not of the data. */
  internalError: string;
  /** Neither `data`, an inline script nor `src` was given. */
  noInput: string;
  columns: ColumnLabels;
  /**
   * `2024-10-31 기준` / `as of 31 Oct 2024`; an ISO date (or `YYYY-MM`). `locale` is accepted
   * for callers that pass it, but the words' language decides the date's shape.
   */
  asOf: (isoDate: string, locale?: string) => string;
  /** A date in a cell: `2024-10-31` / `31 Oct 2024`; an ISO date (or `YYYY-MM`). */
  date: (isoDate: string) => string;
  downloadCsv: string;
  /** Label before the publication a report cites (출처). */
  source: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * English dates are day month year (`31 Oct 2024`), unambiguous on both sides of the
 * Atlantic, with the same three-letter months everywhere (Intl's en-GB writes `Sept`, and its
 * first use loads the locale data); UTC so that no time zone moves the day. Text that is not
 * an ISO date stays as is.
 */
function englishDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 2024-02-30 over into March: such a date is shown as written.
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return iso;
  return `${m[3] ? `${day} ` : ''}${MONTHS[month]} ${m[1]}`;
}

/** `30000` → `30`; seconds read better than milliseconds, a fraction keeps one decimal. */
function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

const ko: UiMessages = {
  loading: '불러오는 중…',
  errorHeading: '보고서를 표시할 수 없습니다',
  moreProblems: (count) => `외 ${count}건의 문제가 더 있습니다`,
  warningsHeading: '보고서의 수치 중 맞지 않는 것이 있습니다',
  disputed: '보고서 기재값, 계산값과 다름',
  notApplicable: '해당 없음',
  negative: (magnitude) => `마이너스 ${magnitude}`,
  positive: (magnitude) => `플러스 ${magnitude}`,
  httpError: (status) => `보고서를 불러오지 못했습니다 (HTTP ${status})`,
  timeout: (ms) =>
    ms < 1000 ? `보고서를 ${ms}밀리초 안에 불러오지 못했습니다` : `보고서를 ${seconds(ms)}초 안에 불러오지 못했습니다`,
  notJson: '받은 파일이 JSON 형식이 아닙니다',
  networkError: () => '네트워크 오류로 보고서를 불러오지 못했습니다',
  internalError: '표시하는 중에 오류가 났습니다. 이 위젯의 결함입니다',
  noInput: '표시할 보고서가 지정되지 않았습니다',
  columns: {
    total: '계',
  },
  asOf: (isoDate) => `${isoDate} 기준`,
  date: (isoDate) => isoDate,
  downloadCsv: 'CSV 내려받기',
  source: '출처',
};

const en: UiMessages = {
  loading: 'Loading…',
  errorHeading: 'The report cannot be shown',
  moreProblems: (count) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  warningsHeading: 'Some stated figures do not add up',
  disputed: 'as stated; differs from the computed figure',
  notApplicable: 'not applicable',
  negative: (magnitude) => `\u2212${magnitude}`,
  positive: (magnitude) => `+${magnitude}`,
  httpError: (status) => `The report could not be loaded (HTTP ${status})`,
  timeout: (ms) =>
    ms < 1000
      ? `The report did not arrive within ${ms} milliseconds`
      : `The report did not arrive within ${seconds(ms)} ${ms === 1000 ? 'second' : 'seconds'}`,
  notJson: 'The file received is not JSON',
  networkError: () => 'The report could not be loaded: network error',
  internalError: 'Something went wrong while showing the report; this is a fault of the widget',
  noInput: 'No report was given to show',
  columns: {
    total: 'Total',
  },
  asOf: (isoDate) => `as of ${englishDate(isoDate)}`,
  date: englishDate,
  downloadCsv: 'Download CSV',
  source: 'Source',
};

export const MESSAGES: Record<UiLang, UiMessages> = { ko, en };

export function uiMessages(lang: UiLang): UiMessages {
  return MESSAGES[lang] ?? MESSAGES.en;
}
