import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/staffing-grid.js';
import type { StaffingGrade, StaffingSection, StaffingUnit } from '../src/schema/types.js';
import { PENDING_URL, brokenReport, reportWithWrongTotals, sampleReport } from './fixtures.js';

interface Args {
  section: string;
  lang: string;
  view: 'diff' | 'current' | 'authorized' | 'vacancy';
  layout: 'grid' | 'report';
  heat: boolean;
  unitDisplay: 'source' | 'compact' | 'full';
  negativeStyle: '' | 'triangle' | 'minus';
  theme: 'auto' | 'light' | 'dark';
  virtualizeAbove: number;
}

const GENERAL = { ko: '일반직', en: 'General service' };
const SPECIAL = { ko: '별정직', en: 'Special service' };

/** 일반직 4급 … 9급 and 별정직 4급상당 … 6급상당: 9 grades, with the 소계 and 계 12 columns. */
const GRADES: StaffingGrade[] = [
  ...[4, 5, 6, 7, 8, 9].map((n) => ({ id: `g${n}`, label: { ko: `${n}급`, en: `Grade ${n}` }, group: GENERAL })),
  ...[4, 5, 6].map((n) => ({ id: `s${n}`, label: { ko: `${n}급상당`, en: `Grade ${n} equiv.` }, group: SPECIAL })),
];

/** Deterministic figures (no Math.random: stories must look the same on every load). */
function unitFigures(seed: number, ids: string[]): Pick<StaffingUnit, 'authorized' | 'current'> {
  const authorized: Record<string, number> = {};
  const current: Record<string, number> = {};
  ids.forEach((id, i) => {
    const a = (seed * 7 + i * 3) % 5;
    if (a === 0) return;
    authorized[id] = a;
    current[id] = Math.max(0, a + (((seed + i) % 4) - 1) * ((seed + i) % 3 === 0 ? 1 : 0) - ((seed * i) % 5 === 1 ? 1 : 0));
  });
  return { authorized, current };
}

function section(units: StaffingUnit[], title = { ko: '인력 현황', en: 'Staffing' }): StaffingSection {
  return { id: 'staffing', kind: 'staffing', title, asOf: '2024-10-31', grades: GRADES, units };
}

/** One unit with two job series (일반직, 별정직). */
const singleUnit = section([{ id: 'office', name: { ko: '비서실', en: "Mayor's office" }, ...unitFigures(3, ['g5', 'g6', 'g7', 's5', 's6']) }]);

/** A bureau (국) with 6 divisions (과), each with teams (팀); one team has sub-teams. */
const bureau = section(
  ['기획예산과', '총무과', '자치행정과', '세무과', '복지정책과', '도시계획과'].map((name, d) => ({
    id: `div${d}`,
    name,
    children: ['직속', '1팀', '2팀', '3팀'].slice(0, 2 + (d % 3)).map((team, t) => ({
      id: `div${d}-${t}`,
      name: `${name} ${team}`,
      ...(d === 0 && t === 1
        ? { children: ['가', '나'].map((sub, k) => ({ id: `div0-1-${k}`, name: `${team} ${sub}반`, ...unitFigures(40 + k, ['g6', 'g7', 'g8', 'g9']) })) }
        : unitFigures(d * 5 + t, t === 0 ? ['g4', 'g5', 's5'] : ['g5', 'g6', 'g7', 'g8', 'g9', 's6'])),
    })),
  })),
  { ko: '행정국 인력 현황', en: 'Administration bureau staffing' },
);

/** 200 units: 40 divisions of 4 teams (the benchmark's shape: 200 rows × 12 figure columns). */
const large = section(
  Array.from({ length: 40 }, (_, d) => ({
    id: `d${d}`,
    name: `부서 ${d + 1}`,
    children: Array.from({ length: 4 }, (_, t) => ({
      id: `d${d}-${t}`,
      name: `부서 ${d + 1}-${t + 1}팀`,
      ...unitFigures(d * 4 + t, GRADES.map((g) => g.id)),
    })),
  })),
);

