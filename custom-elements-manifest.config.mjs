// Custom Elements Manifest (custom-elements.json), generated at build time from the JSDoc
// of the element classes; Storybook reads it for docs and controls.
export default {
  globs: ['src/components/**/*.ts', 'src/core/report-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.layout.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
