/** The public registration page of an organization, as printed on posters. */
export function joinPath(orgId: string): string {
  return `/join/${orgId}`;
}

/** Sign-in that comes back to the registration page afterwards. */
export function signInToJoinPath(orgId: string): string {
  return `/sign-in?${new URLSearchParams({ next: joinPath(orgId) })}`;
}
