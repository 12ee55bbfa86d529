import {
  ZCandidatesQuery,
  ZCandidatesResponse,
  ZMatchingSettings,
  ZMyProposalListResponse,
  ZMyProposalParams,
  ZNeedParams,
  ZOrgParams,
  ZProposal,
  ZProposalAnswerRequest,
  ZProposalListResponse,
  ZProposalParams,
  ZProposalSummary,
  ZProposalTokenParams,
  ZProposeRequest,
  ZProposeResponse,
  ZUpdateMatchingSettingsRequest,
  ZWithdrawProposalRequest,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/deps';
import { requestLocale } from '../../platform/i18n/request-locale';
import { orgAccess, PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import { listCandidates } from './candidates.service';
import { matchingPolicy } from './matching.policy';
import { getMatchingSettings, updateMatchingSettings } from './matching-settings.service';
import {
  answerMyProposal,
  answerProposalByToken,
  confirmProposal,
  getProposalByToken,
  listMyProposals,
  listNeedProposals,
  proposeVolunteers,
  recordAnswer,
  withdrawProposal,
} from './proposals.service';

const tags = ['matching'];
const ORG = '/api/v1/organizations/:orgId';

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  // ------------------------------------------------------------ settings

  app.get(`${ORG}/matching-settings`, {
    schema: {
      tags,
      summary: 'Matching weights and how proposals are confirmed',
      params: ZOrgParams,
      response: { 200: ZMatchingSettings },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.settings.read') },
    handler: (request) => getMatchingSettings(db, request.params.orgId),
  });

  app.patch(`${ORG}/matching-settings`, {
    schema: {
      tags,
      summary: 'Change the default weights, the distance scale, the answer time or the confirmation mode',
      params: ZOrgParams,
      body: ZUpdateMatchingSettingsRequest,
      response: { 200: ZMatchingSettings },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.settings.manage') },
    handler: (request) => updateMatchingSettings(db, actorOf(request), request.params.orgId, request.body),
  });

  // ------------------------------------------------------------ candidates

  app.get(`${ORG}/needs/:needId/candidates`, {
    schema: {
      tags,
      summary: 'Rank candidate volunteers for a need: score per factor, why, and who is excluded by which rule',
      params: ZNeedParams,
      querystring: ZCandidatesQuery,
      response: { 200: ZCandidatesResponse },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.rank') },
    handler: (request) =>
      listCandidates(db, requestLocale(request), request.params.orgId, request.params.needId, request.query),
  });

  // ------------------------------------------------------------ proposals (coordinators)

  app.get(`${ORG}/needs/:needId/proposals`, {
    schema: {
      tags,
      summary: 'Who was asked for a need, and how they answered',
      params: ZNeedParams,
      response: { 200: ZProposalListResponse },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.proposals.read') },
    handler: (request) => listNeedProposals(db, request.params.orgId, request.params.needId),
  });

  app.post(`${ORG}/needs/:needId/proposals`, {
    schema: {
      tags,
      summary: 'Ask one or several volunteers (an override of the ranking needs a reason); mails each an answer link',
      params: ZNeedParams,
      body: ZProposeRequest,
      response: { 201: ZProposeResponse },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.propose') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await proposeVolunteers(
            app.deps,
            actorOf(request),
            request.params.orgId,
            request.params.needId,
            request.body,
          ),
        ),
  });

  app.post(`${ORG}/needs/:needId/proposals/:proposalId/answer`, {
    schema: {
      tags,
      summary: 'Record the answer a volunteer gave by phone or at the counter',
      params: ZProposalParams,
      body: ZProposalAnswerRequest,
      response: { 200: ZProposal },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.propose') },
    handler: (request) => {
      const { orgId, needId, proposalId } = request.params;
      return recordAnswer(db, actorOf(request), orgId, needId, proposalId, request.body);
    },
  });

  app.post(`${ORG}/needs/:needId/proposals/:proposalId/confirm`, {
    schema: {
      tags,
      summary: 'Confirm a volunteer who accepted: their time becomes a line of the need',
      params: ZProposalParams,
      response: { 200: ZProposal },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.propose') },
    handler: (request) => {
      const { orgId, needId, proposalId } = request.params;
      return confirmProposal(db, actorOf(request), orgId, needId, proposalId);
    },
  });

  app.post(`${ORG}/needs/:needId/proposals/:proposalId/withdraw`, {
    schema: {
      tags,
      summary: 'Take back a proposal not yet confirmed',
      params: ZProposalParams,
      body: ZWithdrawProposalRequest,
      response: { 200: ZProposal },
    },
    config: { access: orgAccess(matchingPolicy, 'matching.propose') },
    handler: (request) => {
      const { orgId, needId, proposalId } = request.params;
      return withdrawProposal(db, actorOf(request), orgId, needId, proposalId, request.body);
    },
  });

  // ------------------------------------------------------------ the volunteer's side

  app.get('/api/v1/proposals/:token', {
    schema: {
      tags,
      summary: 'The answer page behind a mailed proposal link (the need in brief, nothing sensitive)',
      params: ZProposalTokenParams,
      response: { 200: ZProposalSummary },
    },
    config: { access: PUBLIC },
    handler: (request) => getProposalByToken(db, request.params.token),
  });

  app.post('/api/v1/proposals/:token', {
    schema: {
      tags,
      summary: 'Accept or decline through the mailed link, without signing in',
      params: ZProposalTokenParams,
      body: ZProposalAnswerRequest,
      response: { 200: ZProposalSummary },
    },
    config: { access: PUBLIC },
    handler: (request) => answerProposalByToken(app.deps, request.params.token, request.id, request.body),
  });

  app.get('/api/v1/me/proposals', {
    schema: { tags, summary: 'Needs I have been asked to help with', response: { 200: ZMyProposalListResponse } },
    config: { access: SIGNED_IN },
    handler: (request) => listMyProposals(db, actorOf(request).accountId),
  });

  app.post('/api/v1/me/proposals/:proposalId/answer', {
    schema: {
      tags,
      summary: 'Accept or decline a proposal in the app',
      params: ZMyProposalParams,
      body: ZProposalAnswerRequest,
      response: { 200: ZProposalSummary },
    },
    config: { access: SIGNED_IN },
    handler: (request) => answerMyProposal(db, actorOf(request), request.params.proposalId, request.body),
  });
};
