import {
  ZAddNetworkMemberRequest,
  ZNetworkMemberOrganization,
  ZNetworkPeersResponse,
  ZNetworkResponse,
  ZOrgParams,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgActorOf } from '../../platform/http/deps';
import { orgAccess } from '../../platform/policy/policy';
import { networkPolicy } from './network.policy';
import { addNetworkMember, getNetwork, listPeerOrganizations } from './network.service';

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

  app.get('/api/v1/organizations/:orgId/network/peers', {
    schema: {
      tags,
      summary: 'The other organizations of the networks this organization belongs to, for referrals',
      params: ZOrgParams,
      response: { 200: ZNetworkPeersResponse },
    },
    config: { access: orgAccess(networkPolicy, 'network.peers.read') },
    handler: (request) => listPeerOrganizations(app.deps.db, request.params.orgId),
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
