import type { TSessionResponse } from '@musubi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { setSessionCookie } from '../../platform/auth/auth.plugin';
import type { Principal } from '../../platform/auth/principal';
import { endSession, startSession } from '../../platform/auth/session.service';
import type { AppDeps } from '../../platform/http/deps';
import { loadPrincipal } from './accounts.service';

/** The session as the web app sees it; the active organization falls back to the first membership. */
export function toSessionResponse(principal: Principal | null): TSessionResponse {
  if (!principal) return { account: null, memberships: [], activeOrgId: null, csrfToken: null };
  const memberships = [...principal.memberships.values()];
  const active = principal.session.activeOrgId;
  return {
    account: principal.account,
    memberships,
    activeOrgId: active && principal.memberships.has(active) ? active : (memberships[0]?.orgId ?? null),
    csrfToken: principal.session.csrfToken,
  };
}

/**
 * Signs an account in (sign-in, first-run setup, accepted invitation): ends
 * any session the browser had and starts a new one with a new token and a new
 * CSRF token, so a planted cookie is worthless (no session fixation).
 */
export async function signIn(
  deps: Pick<AppDeps, 'db' | 'config'>,
  request: FastifyRequest,
  reply: FastifyReply,
  accountId: string,
  orgId?: string,
): Promise<TSessionResponse> {
  const { db, config } = deps;
  if (request.principal) await endSession(db, request.principal.session.tokenHash);
  const loaded = await loadPrincipal(db, accountId);
  if (!loaded) throw new Error(`account ${accountId} vanished during sign-in`);
  const activeOrgId = orgId ?? loaded.memberships[0]?.orgId ?? null;
  const started = await startSession(db, {
    accountId,
    activeOrgId,
    userAgent: request.headers['user-agent'],
    ttlHours: config.sessionTtlHours,
  });
  setSessionCookie(reply, config, started.token);
  request.log.info({ accountId }, 'signed in');
  return toSessionResponse({
    account: loaded.account,
    memberships: new Map(loaded.memberships.map((m) => [m.orgId, m])),
    session: { tokenHash: started.tokenHash, csrfToken: started.csrfToken, activeOrgId },
  });
}
