import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../auth/next-path';
import { sharePath, signInToSharePath } from './paths';

describe('activity share paths', () => {
  it('signs in and comes back to the same share page', () => {
    const id = '7d0e8f7a-3b1c-4f7e-9a55-1f0f3c1d2e4f';
    const signIn = new URL(signInToSharePath(id), 'https://musubi.example.org');
    expect(sharePath(id)).toBe(`/a/${id}`);
    expect(signIn.pathname).toBe('/sign-in');
    expect(safeNextPath(signIn.searchParams.get('next'), 'https://musubi.example.org')).toBe(sharePath(id));
  });
});
