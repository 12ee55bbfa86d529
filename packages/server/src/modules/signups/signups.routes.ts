import {
  ZAssignSignupRequest,
  ZCalendarFeed,
  ZCalendarFeedParams,
  ZCancelRequest,
  ZCancelSignupRequest,
  ZLapsedVolunteersResponse,
  ZMySignupParams,
  ZMySignupsResponse,
  ZOpportunity,
  ZOpportunityParams,
  ZOrgParams,
  ZParticipationHistory,
  ZSelfSignupParams,
  ZSelfSignupRequest,
  ZShiftParams,
  ZShiftRosterResponse,
  ZSignup,
  ZSignupParams,
  ZVolunteerParams,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, memberOrgIdsOf } from '../../platform/http/deps';
import { orgAccess, PUBLIC, SIGNED_IN } from '../../platform/policy/policy';
import {
  assignSignup,
  calendarOfToken,
  cancelMySignup,
  lapsedVolunteers,
  myCalendarFeed,
  mySignups,
  participationHistory,
  signUpSelf,
} from './my-signups.service';
import { signupsPolicy } from './signups.policy';
import { cancelOpportunity, cancelShift, cancelSignup, shiftRoster } from './signups.service';

const tags = ['signups'];
const ORG = '/api/v1/organizations/:orgId';

export const signupsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const { db, config } = deps;

  app.get(`${ORG}/shifts/:shiftId/signups`, {
    schema: { tags, summary: 'The people on a shift', params: ZShiftParams, response: { 200: ZShiftRosterResponse } },
    config: { access: orgAccess(signupsPolicy, 'signups.read') },
    handler: (request) => shiftRoster(db, request.params.orgId, request.params.shiftId),
  });

  app.post(`${ORG}/shifts/:shiftId/signups`, {
    schema: {
      tags,
      summary: 'Assign a volunteer to a shift (same rules as self sign-up, except the sign-up window)',
      params: ZShiftParams,
      body: ZAssignSignupRequest,
      response: { 201: ZSignup },
    },
    config: { access: orgAccess(signupsPolicy, 'signups.manage') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await assignSignup(deps, actorOf(request), request.params.orgId, request.params.shiftId, request.body)),
  });

  app.post(`${ORG}/signups/:signupId/cancel`, {
    schema: {
      tags,
      summary: 'Cancel a place (the first on the waitlist moves up)',
      params: ZSignupParams,
      body: ZCancelSignupRequest,
      response: { 200: ZSignup },
    },
    config: { access: orgAccess(signupsPolicy, 'signups.manage') },
    handler: (request) =>
      cancelSignup(
        deps,
        { ...actorOf(request), bySelf: false },
        request.params.orgId,
        request.params.signupId,
        request.body,
      ),
  });

  app.post(`${ORG}/shifts/:shiftId/cancel`, {
    schema: {
      tags,
      summary: 'Cancel a shift and tell everyone on it why',
      params: ZShiftParams,
      body: ZCancelRequest,
      response: { 204: z.undefined() },
    },
    config: { access: orgAccess(signupsPolicy, 'shifts.cancel') },
    handler: async (request, reply) => {
      await cancelShift(deps, actorOf(request), request.params.orgId, request.params.shiftId, request.body.reason);
      return reply.status(204).send();
    },
  });

  app.post(`${ORG}/opportunities/:opportunityId/cancel`, {
    schema: {
      tags,
      summary: 'Cancel an activity: its upcoming shifts are cancelled and everyone on them is told why',
      params: ZOpportunityParams,
      body: ZCancelRequest,
      response: { 200: ZOpportunity },
    },
    config: { access: orgAccess(signupsPolicy, 'opportunities.cancel') },
    handler: (request) =>
      cancelOpportunity(
        deps,
        actorOf(request),
        request.params.orgId,
        request.params.opportunityId,
        request.body.reason,
      ),
  });

  app.get(`${ORG}/volunteers/:volunteerId/participation`, {
    schema: {
      tags,
      summary: "A volunteer's shifts, hours and milestones",
      params: ZVolunteerParams,
      response: { 200: ZParticipationHistory },
    },
    config: { access: orgAccess(signupsPolicy, 'participation.read') },
    handler: (request) => participationHistory(db, request.params.orgId, request.params.volunteerId),
  });

  app.get(`${ORG}/lapsed-volunteers`, {
    schema: {
      tags,
      summary: 'Active volunteers with no shift for the lapse period, to call',
      params: ZOrgParams,
      response: { 200: ZLapsedVolunteersResponse },
    },
    config: { access: orgAccess(signupsPolicy, 'participation.read') },
    handler: (request) => lapsedVolunteers(db, request.params.orgId),
  });

  // ------------------------------------------------------------ the person's side

  app.post('/api/v1/shifts/:shiftId/signups', {
    schema: {
      tags,
      summary: 'Sign myself up for a shift (of any organization I can see)',
      params: ZSelfSignupParams,
      body: ZSelfSignupRequest,
      response: { 201: ZSignup },
    },
    config: { access: SIGNED_IN },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const memberOrgIds = memberOrgIdsOf(request);
      return reply
        .status(201)
        .send(await signUpSelf(deps, { ...actor, memberOrgIds }, request.params.shiftId, request.body));
    },
  });

  app.get('/api/v1/me/signups', {
    schema: { tags, summary: 'My shifts across organizations', response: { 200: ZMySignupsResponse } },
    config: { access: SIGNED_IN },
    handler: (request) => mySignups(db, actorOf(request).accountId),
  });

  app.post('/api/v1/me/signups/:signupId/cancel', {
    schema: {
      tags,
      summary: 'Cancel my place (until the deadline before the shift)',
      params: ZMySignupParams,
      body: ZCancelSignupRequest,
      response: { 200: ZSignup },
    },
    config: { access: SIGNED_IN },
    handler: (request) => cancelMySignup(deps, actorOf(request), request.params.signupId, request.body.reason),
  });

  app.get('/api/v1/me/calendar-feed', {
    schema: { tags, summary: 'The secret address of my calendar feed', response: { 200: ZCalendarFeed } },
    config: { access: SIGNED_IN },
    handler: (request) => myCalendarFeed(db, config.publicUrl, actorOf(request).accountId),
  });

  app.post('/api/v1/me/calendar-feed', {
    schema: {
      tags,
      summary: 'Replace my calendar feed address (the old one stops working)',
      response: { 200: ZCalendarFeed },
    },
    config: { access: SIGNED_IN },
    handler: (request) => myCalendarFeed(db, config.publicUrl, actorOf(request).accountId, true),
  });

  app.get('/api/v1/calendar/:token', {
    schema: { tags, summary: 'My shifts as iCalendar (RFC 5545), for calendar apps', params: ZCalendarFeedParams },
    config: { access: PUBLIC },
    handler: async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await calendarOfToken(db, config.publicUrl, request.params.token.replace(/\.ics$/, ''))),
  });
};
