import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Problem, ReportDocument, ReportMeta, Section, SectionKind, UiLang, Warning } from '../schema/types.js';
import { selectSection, type SectionValidator } from '../schema/validate.js';
import { uiLangOf, pickText } from '../format/lang.js';
import { defaultNegativeStyle, type NegativeStyle, type UnitDisplay } from '../format/amount.js';
import { uiMessages, type UiMessages } from '../format/messages.js';
import { downloadText, toCsv } from './export/csv.js';
import { ReportErrorEvent, ReportLoadEvent } from './events.js';
import { loadReport, parseInline, type Loaded } from './load.js';
import { reportElementStyles } from './report-element.styles.js';

/** How many problems the widget lists; the event carries all of them. */
const MAX_LISTED_PROBLEMS = 10;

/** What a widget's render and derive hooks know about the presentation. */
export interface RenderContext {
  /** BCP 47 locale for numbers and dates (the UI language, resolved). */
  locale: string;
  /** The language of the kit's words: Korean or English. */
  lang: UiLang;
  messages: UiMessages;
  unitDisplay: UnitDisplay;
  negativeStyle: NegativeStyle;
  /** The document's meta, when a whole document was given. */
  meta: ReportMeta | null;
  /** JSON Pointer of the section in what was given: '/sections/2', or '' for a lone section. */
  basePath: string;
  /** Resolves a text field for this language (then the document's locale, then the first). */
  text: (value: Parameters<typeof pickText>[0]) => string;
}

type Input =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; value: unknown; version: number }
  | { status: 'failed'; problems: Problem[]; version: number };

type View<S extends Section, D> =
  | { status: 'none' | 'loading' }
  | { status: 'error'; problems: Problem[]; version: number }
  | {
      status: 'ready';
      section: S;
      derived: D;
      warnings: Warning[];
      context: RenderContext;
      version: number;
    };

const PRINT_EVENTS = ['beforeprint', 'afterprint'];

/**
 * The connected widgets, told when a `lang` attribute changes anywhere in the document: an
 * ancestor's may be theirs (one observer for all; a widget re-derives only if its locale changed).
 */
const widgets = new Set<{ requestUpdate(): void }>();
let langs: MutationObserver | null = null;
const UNIT_DISPLAYS: readonly UnitDisplay[] = ['source', 'compact', 'full'];

/**
 * The shared core of the three widgets: getting data in (`data`, an inline JSON script,
 * `src`), validation of the envelope and the shown section, the loading, error and warning
 * states, the events, and the presentation attributes. A widget supplies its kind, its
 * section validator, a pure `derive` and a `renderFigures`.
 *
 * @cssprop --crk-font-family - Font of the widget (default: the page's).
 * @cssprop --crk-font-size - Base font size (default: 1rem).
 * @cssprop --crk-color-text - Text colour.
 * @cssprop --crk-color-muted - Secondary text colour (captions, notes).
 * @cssprop --crk-color-background - Background of the widget.
 * @cssprop --crk-color-border - Table rules and outlines.
 * @cssprop --crk-color-warning - Accent of the warnings region and disputed figures.
 * @cssprop --crk-color-warning-background - Background of the warnings region.
 * @cssprop --crk-color-error - Accent of the error region.
 * @cssprop --crk-color-error-background - Background of the error region.
 * @cssprop --crk-color-stripe - Background of an opened row's details.
 * @cssprop --crk-focus-ring - Colour of the focus outline.
 *
 * @csspart base - The widget's box, around everything it shows.
 * @csspart caption - The title line of the section (title, organisation, as-of date, unit).
 * @csspart summary - The text summary of the figures.
 * @csspart warnings - The list of figures that do not add up (role="status").
 * @csspart error - What went wrong, with the JSON Pointer of each problem (role="alert").
 * @csspart table - The data table.
 * @csspart toolbar - The row of actions (CSV download …).
 */
export abstract class ReportElement<S extends Section, D extends { warnings: Warning[] }> extends LitElement {
  static override styles = [reportElementStyles];

