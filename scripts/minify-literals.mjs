// A Rollup plugin that removes the indentation and comments inside Lit's html``, svg`` and
// css`` templates. Only whitespace at line starts and ends goes (a newline stays), so the
// rendered page is the same, line numbers stay true for source maps, and the templates an
// npm consumer ships are smaller.

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

export function squeeze(raw, tag) {
  let out = raw;
  if (tag === 'css') out = out.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  return out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n+/g, (run) => run);
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
