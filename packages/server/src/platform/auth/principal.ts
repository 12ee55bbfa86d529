import type { TAccount, TSessionMembership } from '@musubi/shared';

/** Who is making a request, loaded once per request from the session. */
export interface Principal {
  account: TAccount;
  /** Keyed by organization id. */
  memberships: Map<string, TSessionMembership>;
  session: { tokenHash: string; csrfToken: string; activeOrgId: string | null };
}

/** Loads an account and its memberships (provided by the people module). */
export type PrincipalLoader = (
  accountId: string,
) => Promise<{ account: TAccount; memberships: TSessionMembership[] } | null>;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}