  /** The reactive properties (declared here rather than by decorators, whose helpers would ship in every bundle). */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    timeout: { type: Number },
    // Assigned again, even the same object changed in place, the data are read again.
    data: { attribute: false, hasChanged: () => true },
    section: { reflect: true },
    unitDisplay: { attribute: 'unit-display', reflect: true },
    negativeStyle: { attribute: 'negative-style', reflect: true },
    theme: { reflect: true },
    langAttribute: { attribute: 'lang' },
    input: { state: true, attribute: false },
    inlineText: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** URL of a report document. Changing it aborts the request under way. */
  src: string | null = null;

  /** Milliseconds before a `src` request fails with a `timeout` problem. */
  timeout = 30000;

  /** A report document or a single section object; wins over the inline script and `src`. Every assignment is read again, the same object changed in place too. */
  data: ReportDocument | Section | null | undefined = undefined;

  /** The id of the section to show; default: the first section of this element's kind. */
  section: string | null = null;

  /** `source` (default: numbers as stated, unit in the caption), `compact` or `full`; another value reads as `source`. */
  unitDisplay: UnitDisplay = 'source';

  /** `triangle` (△18,040; default for Korean) or `minus` (−18,040; default elsewhere); another value reads as the default. */
  negativeStyle: NegativeStyle | null = null;

  /** `auto` (follows prefers-color-scheme), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Mirrors the `lang` attribute so that a change re-renders in the new language. */
  protected langAttribute: string | null = null;

  protected input: Input = { status: 'none' };
  private inlineText: string | null = null;
  /** Between beforeprint and afterprint: elements that draw part of their figures draw them all. */
  protected printing = false;

  /** What the widget shows now (state, section, derived figures); `view` is left to subclasses (the staffing grid's attribute). */
  protected presented: View<S, D> = { status: 'none' };

  /** The section kind this element shows. */
  protected abstract readonly kind: SectionKind;
  /** Validates a section of this element's kind (only what it reads, so bundles stay small). */
  protected abstract readonly validateSection: SectionValidator;
  /** Pure: the derived figures and the warnings of the checks. */
  protected abstract derive(section: S, context: RenderContext): D;
  /** Maps the derived figures to a template. */
  protected abstract renderFigures(section: S, derived: D, context: RenderContext): TemplateResult;
  /**
   * The heading of a section without a title in a document without one (a lone section may
   * come with neither): the element's own name, so the heading and what it names are never empty.
   */
  protected abstract untitled(lang: UiLang): string;

