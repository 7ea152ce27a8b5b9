import { css } from 'lit';

/**
 * `--crk-color-shortage` / `--crk-color-surplus` map to `--_short` / `--_over`. Their
 * defaults are the kit's error red and focus blue, which already meet 4.5:1 on the
 * background in light and dark (and switch with the theme), and stay apart for every common
 * colour vision. The heat scale mixes them into the background; on a heat cell the figures
 * take the text colour, so text stays above 4.5:1. Borders are separate, not collapsed: a
 * collapsed border stays behind when its sticky header cell moves, and rows show through.
 * Kept terse: the element has a 20 KB budget.
 */
export const gridStyles = css`
:host{--_short:var(--crk-color-shortage,var(--_error));--_over:var(--crk-color-surplus,var(--_focus))}
p{margin:0 0 .5em}
caption{position:sticky;inset-inline-start:0}
.table-region{overflow:auto;overflow-anchor:none;max-height:var(--crk-max-height,80vh)}
table{width:auto;min-width:100%;border-collapse:separate;border-spacing:0}
thead{position:sticky;top:0;z-index:2}
th{background:var(--_bg)}
th[class],thead tr:first-child>:first-child{position:sticky;inset-inline-start:0;z-index:1;white-space:nowrap}
th.i{inset-inline-start:var(--_lead,0)}
td{text-align:end;white-space:nowrap}
.sub>*,th[colspan]{font-weight:bold}
tbody+tbody>tr:first-child>*{border-top:2px solid var(--_border)}
td>[aria-hidden]{display:block;white-space:pre}
.over,.o1,.o2{--_short:var(--_over)}
.short,.over{color:var(--_short)}
.d::first-line{color:var(--_text)}
td.disputed{position:relative}
td.disputed::after{position:absolute;top:.3em;left:.2em}
.tog{border:0;padding:0;background:none;font-weight:inherit;text-align:start}
.tog::before{content:'\\25BE'/'';display:inline-block;width:1.1em}
[aria-expanded=false]::before{content:'\\25B8'/''}
.views{display:flex;flex-wrap:wrap;gap:0 1em;border:0;padding:0;margin:0 0 .5em}
.legend>span{white-space:nowrap;margin-inline-start:.5em}
legend{float:left;padding:0}
.sw{display:inline-block;width:1em;height:1em;border:1px solid;margin-inline-end:.3em;vertical-align:-.1em}
:host([heat]) td{color:inherit}
.h1{--h:10%}.h2{--h:20%}.h3{--h:32%}.h4{--h:46%}.o1{--h:14%}.o2{--h:30%}
:host([heat]) :is(td,.sw){background:color-mix(in srgb,var(--_short) var(--h,0%),var(--_bg))}
td:focus,th:focus{outline:3px solid var(--_focus);outline-offset:-3px}
@media (forced-colors:active){th{background:Canvas}td:focus,th:focus{outline-color:Highlight}}
@media print{.table-region{max-height:none}thead,th[class]{position:static}.tog::before{content:none}.views{display:none}}
`;
