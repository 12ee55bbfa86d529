import type { TSiteCode } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { codeAt, codesAhead, mergeCodes, secondsLeft } from './site-codes';

const start = Date.UTC(2026, 11, 1, 9, 0, 0);
const step = (n: number): TSiteCode => ({
  code: `M1.S.code-${n}`,
  validFrom: new Date(start + n * 30_000).toISOString(),
  validUntil: new Date(start + (n + 1) * 30_000).toISOString(),
});
const at = (seconds: number) => new Date(start + seconds * 1000);

describe('rotating site codes', () => {
  const codes = [step(0), step(1), step(2)];

  it('shows the code whose 30-second window holds the moment, and none once they ran out', () => {
    expect(codeAt(codes, at(0))?.code).toBe('M1.S.code-0');
    expect(codeAt(codes, at(29.9))?.code).toBe('M1.S.code-0');
    expect(codeAt(codes, at(30))?.code).toBe('M1.S.code-1');
    expect(codeAt(codes, at(90))).toBeUndefined();
    expect(codeAt(codes, at(-1))).toBeUndefined();
  });

  it('counts the codes left and the seconds until the next change', () => {
    expect(codesAhead(codes, at(45))).toBe(2);
    expect(codesAhead(codes, at(120))).toBe(0);
    expect(secondsLeft(step(1), at(45))).toBe(15);
    expect(secondsLeft(step(1), at(44.2))).toBe(16);
  });

  it('merges a new batch without duplicates and drops the codes already past', () => {
    const merged = mergeCodes(codes, [step(2), step(3), step(4)], at(31));
    expect(merged.map((code) => code.code)).toEqual(['M1.S.code-1', 'M1.S.code-2', 'M1.S.code-3', 'M1.S.code-4']);
  });
});
