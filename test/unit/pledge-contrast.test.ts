import { expect } from '@open-wc/testing';
import { pledgeStyles } from '../../src/components/pledge-progress-table/pledge-progress-table.styles.js';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('pledge table: stage colours', () => {
  const css = pledgeStyles.cssText;
  const stages = ['done', 'progress', 'delayed', 'not-started', 'dropped'];
  // Light first; the dark values appear twice (theme="dark" and the colour-scheme query).
  const defaults = (stage: string) => [...new Set([...css.matchAll(new RegExp(`--crk-color-${stage}, (#[0-9a-f]{6})`, 'g'))].map((m) => m[1]!))];

  it('has a light and a dark default for every stage', () => {
    for (const stage of stages) expect(defaults(stage), stage).to.have.length(2);
  });

  it('meets 3:1 for marks against the background and the row stripe, light and dark', () => {
    for (const stage of stages) {
      const [light, dark] = defaults(stage);
      for (const bg of ['#ffffff', '#f3f5f8']) expect(contrast(light!, bg), `${stage} light on ${bg}`).to.be.at.least(3);
      for (const bg of ['#15181c', '#1e2227']) expect(contrast(dark!, bg), `${stage} dark on ${bg}`).to.be.at.least(3);
    }
  });

  it('keeps neighbouring stages apart (not colour alone: shapes too, see the browser test)', () => {
    const light = stages.map((s) => defaults(s)[0]);
    expect(new Set(light).size).to.equal(5);
  });
});
