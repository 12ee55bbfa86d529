import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-Hans-CN,zh;q=0.9', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8', 'ko'],
    ['fr-FR,en;q=0.5,ko;q=0.7', 'ko'],
    ['fr-FR,de;q=0.5', undefined],
    ['*', undefined],
    ['en;q=0,ja;q=0.1', 'ja'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('matches single tags case-insensitively', () => {
    expect(matchLocale('EN-gb')).toBe('en');
    expect(matchLocale('')).toBeUndefined();
  });
});
