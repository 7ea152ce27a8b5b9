/**
 * TypeScript types of the report document format, version 1.
 *
 * These types and `schema/report.schema.json` describe the same format; the test
 * `test/node/schema-types-drift.test.mjs` compares every interface here with its
 * definition in the schema (property names, which are required, primitive types) and
 * fails when the two drift apart. Change both together.
 */

/** Properties whose names start with `x-` are kept for extensions and never checked. */
export interface Extensible {
  [extension: `x-${string}`]: unknown;
}

/**
 * A text field: one string, or an object of BCP 47 language tag to string
 * (`{"ko": "예비비", "en": "Reserve fund"}`). A widget shows the one for its language,
 * else the one for the document's `meta.locale`, else the first.
 */
export type LangText = string | { [languageTag: string]: string };

/** Where the figures were published. */
export interface SourceRef extends Extensible {
  title?: LangText;
  /** `http:`, `https:` or a relative URL. */
  url?: string;
}

export interface ReportMeta extends Extensible {
  title: LangText;
  organization?: LangText;
  department?: LangText;
  period?: LangText;
  /** ISO date (YYYY-MM-DD) the figures stand at. */
  asOf?: string;
  /** BCP 47 tag; default `ko-KR`. */
  locale?: string;
  source?: SourceRef;
  notes?: LangText;
}

export type SectionKind = 'budget-execution' | 'pledge-progress' | 'staffing';

interface SectionBase extends Extensible {
  /** Unique within the document; `^[A-Za-z0-9_-]+$`. Required in a document; a lone section given to `data` may leave it out. */
  id?: string;
  kind: SectionKind;
  title?: LangText;
  asOf?: string;
  notes?: LangText;
  source?: SourceRef;
}

// ---------------------------------------------------------------- budget-execution

/** 1 (won), 1000 (천원), 1000000 (백만원), 100000000 (억원). */
export type AmountScale = 1 | 1000 | 1000000 | 100000000;

export interface BudgetItem extends Extensible {
  id?: string;
  name: LangText;
  /** 예산액, ≥ 0, in the section's scale. */
  budget: number;
  /** 집행액, ≥ 0. */
  executed?: number;
  /** 전년도 예산액, ≥ 0. */
  previousBudget?: number;
  /** 집행률 in percent as the report states it; checked against executed / budget. */
  rate?: number;
  note?: LangText;
  /** A drill-down level; this item's figures are their stated subtotal. */
  children?: BudgetItem[];
}

export interface BudgetPoint extends Extensible {
  /** A period label such as "2015". */
  period: LangText;
  budget: number;
  executed?: number;
  rate?: number;
  note?: LangText;
}

export interface BudgetTotal extends Extensible {
  budget?: number;
  executed?: number;
  previousBudget?: number;
}

export interface BudgetSection extends SectionBase {
  kind: 'budget-execution';
  /** ISO 4217 code; default `KRW`. */
  currency?: string;
  /** Default 1. */
  scale?: AmountScale;
  items?: BudgetItem[];
  series?: BudgetPoint[];
  total?: BudgetTotal;
}

// ---------------------------------------------------------------- pledge-progress

export type PledgeStage = 'done' | 'progress' | 'delayed' | 'not-started' | 'dropped';

export interface PledgeStatus extends Extensible {
  id: string;
  label: LangText;
  stage: PledgeStage;
}

export interface PledgeCategory extends Extensible {
  id: string;
  label: LangText;
}

export interface PledgeHistoryEntry extends Extensible {
  /** ISO date. */
  date: string;
  /** A declared status id. */
  status: string;
  note?: LangText;
}

export interface PledgeItem extends Extensible {
  id: string;
  title: LangText;
  /** A declared status id. */
  status: string;
  /** A declared category id. */
  category?: string;
  department?: LangText;
  /** 0–100. */
  progress?: number;
  /** ISO date or YYYY-MM. */
  due?: string;
  /** ISO date. */
  updated?: string;
  note?: LangText;
  url?: string;
  /** Oldest first. */
  history?: PledgeHistoryEntry[];
}

export interface PledgeSection extends SectionBase {
  kind: 'pledge-progress';
  statuses: PledgeStatus[];
  categories?: PledgeCategory[];
  items?: PledgeItem[];
  /** Status id → published count. */
  counts?: { [statusId: string]: number };
  /** The stated number of pledges. */
  total?: number;
}

// ---------------------------------------------------------------- staffing

export interface StaffingGrade extends Extensible {
  id: string;
  label: LangText;
  /** Job series (일반직, 별정직 …): grades of one group form a two-level header. */
  group?: LangText;
}

export interface StaffingUnit extends Extensible {
  id?: string;
  name: LangText;
  /** Grade id → 정원. A missing grade counts as 0. */
  authorized?: { [gradeId: string]: number };
  /** Grade id → 현원. A missing grade counts as 0. */
  current?: { [gradeId: string]: number };
  /** Sub-units; this unit's own figures, when given, are their stated subtotal. */
  children?: StaffingUnit[];
}

export interface StaffingTotal extends Extensible {
  authorized?: number;
  current?: number;
}

export interface StaffingSection extends SectionBase {
  kind: 'staffing';
  grades: StaffingGrade[];
  units: StaffingUnit[];
  total?: StaffingTotal;
}

// ---------------------------------------------------------------- document

export type Section = BudgetSection | PledgeSection | StaffingSection;

export interface ReportDocument extends Extensible {
  $schema?: string;
  /** "1.0" or any "1.x". */
  schemaVersion: string;
  meta: ReportMeta;
  sections: Section[];
}

// ---------------------------------------------------------------- problems and warnings

/** The languages whose words the kit ships; any other locale uses English words. */
export type UiLang = 'ko' | 'en';

/** Something that stops a widget from showing its section. */
export interface Problem {
  /** Stable machine-readable code, e.g. `required`, `type`, `http-404`, `no-section`. */
  code: string;
  /** JSON Pointer (RFC 6901) relative to the object the widget was given; "" when not about a field. */
  path: string;
  /** A sentence in the UI language. */
  message: string;
}

/** A failed check: the widget still renders. */
export interface Warning {
  code: string;
  path: string;
  /** The figure as the report states it (raw); null when the warning is not about a figure. */
  stated: number | null;
  /** The figure the kit computes (raw, unrounded); null when not about a figure. */
  computed: number | null;
  message: string;
}
