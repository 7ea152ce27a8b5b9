/** The table's own words, Korean and English (other locales use the English ones). */
import type { PledgeStage, UiLang } from '../../schema/types.js';

/** The tables' and the CSV's column labels, also the filters' and sort buttons' names (계 is shared). */
export interface PledgeColumns {
  status: string;
  /** The stage a status rolls up into (완료, 추진중 …). */
  stage: string;
  count: string;
  share: string;
  category: string;
  department: string;
  progress: string;
  due: string;
  updated: string;
  title: string;
}

export interface PledgeMessages {
  /** The heading of a section (and document) without a title: pledges or audit follow-ups alike. */
  untitled: string;
  /** `256개 중 125개 완료 (48.8%)`: the share done as one sentence. */
  doneSentence: (done: string, total: string, share: string) => string;
  search: string;
  /** Hint under the search box. */
  searchHint: string;
  /** A filter with nothing chosen: every value shown. */
  all: string;
  /** A filter with `count` values chosen. */
  chosen: (count: string) => string;
  /** Caption of the category × status table. */
  crossTab: string;
  /** Caption of the items table. */
  items: string;
  /** The count of shown rows, announced politely. */
  shown: (shown: string, total: string) => string;
  /** The one row of the items table when the search and filters leave none. */
  noMatch: string;
  reset: string;
  /** Row of the category table for items without a category. */
  uncategorized: string;
  link: string;
  history: string;
  columns: PledgeColumns;
  stages: Record<PledgeStage, string>;
}

const ko: PledgeMessages = {
  untitled: '이행 현황',
  doneSentence: (done, total, share) => `${total}개 중 ${done}개 완료 (${share})`,
  search: '검색',
  searchHint: '초성으로도 찾을 수 있습니다 (예: ㄱㅎ)',
  all: '전체',
  chosen: (count) => `${count}개 선택`,
  crossTab: '분류별 상태 (건수를 누르면 목록을 거릅니다)',
  items: '목록 (열 제목을 누르면 정렬합니다)',
  shown: (shown, total) => `${total}건 중 ${shown}건 표시`,
  noMatch: '조건에 맞는 항목이 없습니다.',
  reset: '조건 지우기',
  uncategorized: '분류 없음',
  link: '관련 링크',
  history: '경과',
  columns: {
    status: '상태',
    stage: '단계',
    count: '건수',
    share: '비율',
    category: '분류',
    department: '부서',
    progress: '진척도',
    due: '완료 예정',
    updated: '갱신일',
    title: '과제명',
  },
  stages: {
    done: '완료',
    progress: '추진중',
    delayed: '부진',
    'not-started': '미착수',
    dropped: '중단',
  },
};

const en: PledgeMessages = {
  untitled: 'Progress',
  doneSentence: (done, total, share) => `${done} of ${total} done (${share})`,
  search: 'Search',
  searchHint: 'Korean initial consonants work too (ㄱㅎ finds 기획)',
  all: 'All',
  chosen: (count) => `${count} chosen`,
  crossTab: 'By category and status (choose a count to filter the list)',
  items: 'Items (choose a column heading to sort)',
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  noMatch: 'No items match.',
  reset: 'Clear filters',
  uncategorized: 'No category',
  link: 'Link',
  history: 'History',
  columns: {
    status: 'Status',
    stage: 'Stage',
    count: 'Count',
    share: 'Share',
    category: 'Category',
    department: 'Department',
    progress: 'Progress',
    due: 'Due',
    updated: 'Updated',
    title: 'Title',
  },
  stages: {
    done: 'Done',
    progress: 'In progress',
    delayed: 'Delayed',
    'not-started': 'Not started',
    dropped: 'Dropped',
  },
};

export function pledgeMessages(lang: UiLang): PledgeMessages {
  return lang === 'ko' ? ko : en;
}
