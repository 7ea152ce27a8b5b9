// A Rollup plugin that shrinks Lit's html``, svg`` and css`` templates. In html and svg only
// whitespace at line starts and ends goes (a newline stays), so the rendered page is the
// same and line numbers stay true; css loses comments and every space the syntax does not need.

const TAGS = new Set(['html', 'svg', 'css']);

function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
    yield node;
  }
  for (const key in node) {
    if (key !== 'type' && key !== 'start' && key !== 'end') yield* taggedTemplates(node[key]);
  }
}

/**
 * CSS without comments and without the spaces its syntax does not need; strings stay as
 * written. The ends are trimmed, so an interpolation must be whole rules or declarations
 * (as the kit's `${darkTokens}` are), never part of a selector.
 */
export function squeezeCss(raw) {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/([{;])([\w-]+): /g, '$1$2:')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function squeeze(raw, tag) {
  if (tag === 'css') return squeezeCss(raw);
  return raw.replace(/[ \t]*\n[ \t]*/g, '\n');
}

export function minifyLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('node_modules') || !/\b(html|svg|css)`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      for (const node of taggedTemplates(ast)) {
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const squeezed = squeeze(raw, node.tag.name);
          if (squeezed !== raw) edits.push([quasi.start, quasi.end, squeezed]);
        }
      }
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
