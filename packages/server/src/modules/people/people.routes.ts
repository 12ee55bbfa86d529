import {
  ZAcceptInvitationRequest,
  ZAccount,
  ZAddMemberRequest,
  ZInvitationParams,
  ZInvitationResponse,
  ZMember,
  ZMemberListQuery,
  ZMemberListResponse,
  ZMemberParams,
  ZOrgParams,
  ZSessionResponse,
  ZUpdateMemberRequest,
  ZUpdatePreferencesRequest,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, orgActorOf } from '../../platform/http/deps';
import { orgAccess, PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import { updatePreferences } from './accounts.service';
import { acceptInvitation, getInvitation } from './invitations.service';
import { changeMemberRole, inviteMember, listMembers, removeMember } from './members.service';
import { peoplePolicy } from './people.policy';
import { signIn } from './sign-in';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get('/api/v1/organizations/:orgId/members', {
    schema: {
      tags,
      summary: 'Members of the organization',
      params: ZOrgParams,
      querystring: ZMemberListQuery,
      response: { 200: ZMemberListResponse },
    },
    config: { access: orgAccess(peoplePolicy, 'members.read') },
    handler: async (request) => ({ members: await listMembers(db, request.params.orgId, request.query) }),
  });

  app.post('/api/v1/organizations/:orgId/members', {
    schema: {
      tags,
      summary: 'Add a member (new people get an invitation mail)',
      params: ZOrgParams,
      body: ZAddMemberRequest,
      response: { 201: ZMember },
    },
    config: { access: orgAccess(peoplePolicy, 'members.manage') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteMember(app.deps, orgActorOf(request, request.params.orgId), request.params.orgId, request.body),
        ),
  });

  app.patch('/api/v1/organizations/:orgId/members/:accountId', {
    schema: {
      tags,
      summary: "Change a member's role",
      params: ZMemberParams,
      body: ZUpdateMemberRequest,
      response: { 200: ZMember },
    },
    config: { access: orgAccess(peoplePolicy, 'members.manage') },
    handler: (request) =>
      changeMemberRole(
        app.deps,
        orgActorOf(request, request.params.orgId),
        request.params.orgId,
        request.params.accountId,
        request.body.role,
      ),
  });

  app.delete('/api/v1/organizations/:orgId/members/:accountId', {
    schema: {
      tags,
      summary: 'Remove a member from the organization',
      params: ZMemberParams,
      response: { 204: z.undefined() },
    },
    config: { access: orgAccess(peoplePolicy, 'members.manage') },
    handler: async (request, reply) => {
      await removeMember(
        app.deps,
        orgActorOf(request, request.params.orgId),
        request.params.orgId,
        request.params.accountId,
      );
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/invitations/:token', {
    schema: {
      tags,
      summary: 'What an invitation link offers',
      params: ZInvitationParams,
      response: { 200: ZInvitationResponse },
    },
    config: { access: PUBLIC },
    handler: (request) => getInvitation(db, request.params.token),
  });

  app.post('/api/v1/invitations/:token/accept', {
    schema: {
      tags,
      summary: 'Accept an invitation and sign in',
      params: ZInvitationParams,
      body: ZAcceptInvitationRequest,
      response: { 200: ZSessionResponse },
    },
    config: { access: PUBLIC },
    handler: async (request, reply) => {
      const { accountId, orgId } = await acceptInvitation(db, request.params.token, request.body, request.id);
      return signIn(app.deps, request, reply, accountId, orgId);
    },
  });

  app.patch('/api/v1/me/preferences', {
    schema: {
      tags,
      summary: 'Save language and large-text mode',
      body: ZUpdatePreferencesRequest,
      response: { 200: ZAccount },
    },
    config: { access: SIGNED_IN },
    handler: (request) => updatePreferences(db, actorOf(request).accountId, request.body),
  });
};
