import { describe, expect, it } from 'vitest';
import { skillName } from './skill-names';

describe('skillName', () => {
  it('uses the name in the interface language', () => {
    expect(skillName({ names: { ja: '手話', en: 'Sign language' } }, 'en')).toBe('Sign language');
    expect(skillName({ names: { ja: '手話', 'zh-CN': '手语' } }, 'zh-CN')).toBe('手语');
  });

  it('falls back to Japanese, then to any language that has a name', () => {
    expect(skillName({ names: { ja: '手話', en: 'Sign language' } }, 'ko')).toBe('手話');
    expect(skillName({ names: { ja: null, en: '', ko: '수어' } }, 'zh-CN')).toBe('수어');
  });

  it('answers an empty string when no language has a name', () => {
    expect(skillName({ names: {} }, 'ja')).toBe('');
  });
});
