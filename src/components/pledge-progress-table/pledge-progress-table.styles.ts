import { css } from 'lit';

const dark = css`
  --_done: var(--crk-color-done, #4cc26b);
  --_progress: var(--crk-color-progress, #8ab4f8);
  --_delayed: var(--crk-color-delayed, #f0a04b);
  --_not-started: var(--crk-color-not-started, #a3acb8);
  --_dropped: var(--crk-color-dropped, #ff8a80);
`;

/** Stage colours are marks (3:1 against the background, light and dark); text keeps the text colour. */
export const pledgeStyles = css`
  :host {
    --_done: var(--crk-color-done, #1a7f37);
    --_progress: var(--crk-color-progress, #0b57d0);
    --_delayed: var(--crk-color-delayed, #a35200);
    --_not-started: var(--crk-color-not-started, #5f6b7a);
    --_dropped: var(--crk-color-dropped, #b3261e);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${dark}
    }
  }
  /* Each stage: its colour and its shape, so colour is never the only cue. */
  .k-done { --_c: var(--_done); --_shape: '●'; }
  .k-progress { --_c: var(--_progress); --_shape: '◐'; }
  .k-delayed { --_c: var(--_delayed); --_shape: '▲'; }
  .k-not-started { --_c: var(--_not-started); --_shape: '○'; }
  .k-dropped { --_c: var(--_dropped); --_shape: '✕'; }
  .shape::before {
    content: var(--_shape) / '';
    color: var(--_c);
    margin-inline-end: 0.3em;
  }
  .summary { margin: 0 0 1em; }
  .lead { margin: 0 0 0.4em; font-size: 1.1em; }
  .bar {
    display: flex;
    height: 1.25em;
    gap: 2px;
  }
  .seg, .fill { background: var(--_c); }
  .stages, .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.4em 0 0;
    padding: 0;
    list-style: none;
  }
  .statuses li {
    display: inline-flex;
    flex-direction: column;
    color: var(--_muted);
  }
  .statuses b { color: var(--_text); font-size: 1.2em; }
  .filters, .count {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin: 1em 0 0.5em;
  }
  .filters small { flex-basis: 100%; color: var(--_muted); }
  [type='search'], summary { font: inherit; color: inherit; background: var(--_bg); border: 1px solid var(--_border); border-radius: 4px; }
  summary { width: fit-content; padding: 0.25em 0.75em; cursor: pointer; }
  .pick[open] { flex-basis: 100%; }
  .pick [role='group'] { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; padding: 0.4em 0.25em; }
  th > button, .open {
    border: 0;
    padding: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  /* No taller than a line, so a row with it is as high as one without (the windowed rows are
     all one height); the rows, at least 24 px apart, keep it a large enough target (WCAG 2.5.8). */
  .open { min-height: 0; }
  .open::before { content: '▸ ' / ''; }
  .open[aria-expanded='true']::before { content: '▾ ' / ''; }
  [aria-sort='ascending'] button::after { content: ' ▲' / ''; }
  [aria-sort='descending'] button::after { content: ' ▼' / ''; }
  .cross button { min-width: 2.5em; text-align: end; }
  .cross td, .cross th { vertical-align: middle; }
  [aria-pressed='true'] { font-weight: bold; }
  /* The focus ring wins over the pressed outline. */
  [aria-pressed='true']:not(:focus-visible) { outline: 2px solid var(--_text); }
  .meter {
    display: inline-block;
    width: 4em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border: 1px solid var(--_border);
  }
  .fill { display: block; height: 100%; }
  .details td { background: var(--_stripe); }
  .details p { margin: 0 0 0.3em; }
  .timeline { margin: 0; padding-inline-start: 1.25em; }
  a { color: var(--_focus); }
  /* Narrow containers scroll the list sideways (inside its labelled region) rather than squeeze it. */
  .items table { min-width: 46em; }
  /* Dates, statuses and names keep to a line; a title wraps, even a long unbroken one. */
  .items tr:not(.details) > td { white-space: nowrap; }
  .items th[scope='row'] { min-width: 12em; overflow-wrap: anywhere; }
  /* scroll-padding: a row scrolled into view (a Tab) is not under the sticky header. */
  .virtual { max-height: var(--crk-max-height, min(70vh, 36em)); overflow: auto; scroll-padding-top: 2.75em; }
  .virtual tr:not(.details) > * { white-space: nowrap; }
  /* One height for every windowed row, so the window's arithmetic holds without a second render. */
  .virtual tr[data-i]:not(.details) { height: 2.25em; }
  .virtual thead th { position: sticky; top: 0; background: var(--_bg); z-index: 1; }
  .spacer td { padding: 0; border: 0; }
  @media (forced-colors: active) {
    .seg, .fill { forced-color-adjust: none; background: CanvasText; }
  }
  @media print {
    .filters, .count { display: none; }
    .virtual { max-height: none; overflow: visible; }
  }
`;
