import type { Problem, SectionKind, Warning } from '../schema/types.js';

/** `detail` of {@link ReportLoadEvent}. */
export interface ReportLoadDetail {
  /** The id of the section shown. */
  sectionId: string;
  kind: SectionKind;
  /** Every failed check of the figures; empty when all add up. */
  warnings: Warning[];
}

/** `detail` of {@link ReportErrorEvent}. */
export interface ReportErrorDetail {
  /** One sentence in the UI language. */
  message: string;
  /** Every problem found, not only the first ten that the widget lists. */
  problems: Problem[];
}

/**
 * Fired (bubbles, composed) each time a newly given document or section has been rendered;
 * not for a change of a presentation attribute.
 */
export class ReportLoadEvent extends CustomEvent<ReportLoadDetail> {
  static readonly type = 'report-load';
  constructor(detail: ReportLoadDetail) {
    super(ReportLoadEvent.type, { bubbles: true, composed: true, detail });
  }
}

/** Fired (bubbles, composed) when the given input cannot be shown. */
export class ReportErrorEvent extends CustomEvent<ReportErrorDetail> {
  static readonly type = 'report-error';
  constructor(detail: ReportErrorDetail) {
    super(ReportErrorEvent.type, { bubbles: true, composed: true, detail });
  }
}

/** The kit's events; they bubble and are composed, so a page may listen on document or window. */
interface ReportEventMap {
  'report-load': ReportLoadEvent;
  'report-error': ReportErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends ReportEventMap {}
  interface DocumentEventMap extends ReportEventMap {}
  interface WindowEventMap extends ReportEventMap {}
}
