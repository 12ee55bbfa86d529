import { describe, expect, it } from 'vitest';
import { readingKey } from './reading';

describe('readingKey', () => {
  it('folds katakana, half-width kana and spaces to one hiragana form', () => {
    expect(readingKey('サトウ ハナコ')).toBe('さとうはなこ');
    expect(readingKey('さとう　はなこ')).toBe('さとうはなこ');
    expect(readingKey('ｻﾄｳﾊﾅｺ')).toBe('さとうはなこ');
  });

  it('keeps the long-vowel mark, so マシュー is still a reading', () => {
    expect(readingKey('マシュー・ブラウン')).toBe('ましゅーぶらうん');
  });

  it('lower-cases Latin readings and gives null for nothing', () => {
    expect(readingKey('Wang Fang')).toBe('wangfang');
    expect(readingKey('  ')).toBeNull();
    expect(readingKey(null)).toBeNull();
  });
});
