import {
  ZCreateNeedRequest,
  ZCreateRecipientRequest,
  ZCreateResourceLineRequest,
  ZCreateSensitiveNoteRequest,
  ZFollowUp,
  ZFollowUpDueResponse,
  ZLogContactRequest,
  ZMyFollowUpDueResponse,
  ZMyFollowUpRequest,
  ZNeed,
  ZNeedCountsResponse,
  ZNeedListQuery,
  ZNeedListResponse,
  ZNeedParams,
  ZNeedRequestForm,
  ZNeedSettings,
  ZNeedTimelineEntry,
  ZNeedTimelineQuery,
  ZNeedTimelineResponse,
  ZNeedTransitionRequest,
  ZOrgParams,
  ZPublicNeedReceipt,
  ZPublicNeedRequest,
  ZRecipient,
  ZRecipientConsentInput,
  ZRecipientDetail,
  ZRecipientListQuery,
  ZRecipientListResponse,
  ZRecipientParams,
  ZRecordFollowUpRequest,
  ZResourceLine,
  ZResourceLineParams,
  ZSensitiveNoteListResponse,
  ZSensitiveNoteReceipt,
  ZUpdateNeedRequest,
  ZUpdateNeedSettingsRequest,
  ZUpdateRecipientRequest,
  ZUpdateResourceLineRequest,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';
import { actorOf } from '../../platform/http/deps';
import { orgAccess, PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import { listFollowUpsDue, listMyFollowUpsDue, recordFollowUp, recordMyFollowUp } from './follow-ups.service';
import { transitionNeed } from './lifecycle.service';
import { getNeedSettings, needRequestForm, updateNeedSettings } from './need-settings.service';
import { needsPolicy } from './needs.policy';
import {
  countNeeds,
  createNeed,
  getNeed,
  listNeeds,
  logContact,
  receivePublicRequest,
  updateNeed,
} from './needs.service';
import {
  createRecipient,
  getRecipientDetail,
  listRecipients,
  recordRecipientConsent,
  updateRecipient,
} from './recipients.service';
import { addResourceLine, removeResourceLine, updateResourceLine } from './resource-lines.service';
import { addSensitiveNote, readSensitiveNotes } from './sensitive-notes.service';
import { listNeedTimeline } from './timeline.service';

const tags = ['needs'];
const ORG = '/api/v1/organizations/:orgId';

export const needsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  // ------------------------------------------------------------ settings and the public request page

  app.get(`${ORG}/need-settings`, {
    schema: { tags, summary: 'Settings for needs', params: ZOrgParams, response: { 200: ZNeedSettings } },
    config: { access: orgAccess(needsPolicy, 'needs.settings.read') },
    handler: (request) => getNeedSettings(db, request.params.orgId),
  });

  app.patch(`${ORG}/need-settings`, {
    schema: {
      tags,
      summary: 'Open or close the public request page; change the consent wording version',
      params: ZOrgParams,
      body: ZUpdateNeedSettingsRequest,
      response: { 200: ZNeedSettings },
    },
    config: { access: orgAccess(needsPolicy, 'needs.settings.manage') },
    handler: (request) => updateNeedSettings(db, actorOf(request), request.params.orgId, request.body),
  });

  app.get(`${ORG}/need-request-form`, {
    schema: {
      tags,
      summary: 'What the public request page needs (is it open?)',
      params: ZOrgParams,
      response: { 200: ZNeedRequestForm },
    },
    config: { access: PUBLIC },
    handler: (request) => needRequestForm(db, request.params.orgId),
  });

  app.post(`${ORG}/need-requests`, {
    schema: {
      tags,
      summary: 'Ask for help without signing in (lands as a new need, channel public_form)',
      params: ZOrgParams,
      body: ZPublicNeedRequest,
      response: { 201: ZPublicNeedReceipt },
    },
    config: {
      access: PUBLIC,
      // The sign-in limits, counted per address: a public form must not become a way to flood the office.
      rateLimit: {
        max: config.signInRateLimit.max,
        timeWindow: config.signInRateLimit.windowSeconds * 1000,
        keyGenerator: (request) => `need-request:${request.ip}`,
        errorResponseBuilder: (_request, context) =>
          new AppError('NEED_REQUEST_RATE_LIMITED', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await receivePublicRequest(db, request.params.orgId, request.body, request.id)),
  });

  // ------------------------------------------------------------ recipients

  app.get(`${ORG}/recipients`, {
    schema: {
      tags,
      summary: 'Recipients (people helped), newest first; search by name, reading, phone or e-mail',
      params: ZOrgParams,
      querystring: ZRecipientListQuery,
      response: { 200: ZRecipientListResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => listRecipients(db, request.params.orgId, request.query),
  });

  app.post(`${ORG}/recipients`, {
    schema: {
      tags,
      summary: 'Record a recipient with the consents they gave',
      params: ZOrgParams,
      body: ZCreateRecipientRequest,
      response: { 201: ZRecipient },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: async (request, reply) =>
      reply.status(201).send(await createRecipient(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${ORG}/recipients/:recipientId`, {
    schema: {
      tags,
      summary: 'A recipient with consents and the history of needs met (no sensitive notes)',
      params: ZRecipientParams,
      response: { 200: ZRecipientDetail },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => getRecipientDetail(db, request.params.orgId, request.params.recipientId),
  });

  app.patch(`${ORG}/recipients/:recipientId`, {
    schema: {
      tags,
      summary: 'Change a recipient record',
      params: ZRecipientParams,
      body: ZUpdateRecipientRequest,
      response: { 200: ZRecipient },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: (request) =>
      updateRecipient(db, actorOf(request), request.params.orgId, request.params.recipientId, request.body),
  });

  app.post(`${ORG}/recipients/:recipientId/consents`, {
    schema: {
      tags,
      summary: 'Record a consent given or withdrawn, and how it was obtained',
      params: ZRecipientParams,
      body: ZRecipientConsentInput,
      response: { 200: ZRecipient },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: (request) =>
      recordRecipientConsent(db, actorOf(request), request.params.orgId, request.params.recipientId, request.body),
  });

  app.get(`${ORG}/recipients/:recipientId/sensitive-notes`, {
    schema: {
      tags,
      summary: "Read a recipient's sensitive notes (health, family); every read is audited",
      params: ZRecipientParams,
      response: { 200: ZSensitiveNoteListResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.sensitive.read') },
    handler: (request) =>
      readSensitiveNotes(db, actorOf(request), request.params.orgId, { recipientId: request.params.recipientId }),
  });

  app.post(`${ORG}/recipients/:recipientId/sensitive-notes`, {
    schema: {
      tags,
      summary: 'Write a sensitive note about a recipient (audited without its content)',
      params: ZRecipientParams,
      body: ZCreateSensitiveNoteRequest,
      response: { 201: ZSensitiveNoteReceipt },
    },
    config: { access: orgAccess(needsPolicy, 'needs.sensitive.write') },
    handler: async (request, reply) => {
      const { orgId, recipientId } = request.params;
      return reply.status(201).send(await addSensitiveNote(db, actorOf(request), orgId, { recipientId }, request.body));
    },
  });

  // ------------------------------------------------------------ needs

  app.get(`${ORG}/needs`, {
    schema: {
      tags,
      summary: 'Needs, newest first, by status, kind, urgency, recipient or text',
      params: ZOrgParams,
      querystring: ZNeedListQuery,
      response: { 200: ZNeedListResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => listNeeds(db, request.params.orgId, request.query),
  });

  app.get(`${ORG}/needs/counts`, {
    schema: {
      tags,
      summary: 'How many needs are in each state (the board)',
      params: ZOrgParams,
      response: { 200: ZNeedCountsResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => countNeeds(db, request.params.orgId),
  });

  app.get(`${ORG}/needs/follow-ups-due`, {
    schema: {
      tags,
      summary: 'Completed needs nobody has followed up yet, oldest first, with days since completion',
      params: ZOrgParams,
      response: { 200: ZFollowUpDueResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => listFollowUpsDue(db, request.params.orgId),
  });

  app.post(`${ORG}/needs`, {
    schema: {
      tags,
      summary: 'Record a need taken by phone, at the counter, by fax, from a partner or by e-mail',
      params: ZOrgParams,
      body: ZCreateNeedRequest,
      response: { 201: ZNeed },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: async (request, reply) =>
      reply.status(201).send(await createNeed(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${ORG}/needs/:needId`, {
    schema: {
      tags,
      summary: 'A need with its resource lines and follow-ups (sensitive notes only as a count)',
      params: ZNeedParams,
      response: { 200: ZNeed },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => getNeed(db, request.params.orgId, request.params.needId),
  });

  app.patch(`${ORG}/needs/:needId`, {
    schema: {
      tags,
      summary: 'Change a need; the change is kept as a revision in its timeline',
      params: ZNeedParams,
      body: ZUpdateNeedRequest,
      response: { 200: ZNeed },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: (request) => updateNeed(db, actorOf(request), request.params.orgId, request.params.needId, request.body),
  });

  app.post(`${ORG}/needs/:needId/transitions`, {
    schema: {
      tags,
      summary: 'Move a need to another stage (NEED_TRANSITIONS), with why; closing needs a reason',
      params: ZNeedParams,
      body: ZNeedTransitionRequest,
      response: { 200: ZNeed },
    },
    config: { access: orgAccess(needsPolicy, 'needs.coordinate') },
    handler: (request) =>
      transitionNeed(db, actorOf(request), request.params.orgId, request.params.needId, request.body),
  });

  app.get(`${ORG}/needs/:needId/timeline`, {
    schema: {
      tags,
      summary: 'The case page: stages, revisions, contacts, resource lines, follow-ups… newest first',
      params: ZNeedParams,
      querystring: ZNeedTimelineQuery,
      response: { 200: ZNeedTimelineResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.read') },
    handler: (request) => listNeedTimeline(db, request.params.orgId, request.params.needId, request.query.kinds),
  });

  app.post(`${ORG}/needs/:needId/contacts`, {
    schema: {
      tags,
      summary: 'Log a call, visit or message about the need',
      params: ZNeedParams,
      body: ZLogContactRequest,
      response: { 201: ZNeedTimelineEntry },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await logContact(db, actorOf(request), request.params.orgId, request.params.needId, request.body)),
  });

  app.get(`${ORG}/needs/:needId/sensitive-notes`, {
    schema: {
      tags,
      summary: "Read a need's sensitive notes; every read is audited",
      params: ZNeedParams,
      response: { 200: ZSensitiveNoteListResponse },
    },
    config: { access: orgAccess(needsPolicy, 'needs.sensitive.read') },
    handler: (request) =>
      readSensitiveNotes(db, actorOf(request), request.params.orgId, { needId: request.params.needId }),
  });

  app.post(`${ORG}/needs/:needId/sensitive-notes`, {
    schema: {
      tags,
      summary: 'Write a sensitive note on a need (audited without its content)',
      params: ZNeedParams,
      body: ZCreateSensitiveNoteRequest,
      response: { 201: ZSensitiveNoteReceipt },
    },
    config: { access: orgAccess(needsPolicy, 'needs.sensitive.write') },
    handler: async (request, reply) => {
      const { orgId, needId } = request.params;
      return reply.status(201).send(await addSensitiveNote(db, actorOf(request), orgId, { needId }, request.body));
    },
  });

  app.post(`${ORG}/needs/:needId/resource-lines`, {
    schema: {
      tags,
      summary: "Add a way of meeting the need: a volunteer's time, a referral, goods or money",
      params: ZNeedParams,
      body: ZCreateResourceLineRequest,
      response: { 201: ZResourceLine },
    },
    config: { access: orgAccess(needsPolicy, 'needs.coordinate') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addResourceLine(db, actorOf(request), request.params.orgId, request.params.needId, request.body)),
  });

  app.patch(`${ORG}/needs/:needId/resource-lines/:lineId`, {
    schema: {
      tags,
      summary: "Change a resource line (status, time served, a referral's answer…)",
      params: ZResourceLineParams,
      body: ZUpdateResourceLineRequest,
      response: { 200: ZResourceLine },
    },
    config: { access: orgAccess(needsPolicy, 'needs.coordinate') },
    handler: (request) => {
      const { orgId, needId, lineId } = request.params;
      return updateResourceLine(db, actorOf(request), orgId, needId, lineId, request.body);
    },
  });

  app.delete(`${ORG}/needs/:needId/resource-lines/:lineId`, {
    schema: {
      tags,
      summary: 'Remove a resource line entered by mistake (the timeline keeps it)',
      params: ZResourceLineParams,
      response: { 204: z.undefined() },
    },
    config: { access: orgAccess(needsPolicy, 'needs.coordinate') },
    handler: async (request, reply) => {
      const { orgId, needId, lineId } = request.params;
      await removeResourceLine(db, actorOf(request), orgId, needId, lineId);
      return reply.status(204).send();
    },
  });

  app.post(`${ORG}/needs/:needId/follow-ups`, {
    schema: {
      tags,
      summary: "Record a respondent's follow-up answers; the first one marks a completed need followed up",
      params: ZNeedParams,
      body: ZRecordFollowUpRequest,
      response: { 201: ZFollowUp },
    },
    config: { access: orgAccess(needsPolicy, 'needs.write') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordFollowUp(db, actorOf(request), request.params.orgId, request.params.needId, request.body)),
  });

  // ------------------------------------------------------------ the volunteer's side

  app.get('/api/v1/me/need-follow-ups', {
    schema: {
      tags,
      summary: 'Completed needs I helped with that wait for my answers',
      response: { 200: ZMyFollowUpDueResponse },
    },
    config: { access: SIGNED_IN },
    handler: (request) => listMyFollowUpsDue(db, actorOf(request).accountId),
  });

  app.post('/api/v1/me/need-follow-ups', {
    schema: {
      tags,
      summary: 'Answer the follow-up about a need I helped with',
      body: ZMyFollowUpRequest,
      response: { 201: ZFollowUp },
    },
    config: { access: SIGNED_IN },
    handler: async (request, reply) =>
      reply.status(201).send(await recordMyFollowUp(db, actorOf(request), request.body)),
  });
};