  private request: AbortController | null = null;
  private inputVersion = 0;
  /** Input version and section of the last announced state: events fire once per new input. */
  private announced = '';
  private observer: MutationObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.readInlineScript());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.readInlineScript();
    for (const type of PRINT_EVENTS) addEventListener(type, this.onPrint);
    widgets.add(this);
    langs ??= new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
    langs.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    // Removed while loading (moved in the page), it aborted its request: load again.
    if (this.input.status === 'none' && this.src) this.requestUpdate('src');
  }

  private onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    // Synchronously: the page is laid out for paper right after this event.
    if (this.hasUpdated) this.performUpdate();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    for (const type of PRINT_EVENTS) removeEventListener(type, this.onPrint);
    widgets.delete(this);
    this.request?.abort();
    this.request = null;
    // A reconnect must start the request again.
    if (this.input.status === 'loading') this.input = { status: 'none' };
  }

  private readInlineScript(): void {
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    this.inlineText = script ? script.textContent ?? '' : null;
  }

  /** The locale of the UI: `lang`, else the nearest ancestor's, else the document's `meta.locale`. */
  protected resolveLocale(meta: ReportMeta | null): string {
    if (this.langAttribute) return this.langAttribute;
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return typeof meta?.locale === 'string' && meta.locale ? meta.locale : 'ko-KR';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('inlineText') || changed.has('src')) {
      this.chooseInput();
    }
    // Derive only when what the figures depend on changed, not for a widget's own UI state
    // (a hover, an open row). An ancestor's `lang` is read again on every update.
    const inputs: PropertyKey[] = ['input', 'section', 'langAttribute', 'unitDisplay', 'negativeStyle'];
    const view = this.presented;
    if (
      inputs.some((key) => changed.has(key)) ||
      (view.status === 'ready' && view.context.locale !== this.resolveLocale(view.context.meta))
    ) {
      this.presented = this.computeView();
    }
    if (this.presented.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  /** Applies the precedence `data`, inline script, `src`; the winner aborts any request. */
  private chooseInput(): void {
    const lang = uiLangOf(this.resolveLocale(null));
    if (this.data != null) {
      this.abortRequest();
      this.input = { status: 'ready', value: this.data, version: ++this.inputVersion };
    } else if (this.inlineText != null) {
      this.abortRequest();
      this.input = this.fromLoaded(parseInline(this.inlineText, lang));
    } else if (this.src) {
      this.fetchSource(this.src, lang);
    } else {
      this.abortRequest();
      this.input = { status: 'none' };
    }
  }

  private fetchSource(src: string, lang: UiLang): void {
    this.abortRequest();
    const controller = new AbortController();
    this.request = controller;
    this.input = { status: 'loading' };
    void loadReport(src, { signal: controller.signal, timeout: this.timeout, lang }).then((loaded) => {
      // A response for an old `src` (or after another source won) is never shown.
      if (loaded === null || this.request !== controller) return;
      this.request = null;
      this.input = this.fromLoaded(loaded);
    });
  }

  private abortRequest(): void {
    this.request?.abort();
    this.request = null;
  }

  private fromLoaded(loaded: Loaded): Input {
    const version = ++this.inputVersion;
    return loaded.ok
      ? { status: 'ready', value: loaded.value, version }
      : { status: 'failed', problems: [loaded.problem], version };
  }

  private computeView(): View<S, D> {
    const input = this.input;
    if (input.status === 'none' || input.status === 'loading') return { status: input.status };
    if (input.status === 'failed') return { status: 'error', problems: input.problems, version: input.version };
    const docMeta = metaOf(input.value);
    const locale = this.resolveLocale(docMeta);
    const lang = uiLangOf(locale);
    try {
      const selection = selectSection<S>(input.value, {
        kind: this.kind,
        sectionId: this.section,
        lang,
        validateSection: this.validateSection,
      });
      if (!selection.ok) return { status: 'error', problems: selection.problems, version: input.version };
      const meta = selection.document?.meta ?? null;
      const context: RenderContext = {
        locale,
        lang,
        messages: uiMessages(lang),
        // A value the attribute does not know reads as its default, as HTML's own attributes do.
        unitDisplay: UNIT_DISPLAYS.includes(this.unitDisplay) ? this.unitDisplay : 'source',
        negativeStyle: this.negativeStyle === 'triangle' || this.negativeStyle === 'minus' ? this.negativeStyle : defaultNegativeStyle(locale),
        meta,
        basePath: selection.sectionPath,
        text: (value) => pickText(value, locale, meta?.locale),
      };
      const derived = this.derive(selection.section, context);
      return {
        status: 'ready',
        section: selection.section,
        derived,
        warnings: [...selection.warnings, ...derived.warnings],
        context,
        version: input.version,
      };
    } catch (error) {
      // A bug of ours must still leave the page with words, not a blank box or an exception.
      console.error(error);
      return {
        status: 'error',
        problems: [{ code: 'internal', path: '', message: uiMessages(lang).internalError }],
        version: input.version,
      };
    }
  }

  protected override updated(): void {
    const view = this.presented;
    if (view.status !== 'ready' && view.status !== 'error') return;
    const key = `${view.version}:${this.section ?? ''}`;
    if (key === this.announced) return;
    this.announced = key;
    // Built first, then dispatched: the manifest analyzer documents the events from the
    // subclasses' @fires tags, with their names.
    const event =
      view.status === 'ready'
        ? // A lone section may come without an id.
          new ReportLoadEvent({ sectionId: view.section.id ?? '', kind: this.kind, warnings: view.warnings })
        : new ReportErrorEvent({
            message: uiMessages(uiLangOf(this.resolveLocale(null))).errorHeading,
            problems: view.problems,
          });
    this.dispatchEvent(event);
  }

  protected override render(): TemplateResult {
    const view = this.presented;
    return html`<div class="crk" part="base">${this.renderView(view)}</div>`;
  }

  private renderView(view: View<S, D>): TemplateResult {
    switch (view.status) {
      case 'none':
        return html`<p class="empty">${uiMessages(uiLangOf(this.resolveLocale(null))).noInput}</p>`;
      case 'loading': {
        const m = uiMessages(uiLangOf(this.resolveLocale(null)));
        return html`<div class="placeholder" role="progressbar" aria-label=${m.loading}>
          <span class="placeholder-text">${m.loading}</span>
        </div>`;
      }
      case 'error':
        return this.renderError(view.problems);
      case 'ready': {
        let figures: TemplateResult;
        try {
          figures = this.renderFigures(view.section, view.derived, view.context);
        } catch (error) {
          // As in computeView: a bug of ours shows words, never throws out of update().
          console.error(error);
          return this.renderError([{ code: 'internal', path: '', message: view.context.messages.internalError }]);
        }
        return html`${this.renderCaption(view.section, view.context)}
          ${this.renderWarnings(view.warnings, view.context)} ${figures}`;
      }
    }
  }

  /** An alert whose heading keeps the widget's place among the page's headings (the shown state's is its title). */
  private renderError(problems: Problem[]): TemplateResult {
    const m = uiMessages(uiLangOf(this.resolveLocale(null)));
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const more = problems.length - listed.length;
    return html`<div class="error" part="error" role="alert">
      <h2 class="title">${m.errorHeading}</h2>
      <ul>
        ${listed.map(
          (p) => html`<li>${p.path ? html`<code class="pointer">${p.path}</code> ` : nothing}${p.message}</li>`,
        )}
      </ul>
      ${more > 0 ? html`<p>${m.moreProblems(more)}</p>` : nothing}
    </div>`;
  }

  /** The section's name: its title, else the document's, else the element's own name (the heading, and the tables' captions). */
  protected titleOf(section: S, c: RenderContext): string {
    return c.text(section.title) || c.text(c.meta?.title) || this.untitled(c.lang);
  }

  private renderCaption(section: S, c: RenderContext): TemplateResult {
    const title = this.titleOf(section, c);
    const org = [c.text(c.meta?.organization), c.text(c.meta?.department)].filter(Boolean).join(' ');
    const asOf = section.asOf ?? c.meta?.asOf;
    // A div, not a header: outside an article a header is the page's banner landmark, and a
    // page with two widgets would have two.
    return html`<div class="caption" part="caption">
      <h2 class="title" id="title">${title}</h2>
      <p class="subtitle">
        ${org ? html`<span>${org}</span>` : nothing}
        ${asOf ? html`<span>${c.messages.asOf(asOf, c.locale)}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderWarnings(warnings: Warning[], c: RenderContext): TemplateResult {
    // The region is always present so that assistive technology announces a later change.
    return html`<div class="warnings" part="warnings" role="status" ?hidden=${warnings.length === 0}>
      ${warnings.length
        ? html`<p class="warnings-heading"><strong>${c.messages.warningsHeading}</strong></p>
            <ul>
              ${warnings.map((w) => html`<li><code class="pointer">${w.path}</code> ${w.message}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  /** The rows of this widget's CSV export (header row first). */
  protected abstract csvRows(section: S, derived: D, context: RenderContext): (string | number | null)[][];

  /**
   * The section as CSV: UTF-8 with a byte-order mark, numbers raw in the stated unit, the
   * derived columns included. Returns '' when nothing is shown.
   */
  toCSV(): string {
    const view = this.presented;
    if (view.status !== 'ready') return '';
    return toCsv(this.csvRows(view.section, view.derived, view.context));
  }

  /** Saves {@link toCSV} as `<section id>.csv` (`<kind>.csv` for a lone section without an id). */
  downloadCSV(): void {
    const view = this.presented;
    if (view.status !== 'ready') return;
    downloadText(`${this.nameOf(view.section)}.csv`, this.toCSV(), 'text/csv;charset=utf-8');
  }

  /** What names the section shown in file names and URL keys: its id, or (a lone section may have none) its kind. */
  protected nameOf(section: S): string {
    return section.id ?? this.kind;
  }
}

function metaOf(value: unknown): ReportMeta | null {
  if (value && typeof value === 'object' && 'meta' in value) {
    const meta = (value as { meta: unknown }).meta;
    if (meta && typeof meta === 'object') return meta as ReportMeta;
  }
  return null;
}
