import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/budget-execution-chart.js';
import { PENDING_URL, brokenReport, reportWithWrongTotals, sampleReport } from './fixtures.js';
import { generatedBudget } from './budget-data.js';

interface Args {
  section: string;
  lang: string;
  mode: 'auto' | 'execution' | 'yoy' | 'trend';
  sort: string;
  lowRate: string;
  foldBelow: string;
  unitDisplay: 'source' | 'compact' | 'full';
  negativeStyle: '' | 'triangle' | 'minus';
  theme: 'auto' | 'light' | 'dark';
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/budget-execution-chart',
  component: 'budget-execution-chart',
  args: {
    section: 'budget',
    lang: 'ko',
    mode: 'auto',
    sort: '',
    lowRate: '',
    foldBelow: '',
    unitDisplay: 'source',
    negativeStyle: '',
    theme: 'auto',
    width: '100%',
  },
  argTypes: {
    section: { control: 'select', options: ['budget', 'budget-trend', 'programmes'] },
    lang: { control: 'inline-radio', options: ['ko', 'en'] },
    mode: { control: 'inline-radio', options: ['auto', 'execution', 'yoy', 'trend'] },
    sort: { control: 'select', options: ['', 'budget', '-budget', 'executed', '-executed', 'rate', '-rate', 'change', '-change', 'name', '-name'] },
    lowRate: { control: 'text' },
    foldBelow: { control: 'text' },
    unitDisplay: { control: 'inline-radio', options: ['source', 'compact', 'full'] },
    negativeStyle: { control: 'inline-radio', options: ['', 'triangle', 'minus'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: 'inline-radio', options: ['320px', '100%'] },
  },
  // The width is the container's, as on a page: a wrapper class, not a style binding, keeps the story CSP-clean.
  render: (args) => html`<div class=${args.width === '320px' ? 'narrow' : ''}>
    <style>
      .narrow { width: 320px; }
    </style>
    <budget-execution-chart
      .data=${sampleReport}
      section=${args.section}
      lang=${args.lang}
      mode=${args.mode}
      sort=${args.sort}
      low-rate=${args.lowRate}
      fold-below=${args.foldBelow}
      unit-display=${args.unitDisplay}
      negative-style=${args.negativeStyle || 'triangle'}
      theme=${args.theme}
    ></budget-execution-chart>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Execution: Story = {};
export const Trend: Story = { args: { section: 'budget-trend' } };
export const YearOverYear: Story = { args: { section: 'programmes' } };
export const English: Story = { args: { lang: 'en', negativeStyle: 'minus' } };
export const EnglishTrend: Story = { args: { lang: 'en', section: 'budget-trend', negativeStyle: 'minus' } };
export const Compact: Story = { args: { section: 'programmes', unitDisplay: 'compact' } };
export const Dark: Story = { args: { theme: 'dark', lowRate: '50' } };
export const DarkTrend: Story = { args: { theme: 'dark', section: 'budget-trend' } };
/** Items below 50% are marked with ⚠ and words, not colour alone. */
export const LowRate: Story = { args: { lowRate: '50' } };
export const SortedByRate: Story = { args: { sort: '-rate', lowRate: '50' } };
/** 구정 홍보 has children: click it, or focus it and press Enter; "전체 보기" goes back. */
export const DrillDown: Story = { args: { sort: '-budget' } };
/** Items under 20% of the largest bar are gathered into one bar that opens in place. */
export const FoldBelow: Story = { args: { section: 'programmes', foldBelow: '0.2' } };
export const Narrow: Story = { args: { width: '320px', lowRate: '50' } };
export const NarrowYearOverYear: Story = { args: { width: '320px', section: 'programmes' } };
export const Wide: Story = { args: { width: '100%', section: 'programmes' } };

/** A host with a set height: bars shrink to a readable band, then the plot scrolls. */
export const FixedHeight: Story = {
  render: () => html`<style>
      .fixed { height: 320px; }
    </style>
    <budget-execution-chart class="fixed" .data=${generatedBudget(40)} low-rate="30"></budget-execution-chart>`,
};

/** 1,000 generated items (seeded), sorted by rate with the low ones marked. */
export const Stress1000: Story = {
  name: 'Stress: 1,000 items',
  render: () => html`<budget-execution-chart .data=${generatedBudget(1000)} sort="rate" low-rate="30"></budget-execution-chart>`,
};

export const Loading: Story = {
  render: () => html`<budget-execution-chart src=${PENDING_URL}></budget-execution-chart>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<budget-execution-chart lang=${args.lang} .data=${brokenReport()}></budget-execution-chart>`,
};

export const Warnings: Story = {
  render: (args) => html`<budget-execution-chart lang=${args.lang} .data=${reportWithWrongTotals()}></budget-execution-chart>`,
};

/** A section with no items: a sentence says so, in place of an empty plot. */
export const NothingToShow: Story = {
  render: (args) =>
    html`<budget-execution-chart lang=${args.lang} .data=${{ kind: 'budget-execution', title: '2024 예산 집행현황', items: [] }}></budget-execution-chart>`,
};

export const FromUrl: Story = {
  name: 'From src',
  render: () => html`<budget-execution-chart src="/examples/report-2024.json"></budget-execution-chart>`,
};
