import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/staffing-grid.js';
import { PENDING_URL, brokenReport, reportWithWrongTotals, sampleReport } from './fixtures.js';

interface Args {
  section: string;
  lang: string;
  unitDisplay: 'source' | 'compact' | 'full';
  negativeStyle: '' | 'triangle' | 'minus';
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/staffing-grid',
  component: 'staffing-grid',
  args: { section: 'staffing', lang: 'ko', unitDisplay: 'source', negativeStyle: '', theme: 'auto' },
  argTypes: {
    section: { control: 'select', options: ['staffing'] },
    lang: { control: 'inline-radio', options: ['ko', 'en'] },
    unitDisplay: { control: 'inline-radio', options: ['source', 'compact', 'full'] },
    negativeStyle: { control: 'inline-radio', options: ['', 'triangle', 'minus'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`<staffing-grid
    .data=${sampleReport}
    section=${args.section}
    lang=${args.lang}
    unit-display=${args.unitDisplay}
    negative-style=${args.negativeStyle || 'triangle'}
    theme=${args.theme}
  ></staffing-grid>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Staffing: Story = {};
export const English: Story = { args: { lang: 'en', negativeStyle: 'minus' } };
export const MinusSign: Story = { args: { negativeStyle: 'minus' } };
export const Dark: Story = { args: { theme: 'dark' } };

export const Loading: Story = {
  render: () => html`<staffing-grid src=${PENDING_URL}></staffing-grid>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<staffing-grid lang=${args.lang} .data=${brokenReport()}></staffing-grid>`,
};

export const Warnings: Story = {
  render: (args) => html`<staffing-grid lang=${args.lang} .data=${reportWithWrongTotals()}></staffing-grid>`,
};

export const FromUrl: Story = {
  name: 'From src',
  render: () => html`<staffing-grid src="/examples/report-2024.json"></staffing-grid>`,
};
