import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

const origin = 'https://musubi.example.jp';

describe('safeNextPath', () => {
  it('returns to a page of this site with its query', () => {
    expect(safeNextPath('/members?role=volunteer', origin)).toBe('/members?role=volunteer');
  });

  it('goes home when there is no next page', () => {
    expect(safeNextPath(null, origin)).toBe('/');
  });

  it.each(['https://evil.example.com/', '//evil.example.com/path', '/\\evil.example.com', 'javascript:alert(1)'])(
    'never leaves the site for %s',
    (next) => {
      expect(safeNextPath(next, origin)).toBe('/');
    },
  );

  it('does not loop back to sign-in', () => {
    expect(safeNextPath('/sign-in?next=%2Faudit', origin)).toBe('/');
  });
});
