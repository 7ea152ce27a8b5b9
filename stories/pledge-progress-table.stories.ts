import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pledge-progress-table.js';
import { PENDING_URL, brokenReport, reportWithWrongTotals, sampleReport } from './fixtures.js';

interface Args {
  section: string;
  lang: string;
  unitDisplay: 'source' | 'compact' | 'full';
  negativeStyle: '' | 'triangle' | 'minus';
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/pledge-progress-table',
  component: 'pledge-progress-table',
  args: { section: 'pledges', lang: 'ko', unitDisplay: 'source', negativeStyle: '', theme: 'auto' },
  argTypes: {
    section: { control: 'select', options: ['pledges', 'audit'] },
    lang: { control: 'inline-radio', options: ['ko', 'en'] },
    unitDisplay: { control: 'inline-radio', options: ['source', 'compact', 'full'] },
    negativeStyle: { control: 'inline-radio', options: ['', 'triangle', 'minus'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`<pledge-progress-table
    .data=${sampleReport}
    section=${args.section}
    lang=${args.lang}
    unit-display=${args.unitDisplay}
    negative-style=${args.negativeStyle || 'triangle'}
    theme=${args.theme}
  ></pledge-progress-table>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Pledges: Story = {};
export const CountsOnly: Story = { name: 'Counts only (audit follow-up)', args: { section: 'audit' } };
export const English: Story = { args: { lang: 'en', negativeStyle: 'minus' } };
export const Dark: Story = { args: { theme: 'dark' } };

export const Loading: Story = {
  render: () => html`<pledge-progress-table src=${PENDING_URL}></pledge-progress-table>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<pledge-progress-table lang=${args.lang} .data=${brokenReport()}></pledge-progress-table>`,
};

export const Warnings: Story = {
  render: (args) => html`<pledge-progress-table lang=${args.lang} .data=${reportWithWrongTotals()}></pledge-progress-table>`,
};

export const FromUrl: Story = {
  name: 'From src',
  render: () => html`<pledge-progress-table src="/examples/report-2024.json"></pledge-progress-table>`,
};