const meta: Meta<Args> = {
  title: 'Elements/staffing-grid',
  component: 'staffing-grid',
  args: {
    section: 'staffing',
    lang: 'ko',
    view: 'diff',
    layout: 'grid',
    heat: false,
    unitDisplay: 'source',
    negativeStyle: '',
    theme: 'auto',
    virtualizeAbove: 60,
  },
  argTypes: {
    section: { control: 'select', options: ['staffing'] },
    lang: { control: 'inline-radio', options: ['ko', 'en'] },
    view: { control: 'inline-radio', options: ['diff', 'current', 'authorized', 'vacancy'] },
    layout: { control: 'inline-radio', options: ['grid', 'report'] },
    heat: { control: 'boolean' },
    unitDisplay: { control: 'inline-radio', options: ['source', 'compact', 'full'] },
    negativeStyle: { control: 'inline-radio', options: ['', 'triangle', 'minus'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    virtualizeAbove: { control: { type: 'number', min: 0 } },
  },
  render: (args) => html`<staffing-grid
    .data=${sampleReport}
    section=${args.section}
    lang=${args.lang}
    view=${args.view}
    layout=${args.layout}
    ?heat=${args.heat}
    unit-display=${args.unitDisplay}
    negative-style=${args.negativeStyle || (args.lang === 'ko' ? 'triangle' : 'minus')}
    theme=${args.theme}
    virtualize-above=${args.virtualizeAbove}
  ></staffing-grid>`,
};
export default meta;
type Story = StoryObj<Args>;

const withData = (data: StaffingSection): Story['render'] => (args) => html`<staffing-grid
  .data=${data}
  lang=${args.lang}
  view=${args.view}
  layout=${args.layout}
  ?heat=${args.heat}
  theme=${args.theme}
  virtualize-above=${args.virtualizeAbove}
></staffing-grid>`;

export const Staffing: Story = {};
export const English: Story = { args: { lang: 'en', negativeStyle: 'minus' } };
export const MinusSign: Story = { args: { negativeStyle: 'minus' } };
export const Dark: Story = { args: { theme: 'dark' } };

export const SingleUnit: Story = { name: 'Single unit, two job series', render: withData(singleUnit) };
export const Bureau: Story = { name: 'Bureau: 6 divisions, nested teams', render: withData(bureau) };

export const ViewCurrent: Story = { name: 'view="current"', args: { view: 'current' } };
export const ViewAuthorized: Story = { name: 'view="authorized"', args: { view: 'authorized' } };
export const ViewVacancy: Story = { name: 'view="vacancy"', args: { view: 'vacancy' } };
/** The radio group above the grid sets `view` (arrow keys within it); it is there in every grid story. */
export const ViewSwitch: Story = { name: 'View switch (radio group)', args: { view: 'authorized' }, render: withData(bureau) };
export const ViewSwitchEnglish: Story = { name: 'View switch, English', args: { view: 'vacancy', lang: 'en' }, render: withData(bureau) };
/** With `heat`, a legend names the vacancy rates of each shade in words and numbers. */
export const VacancyHeat: Story = { name: 'view="vacancy" heat, with its legend', args: { view: 'vacancy', heat: true }, render: withData(bureau) };
export const VacancyHeatEnglish: Story = { name: 'Heat legend, English', args: { view: 'vacancy', heat: true, lang: 'en' }, render: withData(bureau) };
export const VacancyHeatDark: Story = { name: 'Heat, dark', args: { view: 'vacancy', heat: true, theme: 'dark' }, render: withData(bureau) };
export const DiffHeat: Story = { name: 'view="diff" heat', args: { heat: true }, render: withData(bureau) };

export const ReportLayout: Story = { name: 'layout="report"', args: { layout: 'report' }, render: withData(bureau) };
export const ReportLayoutEnglish: Story = { name: 'layout="report", English', args: { layout: 'report', lang: 'en' } };

/** Past `virtualize-above` rows (60) only the rows in view are rendered; keys reach every cell, printing renders all. */
export const TwoHundredUnits: Story = { name: '200 units (windowed)', render: withData(large) };
export const TwoHundredUnitsAllRows: Story = { name: '200 units, every row rendered', args: { virtualizeAbove: 1000 }, render: withData(large) };

export const Narrow: Story = {
  name: 'Narrow (320px)',
  render: (args) => html`<div style="width: 320px; border: 1px dashed #8a94a3">
    <staffing-grid .data=${bureau} lang=${args.lang} theme=${args.theme}></staffing-grid>
  </div>`,
};

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
