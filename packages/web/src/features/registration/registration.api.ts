import type {
  TConsentGrant,
  TMyMessagePreferences,
  TMyVolunteerProfile,
  TMyVolunteerProfilesResponse,
  TRegistrationForm,
  TSelfRegistrationRequest,
  TSessionResponse,
} from '@musubi/shared';
import { api } from '../../app/api-client';

export const registrationFormQueryKey = (orgId: string) => ['registration-form', orgId] as const;
/** The signed-in person's own volunteer records (removed with the other personal answers at sign-out). */
export const myVolunteerProfilesQueryKey = ['my-volunteer-profiles'] as const;

/** Public: the organization's name, whether it takes registrations, its skills and consent wording version. */
export function getRegistrationForm(orgId: string): Promise<TRegistrationForm> {
  return api.get(`/api/v1/organizations/${orgId}/registration-form`);
}

/** Registers the person (creating their account when they are new) and answers their signed-in session. */
export function register(orgId: string, body: TSelfRegistrationRequest): Promise<TSessionResponse> {
  return api.post(`/api/v1/organizations/${orgId}/registrations`, body);
}

export function listMyVolunteerProfiles(): Promise<TMyVolunteerProfilesResponse> {
  return api.get('/api/v1/me/volunteer-profiles');
}

/** Grants or withdraws one consent on one's own record; takes effect at once. */
export function recordMyConsent(volunteerId: string, body: TConsentGrant): Promise<TMyVolunteerProfile> {
  return api.post(`/api/v1/me/volunteer-profiles/${volunteerId}/consents`, body);
}

/** Changes how and in which language one organization reaches the person (only what is sent changes). */
export function updateMyMessagePreferences(
  volunteerId: string,
  body: TMyMessagePreferences,
): Promise<TMyVolunteerProfile> {
  return api.patch(`/api/v1/me/volunteer-profiles/${volunteerId}`, body);
}
