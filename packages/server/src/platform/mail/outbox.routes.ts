import { ADMIN_ROLES, ZOrgParams, ZOutboxListResponse, ZPageQuery } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgAccess, type PolicyRules } from '../policy/policy';
import { listOutboxMessages } from './outbox.repository';

export const outboxPolicy = {
  'outbox.read': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/organizations/:orgId/outbox-messages', {
    schema: {
      tags: ['outbox'],
      summary: 'Mail sent or held for this organization, newest first',
      params: ZOrgParams,
      querystring: ZPageQuery,
      response: { 200: ZOutboxListResponse },
    },
    config: { access: orgAccess(outboxPolicy, 'outbox.read') },
    handler: (request) => listOutboxMessages(app.deps.db, request.params.orgId, request.query),
  });
};
