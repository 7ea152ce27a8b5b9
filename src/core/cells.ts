import { html, nothing, type TemplateResult } from 'lit';

/** A formatted figure: the text as shown and what assistive technology should say. */
export interface Formatted {
  text: string;
  label: string;
}

/**
 * The content of a figure cell. `-` and `△` read badly aloud, so where the shown text and
 * the spoken text differ the shown one is hidden from assistive technology and the spoken
 * one is given as visually hidden text. A disputed figure (a stated total that does not add
 * up) says so in words, not only by its wavy underline.
 */
export function figure(value: Formatted, disputedNote?: string | false): TemplateResult {
  const same = value.text === value.label;
  return html`<span class=${disputedNote ? 'disputed' : ''}
    >${same
      ? value.text
      : html`<span aria-hidden="true">${value.text}</span><span class="visually-hidden">${value.label}</span>`}${disputedNote
      ? html`<span class="visually-hidden"> (${disputedNote})</span>`
      : nothing}</span
  >`;
}

/** Deepest drill-down level indented further; deeper levels keep this indent. */
export const MAX_INDENT = 6;

/**
 * The class that indents a row header by its depth. A class, not a style binding: a strict
 * `style-src` blocks style attributes, and Lit's styleMap writes one on first render.
 */
export function depthClass(depth: number): string {
  return `depth-${Math.min(depth, MAX_INDENT)}`;
}
