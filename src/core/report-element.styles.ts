import { css } from 'lit';

/** The dark values, for `theme="dark"` and for `theme="auto"` in a dark colour scheme. */
const darkTokens = css`
    --_text: var(--crk-color-text, #e8eaed);
    --_muted: var(--crk-color-muted, #b5bcc6);
    --_bg: var(--crk-color-background, #15181c);
    --_border: var(--crk-color-border, #7d8794);
    --_warning: var(--crk-color-warning, #ffc46b);
    --_warning-bg: var(--crk-color-warning-background, #2c2414);
    --_error: var(--crk-color-error, #ff8a80);
    --_error-bg: var(--crk-color-error-background, #2e1716);
    --_focus: var(--crk-focus-ring, #8ab4f8);
    --_stripe: var(--crk-color-stripe, #1e2227);
`;

/**
 * Public tokens (`--crk-*`, set once at :root or per element) map to private `--_*` ones;
 * the widgets read only the private ones. Light values are the defaults; dark ones apply
 * with `theme="dark"`, or with `theme="auto"` under `prefers-color-scheme: dark`. Every
 * text colour meets 4.5:1 and every mark 3:1 against its background (test/unit/contrast).
 */
export const reportElementStyles = css`
  :host {
    --_font-family: var(--crk-font-family, inherit);
    --_font-size: var(--crk-font-size, 1rem);
    --_text: var(--crk-color-text, #1b1f24);
    --_muted: var(--crk-color-muted, #4a5360);
    --_bg: var(--crk-color-background, #ffffff);
    --_border: var(--crk-color-border, #8a94a3);
    --_warning: var(--crk-color-warning, #8a4b00);
    --_warning-bg: var(--crk-color-warning-background, #fff6e5);
    --_error: var(--crk-color-error, #b3261e);
    --_error-bg: var(--crk-color-error-background, #fdeceb);
    --_focus: var(--crk-focus-ring, #0b57d0);
    --_stripe: var(--crk-color-stripe, #f3f5f8);

    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    /* A long unbroken word (a name, a URL) wraps rather than widen the page. */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  .caption {
    margin: 0 0 0.5em;
  }
  .title {
    font-size: 1.15em;
    margin: 0;
  }
  .subtitle {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .subtitle:empty {
    display: none;
  }
  .empty {
    color: var(--_muted);
    margin: 0;
  }
  .placeholder {
    min-height: 8em;
    display: grid;
    place-items: center;
    border: 1px dashed var(--_border);
    border-radius: 4px;
    color: var(--_muted);
  }
  .warnings,
  .error {
    border-inline-start: 4px solid;
    padding: 0.5em 0.75em;
    margin: 0 0 0.75em;
    border-radius: 2px;
  }
  .warnings {
    border-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .error {
    border-color: var(--_error);
    background: var(--_error-bg);
  }
  .warnings ul,
  .error ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .warnings p,
  .error p {
    margin: 0;
  }
  .pointer {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  /* A scrolling region takes its container's width and adds nothing to the widget's own
     minimum width (inline-size containment): a wide table scrolls inside it even where the
     page puts the widget in a grid or flex item that would otherwise grow to the table. It
     is the containing block of what is positioned inside (the visually hidden words of a
     cell), which would otherwise stand out past its clip and widen the page. */
  .table-region {
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    contain: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    caption-side: top;
    color: var(--_muted);
    font-size: 0.9em;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.3em 0.6em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
    text-align: center;
    white-space: nowrap;
  }
  tbody th {
    text-align: start;
    font-weight: normal;
  }
  /* Row headers of a drill-down level (see depthClass in cells.ts). */
  .depth-1 { padding-inline-start: 1.85em; }
  .depth-2 { padding-inline-start: 3.1em; }
  .depth-3 { padding-inline-start: 4.35em; }
  .depth-4 { padding-inline-start: 5.6em; }
  .depth-5 { padding-inline-start: 6.85em; }
  .depth-6 { padding-inline-start: 8.1em; }
  td.num {
    text-align: end;
    white-space: nowrap;
  }
  tr.total th,
  tr.total td {
    font-weight: bold;
    border-top: 2px solid var(--_border);
  }
  .disputed {
    text-decoration: underline wavy var(--_warning);
    text-underline-offset: 0.2em;
  }
  .disputed::after {
    /* Seen, not spoken: the visually hidden words after the figure say it. */
    content: ' ⚠' / '';
    color: var(--_warning);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.75em;
    cursor: pointer;
    min-height: 24px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .warnings,
    .error {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .toolbar {
      display: none;
    }
    .table-region {
      overflow: visible;
      contain: none;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
