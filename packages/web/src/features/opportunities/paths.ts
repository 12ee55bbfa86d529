/** The public share page of an activity: the address for posters, mails and messaging apps. */
export function sharePath(opportunityId: string): string {
  return `/a/${opportunityId}`;
}

/** Sign-in that comes back to the share page afterwards. */
export function signInToSharePath(opportunityId: string): string {
  return `/sign-in?${new URLSearchParams({ next: sharePath(opportunityId) })}`;
}

export const activityPath = (opportunityId: string) => `/activities/${opportunityId}`;
export const rosterPath = (shiftId: string) => `/shifts/${shiftId}`;
/** The catalogue showing trial (体験) activities only: where newcomers start. */
export const TRIAL_CATALOGUE_PATH = '/catalogue?trial=true';
