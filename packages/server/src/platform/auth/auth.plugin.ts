import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../db/client';
import { AppError } from '../errors/app-error';
import { type Access, isAllowed } from '../policy/policy';
import type { PrincipalLoader } from './principal';
import { resumeSession } from './session.service';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; see platform/policy. Required on every /api route. */
    access?: Access;
  }
  interface FastifyInstance {
    /** Every API route with its declared access, for the authorization matrix test and the docs. */
    routeInventory: { method: string; url: string; access: Access }[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Routes that plugins register for us (the OpenAPI viewer) and that hold no data. */
const EXEMPT_PREFIXES = ['/api/docs'];

/** `__Host-` cookies must be Secure with Path=/ and no Domain, which pins them to this origin. */
export function sessionCookieName(config: Config): string {
  return config.cookieSecure ? '__Host-musubi_session' : 'musubi_session';
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    maxAge: config.sessionTtlHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
  });
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resolves the session cookie into `request.principal`, enforces CSRF on
 * cookie-authenticated writes, and applies the route's declared access: the
 * one place where every request is authorized.
 */
export function registerAuth(app: FastifyInstance, deps: { db: Db; config: Config; loadPrincipal: PrincipalLoader }) {
  const { db, config, loadPrincipal } = deps;
  const cookieName = sessionCookieName(config);

  app.decorateRequest('principal', null);
  const inventory: FastifyInstance['routeInventory'] = [];
  app.decorate('routeInventory', inventory);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (EXEMPT_PREFIXES.some((prefix) => route.url.startsWith(prefix))) return;
    if (!route.config?.access) {
      throw new Error(
        `${route.method} ${route.url} declares no config.access; every API route must say who may call it`,
      );
    }
    if (route.config.access.kind === 'org' && !route.url.includes(':orgId')) {
      throw new Error(`${route.method} ${route.url} has an organization action but no :orgId parameter`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') inventory.push({ method, url: route.url, access: route.config.access });
    }
  });

  async function authenticate(request: FastifyRequest): Promise<void> {
    const token = request.cookies[cookieName];
    if (!token) return;
    const session = await resumeSession(db, token);
    if (!session) return;
    const loaded = await loadPrincipal(session.accountId);
    if (!loaded) return;
    request.principal = {
      account: loaded.account,
      memberships: new Map(loaded.memberships.map((m) => [m.orgId, m])),
      session: { tokenHash: session.tokenHash, csrfToken: session.csrfToken, activeOrgId: session.activeOrgId },
    };
  }

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    await authenticate(request);
    const principal = request.principal;
    if (principal && !SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, principal.session.csrfToken)) {
        throw new AppError('AUTH_CSRF_INVALID');
      }
    }
    if (access.kind === 'public') return;
    if (!principal) throw new AppError('AUTH_REQUIRED');
    if (access.kind === 'signed_in') return;
    const { orgId } = request.params as { orgId?: string };
    if (!orgId || !UUID.test(orgId)) throw new AppError('NOT_FOUND');
    if (!isAllowed(principal.memberships.get(orgId.toLowerCase()), access.rule)) {
      throw new AppError('FORBIDDEN');
    }
  });
}
