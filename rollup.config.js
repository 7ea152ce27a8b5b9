// Two outputs from one source tree:
//  - dist/npm/: ES modules, one per source module, with the runtime dependencies (lit) left as
//    imports, for npm consumers whose bundler dedupes them (declarations come from tsc, see scripts/build.mjs);
//  - dist/civic-report-kit.js: one self-contained, minified ES module that defines all three
//    tags, for <script type="module" src="…"> on any page.
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync } from 'node:fs';

const entries = {
  index: 'src/index.ts',
  elements: 'src/elements.ts',
  'budget-execution-chart': 'src/budget-execution-chart.ts',
  'pledge-progress-table': 'src/pledge-progress-table.ts',
  'staffing-grid': 'src/staffing-grid.ts',
};

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
/** A runtime dependency of package.json, or a module inside one (`lit/directives/…`). */
const isDependency = (id) => Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));

export default [
  {
    input: entries,
    external: isDependency,
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minifyLiterals()],
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: 'src/index.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyLiterals(),
      // Lit's licence notices (BSD-3-Clause asks that they stay), gathered at the end.
      minify({ target: 'es2022', legalComments: 'eof' }),
    ],
    output: {
      file: 'dist/civic-report-kit.js',
      format: 'es',
      inlineDynamicImports: true,
    },
  },
];
