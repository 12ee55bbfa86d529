import type { TSessionResponse, TSetupStatusResponse } from '@musubi/shared';
import { isApiError } from './api-client';

/**
 * The pages that must open without a connection once the app is installed:
 * clocking in and out, the kiosk, the person's own code and a site's screen.
 * Their data lives on the device (the scan queue) or was fetched ahead.
 */
const OFFLINE_PAGES = [/^\/check-in$/, /^\/kiosk$/, /^\/me\/code$/, /^\/attendance\/sites\/[^/]+\/(screen|poster)$/];

const KEY = 'musubi.offline-session';

/** True when the request never reached the server (no connection), not when the server said no. */
const unreachable = (error: unknown) => isApiError(error) && error.status === 0;

const offlinePage = (pathname: string) => OFFLINE_PAGES.some((page) => page.test(pathname));

/**
 * Keeps who is signed in (account, memberships, active organization — never
 * the CSRF token) so an offline page reloaded without a connection still knows
 * whose scans it queues. Signing out, or a signed-out answer, forgets it.
 */
export function rememberSession(session: TSessionResponse): void {
  try {
    if (session.account) localStorage.setItem(KEY, JSON.stringify({ ...session, csrfToken: null }));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage may be full or disabled: the pages then need a connection to open, as before.
  }
}

export function forgetSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

function remembered(): TSessionResponse | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? (JSON.parse(stored) as TSessionResponse) : null;
  } catch {
    return null;
  }
}

/** The remembered session, when the server cannot be reached and an offline page is open; else null. */
export function offlineSession(error: unknown, pathname = window.location.pathname): TSessionResponse | null {
  return unreachable(error) && offlinePage(pathname) ? remembered() : null;
}

/** Setup is done wherever someone was signed in: what an offline page assumes without a connection. */
export function offlineSetupStatus(error: unknown, pathname = window.location.pathname): TSetupStatusResponse | null {
  return offlineSession(error, pathname) ? { needed: false } : null;
}
