import { describe, expect, it } from 'vitest';
import { codeKind } from './code-kind';

describe('codeKind', () => {
  it('tells site codes (screen, poster) from personal codes and from anything else', () => {
    expect(codeKind('M1.S.AZ3-abc.def.x1.k1.sig')).toBe('site');
    expect(codeKind('M1.P.AZ3-abc.def.1.k1.sig')).toBe('site');
    expect(codeKind('  M1.V.AZ3-abc.def.1.k1.sig ')).toBe('personal');
    expect(codeKind('https://example.org/')).toBeNull();
    expect(codeKind('M2.S.whatever')).toBeNull();
  });
});
