/**
 * Where to go after signing in: the `next` address if it is a page of this site,
 * else home. Never another origin, so a crafted link cannot send people away.
 */
export function safeNextPath(next: string | null, origin: string = window.location.origin): string {
  if (!next) return '/';
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin || url.pathname.startsWith('/sign-in')) return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
