import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import * as sessions from './session.repository';

/** Record last-seen at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface StartedSession {
  token: string;
  tokenHash: string;
  csrfToken: string;
}

/** Starts a fresh session (a new token every sign-in: no session fixation). */
export async function startSession(
  db: Db,
  input: { accountId: string; activeOrgId: string | null; userAgent: string | undefined; ttlHours: number },
): Promise<StartedSession> {
  const token = newToken();
  const tokenHash = hashToken(token);
  const csrfToken = newToken();
  await sessions.insertSession(db, {
    tokenHash,
    accountId: input.accountId,
    activeOrgId: input.activeOrgId,
    csrfToken,
    expiresAt: new Date(Date.now() + input.ttlHours * 3_600_000),
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, tokenHash, csrfToken };
}

/**
 * Finds the live session for a cookie token. A session lives SESSION_TTL_HOURS
 * from sign-in (like its cookie); last-seen is kept for the person's own review.
 */
export async function resumeSession(db: Db, token: string): Promise<sessions.SessionRow | null> {
  const now = new Date();
  const row = await sessions.findLiveSession(db, hashToken(token), now);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await sessions.touchSession(db, row.tokenHash, now);
  }
  return row;
}

export const endSession = sessions.deleteSession;
export const endAllSessionsOf = sessions.deleteSessionsOfAccount;
export const setActiveOrganization = sessions.updateActiveOrganization;

/** The `session.cleanup` job. */
export function removeExpiredSessions(db: Db): Promise<number> {
  return sessions.deleteExpiredSessions(db, new Date());
}
