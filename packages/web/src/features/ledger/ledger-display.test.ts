import { describe, expect, it } from 'vitest';
import { formatMinutes, toMinutes } from './ledger-display';

describe('ledger display', () => {
  it('shows minutes as signed hours and minutes', () => {
    expect(formatMinutes(0)).toBe('0:00');
    expect(formatMinutes(90)).toBe('1:30');
    expect(formatMinutes(-45)).toBe('-0:45');
    expect(formatMinutes(18_005)).toBe('300:05');
  });

  it('adds an hours field and a minutes field, empty fields counting as zero', () => {
    expect(toMinutes(1, 30)).toBe(90);
    expect(toMinutes('', 15)).toBe(15);
    expect(toMinutes(2, '')).toBe(120);
  });
});
