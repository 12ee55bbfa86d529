import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../auth/next-path';
import { joinPath, signInToJoinPath } from './paths';

describe('registration paths', () => {
  it('signs in and comes back to the same registration page', () => {
    const orgId = '0b7c3c1e-8a3e-4a55-9a52-6f0f3c1d2e4f';
    const signIn = new URL(signInToJoinPath(orgId), 'https://musubi.example.org');
    expect(signIn.pathname).toBe('/sign-in');
    expect(safeNextPath(signIn.searchParams.get('next'), 'https://musubi.example.org')).toBe(joinPath(orgId));
  });
});

describe('joinPath', () => {
  it('carries the page to come back to after registering', () => {
    expect(joinPath('org-1', '/a/activity-1')).toBe('/join/org-1?next=%2Fa%2Factivity-1');
    expect(joinPath('org-1')).toBe('/join/org-1');
  });
});
