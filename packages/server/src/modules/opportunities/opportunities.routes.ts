import {
  ZCatalogueItem,
  ZCatalogueItemParams,
  ZCatalogueQuery,
  ZCatalogueResponse,
  ZCreateOpportunityRequest,
  ZCreateShiftsRequest,
  ZMapSettings,
  ZOpportunity,
  ZOpportunityListQuery,
  ZOpportunityListResponse,
  ZOpportunityParams,
  ZOrgParams,
  ZShift,
  ZShiftListQuery,
  ZShiftListResponse,
  ZShiftParams,
  ZUpdateOpportunityRequest,
  ZUpdateShiftRequest,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, memberOrgIdsOf } from '../../platform/http/deps';
import { orgAccess, PUBLIC } from '../../platform/policy/policy';
import { catalogueItem, publicCalendar, searchCatalogue } from './catalogue.service';
import { opportunitiesPolicy } from './opportunities.policy';
import {
  createOpportunity,
  createShifts,
  getOpportunity,
  getShift,
  listOpportunities,
  listShifts,
  updateOpportunity,
  updateShift,
} from './opportunities.service';

const tags = ['opportunities'];
const ORG = '/api/v1/organizations/:orgId';

export const opportunitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get(`${ORG}/opportunities`, {
    schema: {
      tags,
      summary: "The organization's activities, newest first",
      params: ZOrgParams,
      querystring: ZOpportunityListQuery,
      response: { 200: ZOpportunityListResponse },
    },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.read') },
    handler: (request) => listOpportunities(db, request.params.orgId, request.query),
  });

  app.post(`${ORG}/opportunities`, {
    schema: {
      tags,
      summary: 'Post an activity',
      params: ZOrgParams,
      body: ZCreateOpportunityRequest,
      response: { 201: ZOpportunity },
    },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.manage') },
    handler: async (request, reply) =>
      reply.status(201).send(await createOpportunity(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${ORG}/opportunities/:opportunityId`, {
    schema: { tags, summary: 'One activity', params: ZOpportunityParams, response: { 200: ZOpportunity } },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.read') },
    handler: (request) => getOpportunity(db, request.params.orgId, request.params.opportunityId),
  });

  app.patch(`${ORG}/opportunities/:opportunityId`, {
    schema: {
      tags,
      summary: 'Change, publish or close an activity',
      params: ZOpportunityParams,
      body: ZUpdateOpportunityRequest,
      response: { 200: ZOpportunity },
    },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.manage') },
    handler: (request) =>
      updateOpportunity(db, actorOf(request), request.params.orgId, request.params.opportunityId, request.body),
  });

  app.get(`${ORG}/opportunities/:opportunityId/shifts`, {
    schema: {
      tags,
      summary: "An activity's shifts with places taken per role",
      params: ZOpportunityParams,
      querystring: ZShiftListQuery,
      response: { 200: ZShiftListResponse },
    },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.read') },
    handler: async (request) => ({
      shifts: await listShifts(db, request.params.orgId, request.params.opportunityId, request.query),
    }),
  });

  app.post(`${ORG}/opportunities/:opportunityId/shifts`, {
    schema: {
      tags,
      summary: 'Add a shift, or a recurring series (RRULE)',
      params: ZOpportunityParams,
      body: ZCreateShiftsRequest,
      response: { 201: ZShiftListResponse },
    },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.manage') },
    handler: async (request, reply) =>
      reply.status(201).send({
        shifts: await createShifts(
          db,
          actorOf(request),
          request.params.orgId,
          request.params.opportunityId,
          request.body,
        ),
      }),
  });

  app.get(`${ORG}/shifts/:shiftId`, {
    schema: { tags, summary: 'One shift', params: ZShiftParams, response: { 200: ZShift } },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.read') },
    handler: (request) => getShift(db, request.params.orgId, request.params.shiftId),
  });

  app.patch(`${ORG}/shifts/:shiftId`, {
    schema: {
      tags,
      summary: 'Change one shift (a single occurrence of a series)',
      params: ZShiftParams,
      body: ZUpdateShiftRequest,
      response: { 200: ZShift },
    },
    config: { access: orgAccess(opportunitiesPolicy, 'opportunities.manage') },
    handler: (request) =>
      updateShift(app.deps, actorOf(request), request.params.orgId, request.params.shiftId, request.body),
  });

  // ------------------------------------------------------------ public

  app.get('/api/v1/catalogue/opportunities', {
    schema: {
      tags,
      summary: 'Search activities with upcoming shifts (public; signed-in people also see their networks’)',
      querystring: ZCatalogueQuery,
      response: { 200: ZCatalogueResponse },
    },
    config: { access: PUBLIC },
    handler: (request) => searchCatalogue(db, request.query, memberOrgIdsOf(request)),
  });

  app.get('/api/v1/catalogue/opportunities/:opportunityId', {
    schema: {
      tags,
      summary: 'One activity and its upcoming shifts (the share page)',
      params: ZCatalogueItemParams,
      response: { 200: ZCatalogueItem },
    },
    config: { access: PUBLIC },
    handler: (request) => catalogueItem(db, request.params.opportunityId, memberOrgIdsOf(request)),
  });

  app.get('/api/v1/catalogue/map-settings', {
    schema: {
      tags,
      summary: "The catalogue map's background tiles (MAP_TILE_URL), or none",
      response: { 200: ZMapSettings },
    },
    config: { access: PUBLIC },
    handler: () => config.map,
  });

  app.get(`${ORG}/opportunities.ics`, {
    schema: { tags, summary: "The organization's public activities as iCalendar (RFC 5545)", params: ZOrgParams },
    config: { access: PUBLIC },
    handler: async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .send(await publicCalendar(db, config.publicUrl, request.params.orgId)),
  });
};
