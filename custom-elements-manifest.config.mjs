// Custom Elements Manifest (custom-elements.json), generated at build time from the JSDoc
// of the element classes; Storybook reads it for docs and controls, editors and tools in a
// consumer's project read it from the published package.
import { posix } from 'node:path';

const TAGS = {
  'budget-execution-chart': 'BudgetExecutionChart',
  'pledge-progress-table': 'PledgeProgressTable',
  'staffing-grid': 'StaffingGrid',
};

/**
 * `src/x/y.ts` (or `/src/x/y.js`, or `./y.js` beside the module at `from`) → `dist/npm/x/y.js`:
 * what the package publishes (it ships no `src/`).
 */
const published = (path, from) =>
  posix
    .normalize(path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, ''))
    .replace(/^src\//, 'dist/npm/')
    .replace(/\.ts$/, '.js');

/** Every `path` and `module` in the manifest names the published file. */
function rewrite(node, from) {
  if (Array.isArray(node)) node.forEach((n) => rewrite(n, from));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value, from);
      else rewrite(value, from);
    }
  }
}

export default {
  globs: ['src/components/**/*.ts', 'src/core/report-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.layout.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'civic-report-kit:published-modules',
      packageLinkPhase({ customElementsManifest: manifest }) {
        for (const module of manifest.modules) rewrite(module, module.path);
        // The entries that define the tags (defineElement is not customElements.define, which
        // the analyzer would have recognised).
        for (const [tag, name] of Object.entries(TAGS)) {
          manifest.modules.push({
            kind: 'javascript-module',
            path: `dist/npm/${tag}.js`,
            declarations: [],
            exports: [{ kind: 'custom-element-definition', name: tag, declaration: { name, module: `dist/npm/components/${tag}/${tag}.js` } }],
          });
        }
      },
    },
  ],
};
