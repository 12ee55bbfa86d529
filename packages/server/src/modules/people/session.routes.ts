import { ZSessionResponse, ZSignInRequest, ZSwitchOrganizationRequest } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie } from '../../platform/auth/auth.plugin';
import { endSession, setActiveOrganization } from '../../platform/auth/session.service';
import { AppError } from '../../platform/errors/app-error';
import { PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import { authenticate } from './accounts.service';
import { identifierRateLimit } from './identifier-rate-limit';
import { signIn, toSessionResponse } from './sign-in';

const tags = ['people'];

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get('/api/v1/session', {
    schema: { tags, summary: 'Who is signed in', response: { 200: ZSessionResponse } },
    config: { access: PUBLIC },
    handler: async (request) => toSessionResponse(request.principal),
  });

  app.post('/api/v1/session', {
    schema: {
      tags,
      summary: 'Sign in with e-mail or phone and password',
      body: ZSignInRequest,
      response: { 200: ZSessionResponse },
    },
    config: {
      access: PUBLIC,
      rateLimit: identifierRateLimit(config, 'signin'),
    },
    handler: async (request, reply) => {
      const account = await authenticate(db, request.body.identifier, request.body.password);
      return signIn(app.deps, request, reply, account.id);
    },
  });

  app.delete('/api/v1/session', {
    schema: { tags, summary: 'Sign out', response: { 204: z.undefined() } },
    config: { access: PUBLIC },
    handler: async (request, reply) => {
      if (request.principal) await endSession(db, request.principal.session.tokenHash);
      clearSessionCookie(reply, config);
      return reply.status(204).send();
    },
  });

  app.put('/api/v1/session/active-organization', {
    schema: {
      tags,
      summary: 'Switch the organization the web app works in',
      body: ZSwitchOrganizationRequest,
      response: { 200: ZSessionResponse },
    },
    config: { access: SIGNED_IN },
    handler: async (request) => {
      const principal = request.principal!;
      if (!principal.memberships.has(request.body.orgId)) throw new AppError('FORBIDDEN');
      await setActiveOrganization(db, principal.session.tokenHash, request.body.orgId);
      return toSessionResponse({ ...principal, session: { ...principal.session, activeOrgId: request.body.orgId } });
    },
  });
};
