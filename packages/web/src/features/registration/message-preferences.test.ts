import { type TMyVolunteerProfile, ZMyMessagePreferences } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { changedPreferences, preferencesOf } from './message-preferences';

const profile = {
  volunteerId: '01890000-0000-7000-8000-000000000001',
  orgId: '01890000-0000-7000-8000-000000000002',
  orgName: '結び市社会福祉協議会',
  status: 'active',
  preferredChannel: 'email',
  mailDigest: false,
  locale: 'ja',
  hasEmail: true,
  consents: [],
  insuranceCovers: [],
} satisfies TMyVolunteerProfile;

describe('message preferences', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedPreferences(profile, preferencesOf(profile))).toEqual({});
  });

  it('sends only what changed, in the shape the server accepts', () => {
    const changes = changedPreferences(profile, { ...preferencesOf(profile), mailDigest: true, locale: 'ko' });
    expect(changes).toEqual({ mailDigest: true, locale: 'ko' });
    expect(ZMyMessagePreferences.safeParse(changes).success).toBe(true);
  });
});
