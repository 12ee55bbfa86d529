import { ZAddNetworkMemberRequest, ZNetworkMemberOrganization, ZNetworkResponse, ZOrgParams } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgActorOf } from '../../platform/http/deps';
import { orgAccess } from '../../platform/policy/policy';
import { networkPolicy } from './network.policy';
import { addNetworkMember, getNetwork } from './network.service';

const tags = ['network'];

export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/organizations/:orgId/network', {
    schema: {
      tags,
      summary: 'Member organizations of the network this organization runs',
      params: ZOrgParams,
      response: { 200: ZNetworkResponse },
    },
    config: { access: orgAccess(networkPolicy, 'network.read') },
    handler: (request) => getNetwork(app.deps.db, request.params.orgId),
  });

  app.post('/api/v1/organizations/:orgId/network/members', {
    schema: {
      tags,
      summary: 'Add a member organization and invite its administrator',
      params: ZOrgParams,
      body: ZAddNetworkMemberRequest,
      response: { 201: ZNetworkMemberOrganization },
    },
    config: { access: orgAccess(networkPolicy, 'network.manage') },
    handler: async (request, reply) => {
      const actor = orgActorOf(request, request.params.orgId);
      return reply.status(201).send(await addNetworkMember(app.deps, actor, request.params.orgId, request.body));
    },
  });
};
