// Packaging: the exports map, sideEffects, the built files and the manifest agree with
// elements.md's "Packaging". Runs after `npm run build` (scripts/test.mjs builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const TAGS = ['budget-execution-chart', 'pledge-progress-table', 'staffing-grid'];

test('exports name every public entry, each with types, and each file exists after the build', () => {
  const expected = ['.', './elements.js', ...TAGS.map((t) => `./${t}.js`), './cdn', './schema/report.schema.json'];
  for (const key of expected) assert.ok(pkg.exports[key], `exports["${key}"]`);
  for (const [key, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    if (typeof target === 'object') assert.ok(target.types, `exports["${key}"] has types`);
    for (const file of files) assert.ok(existsSync(file), `${key} → ${file} exists`);
  }
  assert.equal(pkg.exports['./cdn'].default, './dist/civic-report-kit.js');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.type, 'module');
});

test('sideEffects names the define entries, source and built, and nothing side-effect free', () => {
  for (const tag of TAGS) {
    assert.ok(pkg.sideEffects.includes(`./src/${tag}.ts`), `src ${tag}`);
    assert.ok(pkg.sideEffects.includes(`./dist/npm/${tag}.js`), `dist ${tag}`);
  }
  assert.ok(pkg.sideEffects.includes('./src/index.ts'));
  assert.ok(pkg.sideEffects.includes('./dist/civic-report-kit.js'));
  assert.ok(!pkg.sideEffects.some((f) => f.includes('elements')), 'elements.js is side-effect free');
});

/** The built files below `dir`, as paths. */
const filesOf = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));

test('the runtime dependencies are exactly the packages the npm modules import', () => {
  // A declared dependency nothing imports is installed by every consumer for nothing; an
  // undeclared one breaks their build.
  const imported = new Set();
  for (const file of filesOf('dist/npm').filter((f) => f.endsWith('.js'))) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*["']([^"'.\/][^"']*)["']/g)) {
      imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies ?? {}).sort());
});

test('the npm modules leave lit as an import; the CDN bundle is self-contained', () => {
  const index = readFileSync('dist/npm/core/report-element.js', 'utf8');
  assert.match(index, /from\s*["']lit["']/);
  assert.ok(!readdirSync('dist/npm').includes('node_modules'), 'no copied dependency');
  const cdn = readFileSync('dist/civic-report-kit.js', 'utf8');
  assert.doesNotMatch(cdn, /\bimport\s*[^(]*from\s*["']/, 'no import statements left');
  assert.doesNotMatch(cdn, /\bimport\(/, 'no dynamic import');
  for (const tag of TAGS) assert.ok(cdn.includes(tag), `${tag} is defined by the bundle`);
});

test('the licences: the project\'s MIT text, and Lit\'s notices kept in the CDN bundle that inlines it', () => {
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
  assert.equal(pkg.license, 'MIT');
  const cdn = readFileSync('dist/civic-report-kit.js', 'utf8');
  assert.match(cdn, /@license\s*\n\s*\* Copyright \d{4} Google LLC\s*\n\s*\* SPDX-License-Identifier: BSD-3-Clause/);
});

test('no eval or new Function at run time (strict CSP)', () => {
  const cdn = readFileSync('dist/civic-report-kit.js', 'utf8');
  assert.doesNotMatch(cdn, /\beval\s*\(/);
  assert.doesNotMatch(cdn, /new\s+Function\s*\(/);
  assert.doesNotMatch(cdn, /\bFunction\s*\(\s*["'`]/);
});

test('the custom elements manifest declares the three tags with their attributes and events', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const tag of TAGS) {
    const decl = declarations.find((d) => d.tagName === tag);
    assert.ok(decl, `${tag} in the manifest`);
    assert.ok(decl.summary, `${tag} has a summary`);
    const attributes = (decl.attributes ?? []).map((a) => a.name);
    for (const name of ['src', 'timeout', 'section', 'unit-display', 'negative-style', 'theme']) {
      assert.ok(attributes.includes(name), `${tag} documents attribute ${name}`);
    }
    const events = (decl.events ?? []).map((e) => e.name);
    assert.deepEqual(events.sort(), ['report-error', 'report-load']);
    const parts = (decl.cssParts ?? []).map((p) => p.name);
    for (const part of ['caption', 'warnings', 'error', 'table', 'toolbar']) assert.ok(parts.includes(part), `${tag} ::part(${part})`);
    // Which published module defines the tag.
    const definition = manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => ({ ...e, path: m.path }))).find((e) => e.kind === 'custom-element-definition' && e.name === tag);
    assert.equal(definition?.path, `dist/npm/${tag}.js`);
  }
  // Every file the manifest names is one the package publishes (it ships dist/npm, not src).
  const named = new Set();
  JSON.stringify(manifest, (key, value) => ((key === 'path' || key === 'module') && typeof value === 'string' && named.add(value), value));
  for (const file of named) assert.ok(file.startsWith('dist/npm/') && existsSync(file), `${file} is published`);
});
