import { expect } from '@open-wc/testing';
import type { UiLang } from '../../src/schema/types.js';

/** Every leaf of a message table, strings as they are and functions called with samples. */
export function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') {
    const sample = path.endsWith('asOf') || path.endsWith('date') ? '2024-10-31' : 3;
    return [[path, (value as (...a: unknown[]) => unknown)(...Array<unknown>(value.length).fill(sample))]];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

/**
 * The checks every word table gets, inside its `describe`: Korean and English define the same
 * keys (at least `atLeast` of them), and no word is empty in either.
 */
export function checkWordTable(table: (lang: UiLang) => unknown, atLeast: number): void {
  it('define the same keys in both languages', () => {
    const keys = (lang: UiLang) => leaves(table(lang)).map(([k]) => k).sort();
    expect(keys('ko')).to.deep.equal(keys('en'));
    expect(keys('en').length).to.be.greaterThan(atLeast);
  });

  for (const lang of ['ko', 'en'] as const) {
    it(`have no empty word in ${lang}`, () => {
      for (const [key, value] of leaves(table(lang))) {
        expect(value, `${lang}.${key}`).to.be.a('string');
        expect((value as string).trim(), `${lang}.${key}`).not.to.equal('');
      }
    });
  }
}
