import { ZOrganization, ZOrgParams, ZUpdateOrganizationRequest } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/deps';
import { orgAccess } from '../../platform/policy/policy';
import { organizationsPolicy } from './organizations.policy';
import * as service from './organizations.service';

const tags = ['organizations'];

export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/organizations/:orgId', {
    schema: { tags, summary: 'Organization profile', params: ZOrgParams, response: { 200: ZOrganization } },
    config: { access: orgAccess(organizationsPolicy, 'organization.read') },
    handler: (request) => service.getOrganization(app.deps.db, request.params.orgId),
  });

  app.patch('/api/v1/organizations/:orgId', {
    schema: {
      tags,
      summary: 'Update the organization profile',
      params: ZOrgParams,
      body: ZUpdateOrganizationRequest,
      response: { 200: ZOrganization },
    },
    config: { access: orgAccess(organizationsPolicy, 'organization.update') },
    handler: (request) => service.updateOrganization(app.deps, actorOf(request), request.params.orgId, request.body),
  });
};
