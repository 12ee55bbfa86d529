import {
  ZCreateDirectoryLocationRequest,
  ZCreateDirectoryOrganizationRequest,
  ZCreateDirectoryServiceRequest,
  ZDirectoryAreasResponse,
  ZDirectoryImportBody,
  ZDirectoryImportQuery,
  ZDirectoryImportResponse,
  ZDirectoryLocation,
  ZDirectoryLocationParams,
  ZDirectoryOrganization,
  ZDirectoryOrganizationDetail,
  ZDirectoryOrganizationListQuery,
  ZDirectoryOrganizationListResponse,
  ZDirectoryOrganizationParams,
  ZDirectoryService,
  ZDirectoryServiceParams,
  ZDirectoryServiceSearchQuery,
  ZDirectoryServiceSearchResponse,
  ZOrgParams,
  ZUpdateDirectoryLocationRequest,
  ZUpdateDirectoryOrganizationRequest,
  ZUpdateDirectoryServiceRequest,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/deps';
import { orgAccess } from '../../platform/policy/policy';
import { directoryPolicy } from './directory.policy';
import {
  createDirectoryLocation,
  createDirectoryOrganization,
  createDirectoryService,
  deleteDirectoryLocation,
  deleteDirectoryOrganization,
  deleteDirectoryService,
  getDirectoryLocation,
  getDirectoryOrganization,
  getDirectoryService,
  listDirectoryAreas,
  listDirectoryOrganizations,
  searchDirectoryServices,
  updateDirectoryLocation,
  updateDirectoryOrganization,
  updateDirectoryService,
} from './directory.service';
import { exportDirectory, importDirectory } from './directory-hsds.service';

const tags = ['directory'];
const DIR = '/api/v1/organizations/:orgId/directory';
const read = orgAccess(directoryPolicy, 'directory.read');
const manage = orgAccess(directoryPolicy, 'directory.manage');

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  // ------------------------------------------------------------ organizations

  app.get(`${DIR}/organizations`, {
    schema: {
      tags,
      summary: 'Organizations of the community resource directory, by name',
      params: ZOrgParams,
      querystring: ZDirectoryOrganizationListQuery,
      response: { 200: ZDirectoryOrganizationListResponse },
    },
    config: { access: read },
    handler: (request) => listDirectoryOrganizations(db, request.params.orgId, request.query),
  });

  app.post(`${DIR}/organizations`, {
    schema: {
      tags,
      summary: 'Add an organization to the directory',
      params: ZOrgParams,
      body: ZCreateDirectoryOrganizationRequest,
      response: { 201: ZDirectoryOrganization },
    },
    config: { access: manage },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createDirectoryOrganization(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${DIR}/organizations/:directoryOrgId`, {
    schema: {
      tags,
      summary: 'One organization of the directory with its services, places and hours',
      params: ZDirectoryOrganizationParams,
      response: { 200: ZDirectoryOrganizationDetail },
    },
    config: { access: read },
    handler: (request) => getDirectoryOrganization(db, request.params.orgId, request.params.directoryOrgId),
  });

  app.patch(`${DIR}/organizations/:directoryOrgId`, {
    schema: {
      tags,
      summary: 'Change an organization of the directory',
      params: ZDirectoryOrganizationParams,
      body: ZUpdateDirectoryOrganizationRequest,
      response: { 200: ZDirectoryOrganization },
    },
    config: { access: manage },
    handler: (request) =>
      updateDirectoryOrganization(
        db,
        actorOf(request),
        request.params.orgId,
        request.params.directoryOrgId,
        request.body,
      ),
  });

  app.delete(`${DIR}/organizations/:directoryOrgId`, {
    schema: {
      tags,
      summary: 'Remove an organization from the directory, with its services and places',
      params: ZDirectoryOrganizationParams,
      response: { 204: z.undefined() },
    },
    config: { access: manage },
    handler: async (request, reply) => {
      await deleteDirectoryOrganization(db, actorOf(request), request.params.orgId, request.params.directoryOrgId);
      return reply.status(204).send();
    },
  });

  // ------------------------------------------------------------ services

  app.get(`${DIR}/services`, {
    schema: {
      tags,
      summary: 'Find services: words, category, area, language, open on a weekday or now',
      params: ZOrgParams,
      querystring: ZDirectoryServiceSearchQuery,
      response: { 200: ZDirectoryServiceSearchResponse },
    },
    config: { access: read },
    handler: (request) => searchDirectoryServices(db, request.params.orgId, request.query),
  });

  app.post(`${DIR}/services`, {
    schema: {
      tags,
      summary: 'Add a service of an organization of the directory',
      params: ZOrgParams,
      body: ZCreateDirectoryServiceRequest,
      response: { 201: ZDirectoryService },
    },
    config: { access: manage },
    handler: async (request, reply) =>
      reply.status(201).send(await createDirectoryService(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${DIR}/services/:serviceId`, {
    schema: { tags, summary: 'One service', params: ZDirectoryServiceParams, response: { 200: ZDirectoryService } },
    config: { access: read },
    handler: (request) => getDirectoryService(db, request.params.orgId, request.params.serviceId),
  });

  app.patch(`${DIR}/services/:serviceId`, {
    schema: {
      tags,
      summary: 'Change a service (lists given replace the old ones)',
      params: ZDirectoryServiceParams,
      body: ZUpdateDirectoryServiceRequest,
      response: { 200: ZDirectoryService },
    },
    config: { access: manage },
    handler: (request) =>
      updateDirectoryService(db, actorOf(request), request.params.orgId, request.params.serviceId, request.body),
  });

  app.delete(`${DIR}/services/:serviceId`, {
    schema: { tags, summary: 'Remove a service', params: ZDirectoryServiceParams, response: { 204: z.undefined() } },
    config: { access: manage },
    handler: async (request, reply) => {
      await deleteDirectoryService(db, actorOf(request), request.params.orgId, request.params.serviceId);
      return reply.status(204).send();
    },
  });

  // ------------------------------------------------------------ places

  app.post(`${DIR}/locations`, {
    schema: {
      tags,
      summary: 'Add a place of an organization of the directory',
      params: ZOrgParams,
      body: ZCreateDirectoryLocationRequest,
      response: { 201: ZDirectoryLocation },
    },
    config: { access: manage },
    handler: async (request, reply) =>
      reply.status(201).send(await createDirectoryLocation(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.get(`${DIR}/locations/:locationId`, {
    schema: { tags, summary: 'One place', params: ZDirectoryLocationParams, response: { 200: ZDirectoryLocation } },
    config: { access: read },
    handler: (request) => getDirectoryLocation(db, request.params.orgId, request.params.locationId),
  });

  app.patch(`${DIR}/locations/:locationId`, {
    schema: {
      tags,
      summary: 'Change a place (hours given replace the old ones)',
      params: ZDirectoryLocationParams,
      body: ZUpdateDirectoryLocationRequest,
      response: { 200: ZDirectoryLocation },
    },
    config: { access: manage },
    handler: (request) =>
      updateDirectoryLocation(db, actorOf(request), request.params.orgId, request.params.locationId, request.body),
  });

  app.delete(`${DIR}/locations/:locationId`, {
    schema: { tags, summary: 'Remove a place', params: ZDirectoryLocationParams, response: { 204: z.undefined() } },
    config: { access: manage },
    handler: async (request, reply) => {
      await deleteDirectoryLocation(db, actorOf(request), request.params.orgId, request.params.locationId);
      return reply.status(204).send();
    },
  });

  app.get(`${DIR}/areas`, {
    schema: {
      tags,
      summary: 'Districts named by the places of the directory',
      params: ZOrgParams,
      response: { 200: ZDirectoryAreasResponse },
    },
    config: { access: read },
    handler: (request) => listDirectoryAreas(db, request.params.orgId),
  });

  // ------------------------------------------------------------ Open Referral HSDS 3.0

  app.get(`${DIR}/export.json`, {
    schema: {
      tags,
      summary: 'The directory as Open Referral HSDS 3.0 JSON (a page of compiled organizations)',
      params: ZOrgParams,
      produces: ['application/json'],
    },
    config: { access: read },
    handler: async (request, reply) => {
      const body = await exportDirectory(db, request.params.orgId);
      const fileName = `directory-hsds-${new Date().toISOString().slice(0, 10)}.json`;
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(body, null, 2));
    },
  });

  app.post(`${DIR}/import`, {
    schema: {
      tags,
      summary: 'Import Open Referral HSDS 3.0 JSON: preview (dryRun=true, the default), then write (dryRun=false)',
      params: ZOrgParams,
      querystring: ZDirectoryImportQuery,
      body: ZDirectoryImportBody,
      response: { 200: ZDirectoryImportResponse },
    },
    bodyLimit: 10 * 1024 * 1024,
    config: { access: manage },
    handler: (request) =>
      importDirectory(db, actorOf(request), request.params.orgId, request.body, request.query.dryRun),
  });
};
