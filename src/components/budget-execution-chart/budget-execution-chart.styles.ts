import { css } from 'lit';

const dark = css`
  --_budget: var(--crk-color-budget, #8d9cb0);
  --_track: var(--crk-color-budget-track, #262d36);
  --_executed: var(--crk-color-executed, #6ea8fe);
  --_rate: var(--crk-color-rate, #ffb14e);
  --_low: var(--crk-color-low-rate, #ff8a80);
  --_grid: #3a424d;
  --_on-mark: #10141a;
`;

/**
 * Marks meet 3:1 and text 4.5:1 against the background in both themes: the budget track is
 * a light fill with a `--_budget` outline (the outline carries the contrast), the executed
 * fill and the rate line are solid. Text inside a bar is `--_on-mark` on the fill. The host
 * is a flex column so that a set height shrinks the plot (which then scrolls); unsized, it
 * grows with its bars.
 */
export const chartStyles = css`
  :host {
    --_budget: var(--crk-color-budget, #5a6b80);
    --_track: var(--crk-color-budget-track, #e4eaf2);
    --_executed: var(--crk-color-executed, #0b5cad);
    --_rate: var(--crk-color-rate, #a34f00);
    --_low: var(--crk-color-low-rate, #b3261e);
    --_grid: #d5dbe3;
    --_on-mark: #fff;
    display: flex;
    flex-direction: column;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${dark}
    }
  }
  .crk {
    flex: auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .crk > * {
    flex: none;
  }
  .crk > .plot {
    flex: 0 1 auto;
    min-height: 4em;
    overflow: auto;
  }
  .unit {
    color: var(--_muted);
    font-size: 0.85em;
    margin: 0;
    text-align: end;
  }
  /* max-width: the chart never widens its container (a grid track, a flex item) before it measures it. */
  svg {
    display: block;
    max-width: 100%;
  }
  text {
    font-size: 11px;
    fill: var(--_text);
    pointer-events: none;
  }
  .name,
  .header {
    font-size: 13px;
  }
  .header,
  .tip-name,
  .low {
    font-weight: bold;
  }
  .tick,
  .legend,
  .amounts,
  .change {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
  }
  .track,
  .prev,
  .budget {
    fill: var(--_track);
    stroke: var(--_budget);
  }
  .fill,
  .exec {
    fill: var(--_executed);
  }
  .cur {
    fill: var(--_budget);
  }
  text.in {
    fill: var(--_on-mark);
  }
  text.on-track {
    fill: var(--_text);
  }
  .rate,
  .dot {
    fill: var(--_rate);
  }
  text.low {
    fill: var(--_low);
  }
  /* Inside the executed bar a low rate's words take the bar's text colour (the icon and words still tell it). */
  text.low.in {
    fill: var(--_on-mark);
  }
  .line {
    fill: none;
    stroke: var(--_rate);
    stroke-width: 2;
  }
  .hit {
    fill: transparent;
  }
  .bar {
    outline: none;
  }
  .bar[role='button'] {
    cursor: pointer;
  }
  .bar:hover .hit {
    fill: var(--_stripe);
  }
  .bar:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tip {
    fill: var(--_bg);
    stroke: var(--_border);
  }
  .tip-text {
    font-size: 12px;
  }
  summary {
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .track,
    .prev,
    .budget,
    .tip {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill,
    .exec,
    .cur,
    .dot,
    text {
      fill: CanvasText;
    }
    /* The rate's legend key apart from the executed one, which is solid too: a dashed outline. */
    rect.rate {
      fill: Canvas;
      stroke: CanvasText;
      stroke-dasharray: 2;
    }
    .line {
      stroke: CanvasText;
    }
    text.in {
      fill: Canvas;
    }
    .bar:focus-visible .hit {
      stroke: Highlight;
    }
  }
  @media print {
    :host {
      display: block;
    }
    .crk > .plot {
      overflow: visible;
    }
    svg {
      break-inside: avoid;
    }
    .tooltip {
      display: none;
    }
  }
`;
