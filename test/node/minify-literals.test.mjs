// The build's CSS minifier (scripts/minify-literals.mjs): smaller, and the same stylesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { squeeze } from '../../scripts/minify-literals.mjs';

test('css loses comments and needless spaces, keeps descendant spaces, media features and strings', () => {
  const css = `
  /* a comment */
  :host([theme='dark']) .a > .b,
  .c:hover {
    color: var(--x, #fff);
    margin: 0 auto;
  }
  @media (forced-colors: active) {
    .open::before { content: '▸ ' / ''; }
    [aria-sort='ascending'] button::after { content: " ▲, x" / ''; }
  }
  .d { width: calc(100% - 2px); }
`;
  assert.equal(
    squeeze(css, 'css'),
    ":host([theme='dark']) .a>.b,.c:hover{color:var(--x,#fff);margin:0 auto}@media (forced-colors: active){.open::before{content:'▸ ' / ''}[aria-sort='ascending'] button::after{content:\" ▲, x\" / ''}}.d{width:calc(100% - 2px)}",
  );
});

test('html and svg keep one newline where indentation was, so text nodes stay', () => {
  assert.equal(squeeze('<p>\n    <span>a</span> b\n  </p>', 'html'), '<p>\n<span>a</span> b\n</p>');
});
