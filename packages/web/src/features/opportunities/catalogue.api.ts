import type {
  TCalendarFeed,
  TCancelSignupRequest,
  TCatalogueItem,
  TCatalogueQuery,
  TCatalogueResponse,
  TMapSettings,
  TMySignupsResponse,
  TSelfSignupRequest,
  TSignup,
} from '@musubi/shared';
import { api } from '../../app/api-client';

/** Public answers (the same for everyone signed out; signed-in people may also see their networks'). */
export const catalogueQueryKey = ['catalogue'] as const;
export const catalogueSearchQueryKey = (query: TCatalogueQuery) => [...catalogueQueryKey, 'search', query] as const;
export const catalogueItemQueryKey = (opportunityId: string) => [...catalogueQueryKey, 'item', opportunityId] as const;
/** The installation's map background; apart from the catalogue's answers, which sign-ups refresh. */
export const mapSettingsQueryKey = ['map-settings'] as const;
/** The signed-in person's own shifts and calendar address (removed with the other personal answers at sign-out). */
export const mySignupsQueryKey = ['my-signups'] as const;
export const calendarFeedQueryKey = ['calendar-feed'] as const;

type TQuery = Record<string, string | number | undefined>;

export function searchCatalogue(
  query: TCatalogueQuery,
  page: { limit: number; offset: number },
): Promise<TCatalogueResponse> {
  return api.get('/api/v1/catalogue/opportunities', { ...(query as TQuery), ...page });
}

/** The share page's activity and its upcoming shifts, with whether each takes sign-ups now. */
export function getCatalogueItem(opportunityId: string): Promise<TCatalogueItem> {
  return api.get(`/api/v1/catalogue/opportunities/${opportunityId}`);
}

/** Where the catalogue map draws its background tiles from (`tileUrl` null: no background). */
export function getMapSettings(): Promise<TMapSettings> {
  return api.get('/api/v1/catalogue/map-settings');
}

/** Signs the person up (their record in the organization is created on the first sign-up). */
export function signUp(shiftId: string, body: TSelfSignupRequest): Promise<TSignup> {
  return api.post(`/api/v1/shifts/${shiftId}/signups`, body);
}

export function listMySignups(): Promise<TMySignupsResponse> {
  return api.get('/api/v1/me/signups');
}

/** Cancels one's own place; SIGNUP_CANCEL_TOO_LATE after `cancellableUntil`. */
export function cancelMySignup(signupId: string, body: TCancelSignupRequest): Promise<TSignup> {
  return api.post(`/api/v1/me/signups/${signupId}/cancel`, body);
}

export function getCalendarFeed(): Promise<TCalendarFeed> {
  return api.get('/api/v1/me/calendar-feed');
}

/** A new secret address; the old one stops working. */
export function renewCalendarFeed(): Promise<TCalendarFeed> {
  return api.post('/api/v1/me/calendar-feed');
}
