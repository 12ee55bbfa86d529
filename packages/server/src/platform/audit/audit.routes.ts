import { ADMIN_ROLES, ZAuditListResponse, ZOrgParams, ZPageQuery } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgAccess, type PolicyRules } from '../policy/policy';
import { listAuditEntries } from './audit.repository';

export const auditPolicy = {
  'audit.read': { roles: ADMIN_ROLES },
} as const satisfies PolicyRules;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/organizations/:orgId/audit-entries', {
    schema: {
      tags: ['audit'],
      summary: "The organization's audit log, newest first",
      params: ZOrgParams,
      querystring: ZPageQuery,
      response: { 200: ZAuditListResponse },
    },
    config: { access: orgAccess(auditPolicy, 'audit.read') },
    handler: (request) => listAuditEntries(app.deps.db, request.params.orgId, request.query),
  });
};
