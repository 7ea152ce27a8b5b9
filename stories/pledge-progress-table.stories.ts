import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pledge-progress-table.js';
import { PENDING_URL, brokenReport, reportWithWrongTotals, sampleReport } from './fixtures.js';
import { auditItems, generatedPledges } from './pledge-data.js';

interface Args {
  section: string;
  lang: string;
  unitDisplay: 'source' | 'compact' | 'full';
  negativeStyle: '' | 'triangle' | 'minus';
  theme: 'auto' | 'light' | 'dark';
  sort: string;
  virtualizeAbove: number;
}

const meta: Meta<Args> = {
  title: 'Elements/pledge-progress-table',
  component: 'pledge-progress-table',
  args: { section: 'pledges', lang: 'ko', unitDisplay: 'source', negativeStyle: '', theme: 'auto', sort: '', virtualizeAbove: 200 },
  argTypes: {
    section: { control: 'select', options: ['pledges', 'audit'] },
    lang: { control: 'inline-radio', options: ['ko', 'en'] },
    unitDisplay: { control: 'inline-radio', options: ['source', 'compact', 'full'] },
    negativeStyle: { control: 'inline-radio', options: ['', 'triangle', 'minus'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    sort: { control: 'select', options: ['', 'title', '-title', 'status', '-status', 'progress', '-progress', 'due', '-due', 'department', 'category', 'updated'] },
    virtualizeAbove: { control: 'number' },
  },
  render: (args) => html`<pledge-progress-table
    .data=${sampleReport}
    section=${args.section}
    lang=${args.lang}
    unit-display=${args.unitDisplay}
    negative-style=${args.negativeStyle || 'triangle'}
    theme=${args.theme}
    sort=${args.sort}
  ></pledge-progress-table>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Pledges: Story = {};
export const CountsOnly: Story = { name: 'Counts only (audit follow-up)', args: { section: 'audit' } };
export const English: Story = { args: { lang: 'en', negativeStyle: 'minus' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const SortedByProgress: Story = { name: 'Sorted by progress, descending', args: { sort: '-progress' } };

const audit = auditItems();
export const AuditItems: Story = {
  name: '19 audit items in three categories',
  render: (args) => html`<pledge-progress-table .data=${audit} lang=${args.lang} theme=${args.theme}></pledge-progress-table>`,
};

const pledges300 = generatedPledges(300);
export const Pledges300: Story = {
  name: '300 pledges (windowed)',
  render: (args) =>
    html`<pledge-progress-table .data=${pledges300} lang=${args.lang} theme=${args.theme} sort=${args.sort} virtualize-above=${args.virtualizeAbove}></pledge-progress-table>`,
};

const pledges10000 = generatedPledges(10000);
export const Pledges10000: Story = {
  name: '10,000 pledges (windowed)',
  render: (args) =>
    html`<pledge-progress-table .data=${pledges10000} lang=${args.lang} theme=${args.theme} sort=${args.sort} virtualize-above=${args.virtualizeAbove}></pledge-progress-table>`,
};

export const ShorterScrollRegion: Story = {
  name: '10,000 pledges in a 20em region (--crk-max-height)',
  render: (args) =>
    html`<pledge-progress-table .data=${pledges10000} lang=${args.lang} theme=${args.theme} style="--crk-max-height: 20em"></pledge-progress-table>`,
};

export const UrlSync: Story = {
  name: 'Filters kept in the URL (sync-url)',
  render: (args) => html`<pledge-progress-table .data=${sampleReport} section="pledges" lang=${args.lang} sync-url="p"></pledge-progress-table>`,
};

/** The filters take several values each; a shared link carries them as comma-separated lists (here written into this page's URL first). */
export const SeveralValuesPerFilter: Story = {
  name: 'Several values per filter (read from the URL)',
  render: (args) => {
    const url = new URL(location.href);
    url.searchParams.set('m.status', 'on-track,lagging');
    url.searchParams.set('m.category', 'policy,innovation');
    history.replaceState(history.state, '', url);
    return html`<pledge-progress-table .data=${sampleReport} section="pledges" lang=${args.lang} theme=${args.theme} sync-url="m"></pledge-progress-table>`;
  },
};

export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-width: 22rem; border: 1px dashed #8a94a3; padding: 0.5rem">
      <pledge-progress-table .data=${sampleReport} section="pledges" lang=${args.lang} theme=${args.theme}></pledge-progress-table>
    </div>`,
};

export const Themed: Story = {
  name: 'Custom stage colours',
  render: (args) =>
    html`<pledge-progress-table
      .data=${sampleReport}
      section="pledges"
      lang=${args.lang}
      style="--crk-color-done: #00695c; --crk-color-progress: #4527a0; --crk-color-delayed: #8d4e00"
    ></pledge-progress-table>`,
};

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
