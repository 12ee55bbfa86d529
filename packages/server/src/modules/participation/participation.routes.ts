import { ZOrgParams, ZParticipationSettings, ZUpdateParticipationSettingsRequest } from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/deps';
import { orgAccess } from '../../platform/policy/policy';
import { participationPolicy } from './participation.policy';
import { getParticipationSettings, updateParticipationSettings } from './participation.service';

const tags = ['participation'];

export const participationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get('/api/v1/organizations/:orgId/participation-settings', {
    schema: {
      tags,
      summary: "The organization's participation rules",
      params: ZOrgParams,
      response: { 200: ZParticipationSettings },
    },
    config: { access: orgAccess(participationPolicy, 'participation_settings.read') },
    handler: (request) => getParticipationSettings(db, request.params.orgId),
  });

  app.patch('/api/v1/organizations/:orgId/participation-settings', {
    schema: {
      tags,
      summary: 'Change participation rules (registration, insurance check, workload limits, reminders)',
      params: ZOrgParams,
      body: ZUpdateParticipationSettingsRequest,
      response: { 200: ZParticipationSettings },
    },
    config: { access: orgAccess(participationPolicy, 'participation_settings.update') },
    handler: (request) => updateParticipationSettings(db, actorOf(request), request.params.orgId, request.body),
  });
};
