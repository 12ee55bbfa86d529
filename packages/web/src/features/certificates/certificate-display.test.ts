import { describe, expect, it } from 'vitest';
import { levelName } from './certificate-display';

describe('levelName', () => {
  const level = { minHours: 100, names: { ja: '一つ星', en: 'One star', 'zh-CN': null, ko: null } };

  it('names a level in the interface language', () => {
    expect(levelName(level, 'en')).toBe('One star');
    expect(levelName(level, 'ja')).toBe('一つ星');
  });

  it('falls back to a language that has a name, then to the hours', () => {
    expect(levelName(level, 'ko')).toBe('一つ星');
    expect(levelName({ minHours: 300, names: {} }, 'ko')).toBe('300');
  });
});
