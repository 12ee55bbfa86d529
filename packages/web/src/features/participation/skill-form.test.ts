import { ZCreateSkillRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { skillNamesToRequest, skillNamesToValues } from './skill-form';

describe('skill names form', () => {
  it('gives every language an input, empty where the skill has no name', () => {
    expect(skillNamesToValues({ names: { ja: '手話', en: null } })).toEqual({
      ja: '手話',
      en: '',
      'zh-CN': '',
      ko: '',
    });
    expect(skillNamesToValues(null)).toEqual({ ja: '', en: '', 'zh-CN': '', ko: '' });
  });

  it('trims names and sends cleared languages as null', () => {
    expect(skillNamesToRequest({ ja: ' 手話 ', en: '', 'zh-CN': '  ', ko: '수어' })).toEqual({
      ja: '手話',
      en: null,
      'zh-CN': null,
      ko: '수어',
    });
  });

  it('needs a name in at least one language (checked by the shared contract)', () => {
    const names = skillNamesToRequest({ ja: '', en: '', 'zh-CN': '', ko: '' });
    const result = ZCreateSkillRequest.safeParse({ kind: 'skill', names });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['names']);
  });
});
