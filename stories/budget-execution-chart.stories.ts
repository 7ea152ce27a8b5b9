import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/budget-execution-chart.js';
import { PENDING_URL, brokenReport, reportWithWrongTotals, sampleReport } from './fixtures.js';

interface Args {
  section: string;
  lang: string;
  unitDisplay: 'source' | 'compact' | 'full';
  negativeStyle: '' | 'triangle' | 'minus';
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/budget-execution-chart',
  component: 'budget-execution-chart',
  args: { section: 'budget', lang: 'ko', unitDisplay: 'source', negativeStyle: '', theme: 'auto' },
  argTypes: {
    section: { control: 'select', options: ['budget', 'budget-trend', 'programmes'] },
    lang: { control: 'inline-radio', options: ['ko', 'en'] },
    unitDisplay: { control: 'inline-radio', options: ['source', 'compact', 'full'] },
    negativeStyle: { control: 'inline-radio', options: ['', 'triangle', 'minus'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`<budget-execution-chart
    .data=${sampleReport}
    section=${args.section}
    lang=${args.lang}
    unit-display=${args.unitDisplay}
    negative-style=${args.negativeStyle || 'triangle'}
    theme=${args.theme}
  ></budget-execution-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Execution: Story = {};
export const Trend: Story = { args: { section: 'budget-trend' } };
export const YearOverYear: Story = { args: { section: 'programmes' } };
export const English: Story = { args: { lang: 'en', negativeStyle: 'minus' } };
export const Compact: Story = { args: { section: 'programmes', unitDisplay: 'compact' } };
export const Dark: Story = { args: { theme: 'dark' } };

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

export const FromUrl: Story = {
  name: 'From src',
  render: () => html`<budget-execution-chart src="/examples/report-2024.json"></budget-execution-chart>`,
};
