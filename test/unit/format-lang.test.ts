import { expect } from '@open-wc/testing';
import { pickText, uiLangOf } from '../../src/format/lang.js';

describe('uiLangOf', () => {
  it('is ko for any Korean tag', () => {
    for (const tag of ['ko', 'ko-KR', 'KO-kr', 'ko_KR', 'ko-Kore-KR']) expect(uiLangOf(tag), tag).to.equal('ko');
  });

  it('is en for every other tag, and for nonsense', () => {
    for (const tag of ['en', 'en-GB', 'ja-JP', 'kok', 'fr', '', 'x']) expect(uiLangOf(tag), tag).to.equal('en');
  });
});

describe('pickText', () => {
  const text = { ko: '예비비', en: 'Reserve fund' };

  it('returns a plain string as is, and undefined as empty', () => {
    expect(pickText('예비비', 'en')).to.equal('예비비');
    expect(pickText('', 'ko')).to.equal('');
    expect(pickText(undefined, 'ko')).to.equal('');
    expect(pickText({}, 'ko', 'ko-KR')).to.equal('');
  });

  it('takes the exact tag first, comparing case-insensitively', () => {
    expect(pickText(text, 'en')).to.equal('Reserve fund');
    expect(pickText(text, 'ko')).to.equal('예비비');
    expect(pickText({ 'en-US': 'US', 'en-GB': 'GB' }, 'en-GB')).to.equal('GB');
    expect(pickText({ 'en-US': 'US', 'en-GB': 'GB' }, 'en-gb')).to.equal('GB');
  });

  it('matches the primary language both ways (ko-KR ↔ ko)', () => {
    expect(pickText(text, 'ko-KR')).to.equal('예비비');
    expect(pickText({ 'ko-KR': '예비비', en: 'Reserve fund' }, 'ko')).to.equal('예비비');
    expect(pickText({ 'en-US': 'Reserve fund', ko: '예비비' }, 'en-GB')).to.equal('Reserve fund');
  });

  it('prefers the bare primary language over another region', () => {
    expect(pickText({ 'en-US': 'US', en: 'plain' }, 'en-GB')).to.equal('plain');
  });

  it('falls back to the document locale, then to the first value', () => {
    expect(pickText({ en: 'Reserve fund', ko: '예비비' }, 'fr', 'ko-KR')).to.equal('예비비');
    expect(pickText({ en: 'Reserve fund', ko: '예비비' }, 'fr', 'ko')).to.equal('예비비');
    expect(pickText({ ja: '予備費', en: 'Reserve fund' }, 'fr', 'de')).to.equal('予備費');
    expect(pickText({ ja: '予備費', en: 'Reserve fund' }, 'fr')).to.equal('予備費');
    expect(pickText({ ja: '予備費', en: 'Reserve fund' }, '', '')).to.equal('予備費');
  });

  it('lets the UI language win over the document locale', () => {
    expect(pickText(text, 'en', 'ko-KR')).to.equal('Reserve fund');
    expect(pickText({ 'en-US': 'Reserve fund', ko: '예비비' }, 'en', 'ko-KR')).to.equal('Reserve fund');
  });
});
