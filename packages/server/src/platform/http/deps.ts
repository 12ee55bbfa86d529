import type { TRole } from '@musubi/shared';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../db/client';
import { AppError } from '../errors/app-error';
import type { JobRunner } from '../jobs/job-runner';

/** What services need from the running app; passed explicitly, never imported as globals. */
export interface AppDeps {
  db: Db;
  /** The engine actually in use (tests may hand in a database other than the configured one). */
  databaseKind: 'pglite' | 'postgresql';
  config: Config;
  jobs: JobRunner;
}

/** Who acts and under which request, for audit entries. */
export interface Actor {
  accountId: string;
  name: string;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** The signed-in actor of a request whose route requires a session (the auth hook guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal;
  if (!principal) throw new AppError('AUTH_REQUIRED');
  return { accountId: principal.account.id, name: principal.account.name, requestId: request.id };
}

/** The actor with their role in `orgId`, for rules about which roles they may grant. */
export function orgActorOf(request: FastifyRequest, orgId: string): Actor & { role?: TRole } {
  return { ...actorOf(request), role: request.principal?.memberships.get(orgId)?.role };
}

/** The organizations the caller belongs to (none when signed out): what they may see beyond public. */
export function memberOrgIdsOf(request: FastifyRequest): string[] {
  return [...(request.principal?.memberships.keys() ?? [])];
}
