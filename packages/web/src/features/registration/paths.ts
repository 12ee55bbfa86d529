/**
 * The public registration page of an organization, as printed on posters; `next` is
 * where to go once registered (an activity's share page, to sign up right away).
 */
export function joinPath(orgId: string, next?: string): string {
  return next ? `/join/${orgId}?${new URLSearchParams({ next })}` : `/join/${orgId}`;
}

/** Sign-in that comes back to the registration page afterwards. */
export function signInToJoinPath(orgId: string): string {
  return `/sign-in?${new URLSearchParams({ next: joinPath(orgId) })}`;
}
