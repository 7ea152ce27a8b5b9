import { expect } from '@open-wc/testing';
import { matchesKey, normalizeText, toInitials } from '../../src/components/pledge-progress-table/pledge-progress-table.hangul.js';

const match = (text: string, query: string): boolean => {
  const key = normalizeText(text);
  return matchesKey(key, toInitials(key), normalizeText(query));
};

describe('pledge table: Korean-aware matching', () => {
  it('replaces each syllable by its initial consonant, keeping the length', () => {
    expect(toInitials('기획예산과')).to.equal('ㄱㅎㅇㅅㄱ');
    expect(toInitials('까치 ABC 힣')).to.equal('ㄲㅊ ABC ㅎ');
    expect(toInitials('가')).to.equal('ㄱ');
    expect(toInitials('\uD7A3')).to.equal('ㅎ');
    expect(toInitials('\uD7A4')).to.equal('\uD7A4');
  });

  it('finds initial consonants, mixed with syllables', () => {
    expect(match('기획예산과', 'ㄱㅎ')).to.equal(true);
    expect(match('기획예산과', 'ㅇㅅㄱ')).to.equal(true);
    expect(match('기획예산과', 'ㄱ획')).to.equal(true);
    expect(match('기획예산과', '기ㅎ')).to.equal(true);
    expect(match('기획예산과', 'ㅎㄱ')).to.equal(false);
    expect(match('기획예산과', 'ㄴ')).to.equal(false);
  });

  it('is case-insensitive and NFC-normalised', () => {
    expect(match('Public Wi-Fi', 'wi-fi')).to.equal(true);
    expect(match('Public Wi-Fi', 'WIFI')).to.equal(false);
    // 기획 typed as conjoining jamo (NFD) matches the precomposed text, and the other way round.
    const nfd = '기획'.normalize('NFD');
    expect(nfd.length).to.equal(5);
    expect(match('기획예산과', nfd)).to.equal(true);
    expect(match(`${nfd}예산과`, '기획')).to.equal(true);
  });
});
