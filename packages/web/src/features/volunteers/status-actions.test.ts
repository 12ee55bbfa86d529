import { describe, expect, it } from 'vitest';
import { statusActions, statusTarget } from './status-actions';

describe('statusActions', () => {
  it('verifies applicants into active volunteers', () => {
    expect(statusActions('applicant')).toEqual(['verify']);
    expect(statusTarget('verify')).toBe('active');
  });

  it('sets active volunteers inactive and brings inactive or lapsed ones back', () => {
    expect(statusActions('active')).toEqual(['deactivate']);
    expect(statusActions('inactive')).toEqual(['reactivate']);
    expect(statusActions('lapsed')).toEqual(['reactivate']);
    expect(statusTarget('deactivate')).toBe('inactive');
  });

  it('offers nothing for a merged record', () => {
    expect(statusActions('merged')).toEqual([]);
  });
});
