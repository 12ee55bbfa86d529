import {
  ZChangeVolunteerStatusRequest,
  ZCreateSkillRequest,
  ZCreateVolunteerRequest,
  ZCsvExportQuery,
  ZDuplicateListResponse,
  ZMergeVolunteerRequest,
  ZMyConsentParams,
  ZMyMessagePreferences,
  ZMyVolunteerProfile,
  ZMyVolunteerProfilesResponse,
  ZNetworkVolunteerListResponse,
  ZOrgParams,
  ZRecordConsentRequest,
  ZRegistrationForm,
  ZSelfRegistrationRequest,
  ZSessionResponse,
  ZSkill,
  ZSkillListResponse,
  ZSkillParams,
  ZUpdateSkillRequest,
  ZUpdateVolunteerRequest,
  ZVolunteer,
  ZVolunteerImportQuery,
  ZVolunteerImportResponse,
  ZVolunteerListQuery,
  ZVolunteerListResponse,
  ZVolunteerParams,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCsv } from '../../platform/csv/csv';
import { actorOf } from '../../platform/http/deps';
import { requestLocale } from '../../platform/i18n/request-locale';
import { orgAccess, PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import { mergeVolunteers } from './merge.service';
import {
  changeMyConsent,
  changeMyMessagePreferences,
  myVolunteerProfiles,
  registerSelf,
  registrationForm,
} from './registration.service';
import { createSkill, listSkills, updateSkill } from './skills.service';
import { exportVolunteers, importVolunteers } from './volunteer-csv.service';
import { volunteersPolicy } from './volunteers.policy';
import {
  changeVolunteerStatus,
  createVolunteer,
  getVolunteer,
  listDuplicates,
  listNetworkVolunteers,
  listVolunteers,
  recordConsent,
  staffRecorder,
  toVolunteer,
  updateVolunteer,
} from './volunteers.service';

const tags = ['volunteers'];
const ORG = '/api/v1/organizations/:orgId';

export const volunteersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  // Roster imports arrive as the file's own bytes; the encoding is detected from them.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_request, body, done) =>
    done(null, body),
  );

  // ------------------------------------------------------------ skills

  app.get(`${ORG}/skills`, {
    schema: {
      tags,
      summary: 'Skills and qualifications of the organization',
      params: ZOrgParams,
      response: { 200: ZSkillListResponse },
    },
    config: { access: orgAccess(volunteersPolicy, 'skills.read') },
    handler: async (request) => ({ skills: await listSkills(db, request.params.orgId) }),
  });

  app.post(`${ORG}/skills`, {
    schema: {
      tags,
      summary: 'Add a skill or qualification',
      params: ZOrgParams,
      body: ZCreateSkillRequest,
      response: { 201: ZSkill },
    },
    config: { access: orgAccess(volunteersPolicy, 'skills.manage') },
    handler: async (request, reply) =>
      reply.status(201).send(await createSkill(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.patch(`${ORG}/skills/:skillId`, {
    schema: {
      tags,
      summary: 'Rename or archive a skill',
      params: ZSkillParams,
      body: ZUpdateSkillRequest,
      response: { 200: ZSkill },
    },
    config: { access: orgAccess(volunteersPolicy, 'skills.manage') },
    handler: (request) => updateSkill(db, actorOf(request), request.params.orgId, request.params.skillId, request.body),
  });

  // ------------------------------------------------------------ volunteer records

  app.get(`${ORG}/volunteers`, {
    schema: {
      tags,
      summary: 'Volunteers of the organization, newest first',
      params: ZOrgParams,
      querystring: ZVolunteerListQuery,
      response: { 200: ZVolunteerListResponse },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.read') },
    handler: (request) => listVolunteers(db, request.params.orgId, request.query),
  });

  app.post(`${ORG}/volunteers`, {
    schema: {
      tags,
      summary: 'Register a person on their behalf (assisted registration)',
      params: ZOrgParams,
      body: ZCreateVolunteerRequest,
      response: { 201: ZVolunteer },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.write') },
    handler: async (request, reply) =>
      reply.status(201).send(await createVolunteer(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${ORG}/volunteers/export`, {
    schema: {
      tags,
      summary: 'The roster as CSV (UTF-8 with BOM by default, or CP932)',
      params: ZOrgParams,
      querystring: ZCsvExportQuery,
      produces: ['text/csv'],
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.coordinate') },
    handler: async (request, reply) => {
      const { encoding } = request.query;
      const body = await exportVolunteers(db, actorOf(request), request.params.orgId, encoding, requestLocale(request));
      return sendCsv(reply, `volunteers-${new Date().toISOString().slice(0, 10)}.csv`, body, encoding);
    },
  });

  app.post(`${ORG}/volunteers/import`, {
    schema: {
      tags,
      summary: 'Import a roster CSV: preview (commit=false), then write it all (commit=true)',
      params: ZOrgParams,
      querystring: ZVolunteerImportQuery,
      consumes: ['text/csv'],
      response: { 200: ZVolunteerImportResponse },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.coordinate') },
    handler: (request) =>
      importVolunteers(
        db,
        actorOf(request),
        request.params.orgId,
        Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        request.query.commit,
        requestLocale(request),
      ),
  });

  app.get(`${ORG}/volunteer-duplicates`, {
    schema: {
      tags,
      summary: 'Records that may be the same person',
      params: ZOrgParams,
      response: { 200: ZDuplicateListResponse },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.coordinate') },
    handler: (request) => listDuplicates(db, request.params.orgId),
  });

  app.get(`${ORG}/volunteers/:volunteerId`, {
    schema: { tags, summary: 'One volunteer record', params: ZVolunteerParams, response: { 200: ZVolunteer } },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.read') },
    handler: (request) => getVolunteer(db, request.params.orgId, request.params.volunteerId),
  });

  app.patch(`${ORG}/volunteers/:volunteerId`, {
    schema: {
      tags,
      summary: 'Change a volunteer record',
      params: ZVolunteerParams,
      body: ZUpdateVolunteerRequest,
      response: { 200: ZVolunteer },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.write') },
    handler: (request) =>
      updateVolunteer(db, actorOf(request), request.params.orgId, request.params.volunteerId, request.body),
  });

  app.post(`${ORG}/volunteers/:volunteerId/status`, {
    schema: {
      tags,
      summary: 'Verify and activate, set inactive, or reactivate',
      params: ZVolunteerParams,
      body: ZChangeVolunteerStatusRequest,
      response: { 200: ZVolunteer },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.coordinate') },
    handler: (request) =>
      changeVolunteerStatus(db, actorOf(request), request.params.orgId, request.params.volunteerId, request.body),
  });

  app.post(`${ORG}/volunteers/:volunteerId/consents`, {
    schema: {
      tags,
      summary: 'Record a consent the person gave or withdrew (on paper, by phone)',
      params: ZVolunteerParams,
      body: ZRecordConsentRequest,
      response: { 200: ZVolunteer },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.write') },
    handler: async (request) => {
      const { orgId, volunteerId } = request.params;
      const row = await recordConsent(db, staffRecorder(actorOf(request)), orgId, volunteerId, request.body);
      return toVolunteer(db, row);
    },
  });

  app.post(`${ORG}/volunteers/:volunteerId/merge`, {
    schema: {
      tags,
      summary: 'Merge this duplicate record into another one',
      params: ZVolunteerParams,
      body: ZMergeVolunteerRequest,
      response: { 200: ZVolunteer },
    },
    config: { access: orgAccess(volunteersPolicy, 'volunteers.coordinate') },
    handler: (request) =>
      mergeVolunteers(
        db,
        actorOf(request),
        request.params.orgId,
        request.params.volunteerId,
        request.body.intoVolunteerId,
      ),
  });

  app.get(`${ORG}/network/volunteers`, {
    schema: {
      tags,
      summary: "Member organizations' volunteers who consented to sharing with the network",
      params: ZOrgParams,
      response: { 200: ZNetworkVolunteerListResponse },
    },
    config: { access: orgAccess(volunteersPolicy, 'network_volunteers.read') },
    handler: (request) => listNetworkVolunteers(db, request.params.orgId),
  });

  // ------------------------------------------------------------ the person's side

  app.get(`${ORG}/registration-form`, {
    schema: {
      tags,
      summary: 'What the public registration page needs',
      params: ZOrgParams,
      response: { 200: ZRegistrationForm },
    },
    config: { access: PUBLIC },
    handler: (request) => registrationForm(db, request.params.orgId),
  });

  app.post(`${ORG}/registrations`, {
    schema: {
      tags,
      summary: 'Register as a volunteer (signs the person in)',
      params: ZOrgParams,
      body: ZSelfRegistrationRequest,
      response: { 201: ZSessionResponse },
    },
    config: { access: PUBLIC },
    handler: async (request, reply) => {
      const session = await registerSelf(app.deps, request, reply, request.params.orgId, request.body);
      return reply.status(201).send(session);
    },
  });

  app.get('/api/v1/me/volunteer-profiles', {
    schema: {
      tags,
      summary: "The signed-in person's volunteer records across organizations",
      response: { 200: ZMyVolunteerProfilesResponse },
    },
    config: { access: SIGNED_IN },
    handler: async (request) => ({ profiles: await myVolunteerProfiles(db, actorOf(request).accountId) }),
  });

  app.patch('/api/v1/me/volunteer-profiles/:volunteerId', {
    schema: {
      tags,
      summary: 'Choose how this organization reaches me: channel, daily digest, language',
      params: ZMyConsentParams,
      body: ZMyMessagePreferences,
      response: { 200: ZMyVolunteerProfile },
    },
    config: { access: SIGNED_IN },
    handler: (request) => {
      const actor = actorOf(request);
      return changeMyMessagePreferences(db, actor.accountId, actor.requestId, request.params.volunteerId, request.body);
    },
  });

  app.post('/api/v1/me/volunteer-profiles/:volunteerId/consents', {
    schema: {
      tags,
      summary: 'Grant or withdraw one of my consents (in force at once)',
      params: ZMyConsentParams,
      body: ZRecordConsentRequest,
      response: { 200: ZMyVolunteerProfile },
    },
    config: { access: SIGNED_IN },
    handler: (request) => {
      const actor = actorOf(request);
      return changeMyConsent(db, actor.accountId, actor.requestId, request.params.volunteerId, request.body);
    },
  });
};
