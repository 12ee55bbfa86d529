import {
  ZApproveAttendanceRequest,
  ZAttendanceCasesQuery,
  ZAttendanceCasesResponse,
  ZAttendancePlace,
  ZAttendancePlaceListResponse,
  ZAttendancePlaceParams,
  ZAttendancePlaceRequest,
  ZAttendanceRecord,
  ZAttendanceRecordListQuery,
  ZAttendanceRecordListResponse,
  ZAttendanceRecordParams,
  ZAttendanceSettings,
  ZAttendanceSite,
  ZAttendanceSiteListResponse,
  ZBulkApproveAttendanceRequest,
  ZBulkApproveAttendanceResponse,
  ZCorrectAttendanceRequest,
  ZLocale,
  ZMyAttendanceQuery,
  ZMyAttendanceResponse,
  ZOrgParams,
  ZOrgPersonalCodeParams,
  ZPersonalCode,
  ZPersonalCodeListResponse,
  ZPersonalCodeParams,
  ZPlaceQuery,
  ZPosterCode,
  ZPosterQuery,
  ZRecordAttendanceRequest,
  ZRejectAttendanceRequest,
  ZScanParams,
  ZScanRequest,
  ZScanResponse,
  ZSiteCodesQuery,
  ZSiteCodesResponse,
  ZSiteParams,
  ZUpdateAttendanceSiteRequest,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/deps';
import { orgAccess, SIGNED_IN } from '../../platform/policy/policy';
import { getOrganization } from '../organizations';
import { attendancePolicy } from './attendance.policy';
import { getAttendanceSettings, updateAttendanceSettings } from './attendance-settings.service';
import {
  getMyPersonalCode,
  getPersonalCode,
  getPosterCode,
  listAttendancePlaces,
  listAttendanceSites,
  listMyPersonalCodes,
  listSiteCodes,
  reissuePosterCode,
  renewMyPersonalCode,
  renewPersonalCode,
  saveAttendancePlace,
  updateAttendanceSite,
} from './codes.service';
import { renderPosterSvg } from './poster';
import {
  approveAttendance,
  bulkApproveAttendance,
  correctAttendance,
  getAttendanceRecord,
  listAttendanceRecords,
  listCasesOfVolunteer,
  listMyAttendance,
  recordAttendanceOnBehalf,
  rejectAttendance,
} from './records.service';
import { submitScan } from './scans.service';

const tags = ['attendance'];
const ORG = '/api/v1/organizations/:orgId/attendance';

export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  // ------------------------------------------------------------ scans and my attendance

  app.put('/api/v1/attendance/scans/:scanId', {
    schema: {
      tags,
      summary:
        'Record a clock-in or clock-out scan, once per device-made UUIDv7: a replay gets the same answer, another body under the same id 409',
      params: ZScanParams,
      body: ZScanRequest,
      response: { 200: ZScanResponse },
    },
    config: { access: SIGNED_IN },
    handler: (request) =>
      submitScan(
        db,
        { ...actorOf(request), memberships: request.principal?.memberships ?? new Map() },
        request.params.scanId,
        request.body,
      ),
  });

  app.get('/api/v1/me/attendance', {
    schema: {
      tags,
      summary: 'My attendance records in every organization, most recent first',
      querystring: ZMyAttendanceQuery,
      response: { 200: ZMyAttendanceResponse },
    },
    config: { access: SIGNED_IN },
    handler: async (request) => ({
      records: await listMyAttendance(db, actorOf(request).accountId, request.query.limit),
    }),
  });

  app.get('/api/v1/me/attendance-codes', {
    schema: {
      tags,
      summary: 'My personal check-in codes, one per organization I volunteer with',
      response: { 200: ZPersonalCodeListResponse },
    },
    config: { access: SIGNED_IN },
    handler: async (request) => ({ codes: await listMyPersonalCodes(db, actorOf(request).accountId) }),
  });

  app.get('/api/v1/me/attendance-codes/:volunteerId', {
    schema: {
      tags,
      summary: 'My personal check-in code in one organization',
      params: ZPersonalCodeParams,
      response: { 200: ZPersonalCode },
    },
    config: { access: SIGNED_IN },
    handler: (request) => getMyPersonalCode(db, actorOf(request).accountId, request.params.volunteerId),
  });

  app.post('/api/v1/me/attendance-codes/:volunteerId/renew', {
    schema: {
      tags,
      summary: 'Revoke my personal code and issue a new one',
      params: ZPersonalCodeParams,
      response: { 200: ZPersonalCode },
    },
    config: { access: SIGNED_IN },
    handler: (request) => renewMyPersonalCode(db, actorOf(request), request.params.volunteerId),
  });

  // ------------------------------------------------------------ settings

  app.get(`${ORG}/settings`, {
    schema: { tags, summary: 'Attendance rules', params: ZOrgParams, response: { 200: ZAttendanceSettings } },
    config: { access: orgAccess(attendancePolicy, 'attendance.settings.read') },
    handler: (request) => getAttendanceSettings(db, request.params.orgId),
  });

  app.put(`${ORG}/settings`, {
    schema: {
      tags,
      summary: 'Change the attendance rules (credit before the shift, tolerance, daily maximum, windows)',
      params: ZOrgParams,
      body: ZAttendanceSettings,
      response: { 200: ZAttendanceSettings },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.settings.manage') },
    handler: (request) => updateAttendanceSettings(db, actorOf(request), request.params.orgId, request.body),
  });

  // ------------------------------------------------------------ sites and codes

  app.get(`${ORG}/sites`, {
    schema: {
      tags,
      summary: 'Activities as check-in sites, with geofence and poster generation',
      params: ZOrgParams,
      response: { 200: ZAttendanceSiteListResponse },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.operate') },
    handler: async (request) => ({ sites: await listAttendanceSites(db, request.params.orgId) }),
  });

  app.put(`${ORG}/sites/:opportunityId`, {
    schema: {
      tags,
      summary: "Set or remove the activity's geofence radius",
      params: ZSiteParams,
      body: ZUpdateAttendanceSiteRequest,
      response: { 200: ZAttendanceSite },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.manage') },
    handler: (request) =>
      updateAttendanceSite(db, actorOf(request), request.params.orgId, request.params.opportunityId, request.body),
  });

  app.get(`${ORG}/sites/:opportunityId/places`, {
    schema: {
      tags,
      summary: 'Places of an activity with their own codes (entrances, satellite sites)',
      params: ZSiteParams,
      response: { 200: ZAttendancePlaceListResponse },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.operate') },
    handler: async (request) => ({
      places: await listAttendancePlaces(db, request.params.orgId, request.params.opportunityId),
    }),
  });

  app.post(`${ORG}/sites/:opportunityId/places`, {
    schema: {
      tags,
      summary: 'Add a place to an activity, with its own location and geofence',
      params: ZSiteParams,
      body: ZAttendancePlaceRequest,
      response: { 201: ZAttendancePlace },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.manage') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await saveAttendancePlace(
            db,
            actorOf(request),
            request.params.orgId,
            request.params.opportunityId,
            null,
            request.body,
          ),
        ),
  });

  app.put(`${ORG}/sites/:opportunityId/places/:placeId`, {
    schema: {
      tags,
      summary: "Change a place's name, location or geofence",
      params: ZAttendancePlaceParams,
      body: ZAttendancePlaceRequest,
      response: { 200: ZAttendancePlace },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.manage') },
    handler: (request) =>
      saveAttendancePlace(
        db,
        actorOf(request),
        request.params.orgId,
        request.params.opportunityId,
        request.params.placeId,
        request.body,
      ),
  });

  app.get(`${ORG}/site-codes`, {
    schema: {
      tags,
      summary: 'Rotating screen codes signed ahead, one per 30-second step, so a screen keeps rotating offline',
      params: ZOrgParams,
      querystring: ZSiteCodesQuery,
      response: { 200: ZSiteCodesResponse },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.operate') },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return listSiteCodes(db, request.params.orgId, request.query);
    },
  });

  app.get(`${ORG}/sites/:opportunityId/poster-code`, {
    schema: {
      tags,
      summary: "The printed poster's code of the activity, or of one of its places",
      params: ZSiteParams,
      querystring: ZPlaceQuery,
      response: { 200: ZPosterCode },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.operate') },
    handler: (request) =>
      getPosterCode(db, request.params.orgId, request.params.opportunityId, request.query.placeId ?? null),
  });

  app.post(`${ORG}/sites/:opportunityId/poster-code/reissue`, {
    schema: {
      tags,
      summary: 'Issue a new poster code; every poster printed before stops working',
      params: ZSiteParams,
      response: { 200: ZPosterCode },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.manage') },
    handler: (request) => reissuePosterCode(db, actorOf(request), request.params.orgId, request.params.opportunityId),
  });

  app.get(`${ORG}/sites/:opportunityId/poster.svg`, {
    schema: {
      tags,
      summary: 'A printable A4 poster (SVG) with the QR code, in the given or the organization language',
      params: ZSiteParams,
      querystring: ZPosterQuery,
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.operate') },
    handler: async (request, reply) => {
      const { orgId, opportunityId } = request.params;
      const [poster, organization] = await Promise.all([
        getPosterCode(db, orgId, opportunityId, request.query.placeId ?? null),
        getOrganization(db, orgId),
      ]);
      const locale = ZLocale.safeParse(request.query.locale).data ?? organization.locale;
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          renderPosterSvg({
            code: poster.code,
            title: poster.placeName ? `${poster.opportunityTitle}（${poster.placeName}）` : poster.opportunityTitle,
            organizationName: organization.name,
            generation: poster.generation,
            locale,
          }),
        );
    },
  });

  app.get(`${ORG}/personal-codes/:volunteerId`, {
    schema: {
      tags,
      summary: "A volunteer's personal code, to print on a card for someone without a phone",
      params: ZOrgPersonalCodeParams,
      response: { 200: ZPersonalCode },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.manage') },
    handler: (request) => getPersonalCode(db, request.params.orgId, request.params.volunteerId),
  });

  app.post(`${ORG}/personal-codes/:volunteerId/renew`, {
    schema: {
      tags,
      summary: "Revoke a volunteer's personal code (lost phone or card) and issue a new one",
      params: ZOrgPersonalCodeParams,
      response: { 200: ZPersonalCode },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.site.manage') },
    handler: (request) => renewPersonalCode(db, actorOf(request), request.params.orgId, request.params.volunteerId),
  });

  // ------------------------------------------------------------ records and the approval queue

  app.get(`${ORG}/cases`, {
    schema: {
      tags,
      summary: 'The open cases (needs) a volunteer serves, to link a visit to',
      params: ZOrgParams,
      querystring: ZAttendanceCasesQuery,
      response: { 200: ZAttendanceCasesResponse },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.decide') },
    handler: async (request) => ({
      cases: await listCasesOfVolunteer(db, request.params.orgId, request.query.volunteerId),
    }),
  });

  app.get(`${ORG}/records`, {
    schema: {
      tags,
      summary: 'Attendance records; by default the approval queue (pending), filtered by date, activity, flag',
      params: ZOrgParams,
      querystring: ZAttendanceRecordListQuery,
      response: { 200: ZAttendanceRecordListResponse },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.read') },
    handler: async (request) => ({ records: await listAttendanceRecords(db, request.params.orgId, request.query) }),
  });

  app.post(`${ORG}/records`, {
    schema: {
      tags,
      summary: 'Record attendance on behalf of someone without a phone (same rules as scans)',
      params: ZOrgParams,
      body: ZRecordAttendanceRequest,
      response: { 201: ZAttendanceRecord },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.decide') },
    handler: async (request, reply) =>
      reply.status(201).send(await recordAttendanceOnBehalf(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.post(`${ORG}/records/approve`, {
    schema: {
      tags,
      summary: 'Approve several records at once: all or nothing, failures listed per id',
      params: ZOrgParams,
      body: ZBulkApproveAttendanceRequest,
      response: { 200: ZBulkApproveAttendanceResponse },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.decide') },
    handler: async (request) => ({
      records: await bulkApproveAttendance(
        db,
        actorOf(request),
        request.params.orgId,
        request.body.ids,
        request.body.reason ?? null,
      ),
    }),
  });

  app.get(`${ORG}/records/:recordId`, {
    schema: {
      tags,
      summary: 'One attendance record',
      params: ZAttendanceRecordParams,
      response: { 200: ZAttendanceRecord },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.read') },
    handler: (request) => getAttendanceRecord(db, request.params.orgId, request.params.recordId),
  });

  app.post(`${ORG}/records/:recordId/approve`, {
    schema: {
      tags,
      summary: 'Approve a pending record: its minutes are credited to the ledger',
      params: ZAttendanceRecordParams,
      body: ZApproveAttendanceRequest,
      response: { 200: ZAttendanceRecord },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.decide') },
    handler: (request) =>
      approveAttendance(
        db,
        actorOf(request),
        request.params.orgId,
        request.params.recordId,
        request.body.reason ?? null,
      ),
  });

  app.post(`${ORG}/records/:recordId/reject`, {
    schema: {
      tags,
      summary: 'Reject a record, with the reason',
      params: ZAttendanceRecordParams,
      body: ZRejectAttendanceRequest,
      response: { 200: ZAttendanceRecord },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.decide') },
    handler: (request) =>
      rejectAttendance(db, actorOf(request), request.params.orgId, request.params.recordId, request.body.reason),
  });

  app.post(`${ORG}/records/:recordId/correct`, {
    schema: {
      tags,
      summary:
        'Correct the times (and the case) with a reason; the rules credit the corrected times and the record is approved. An approved record: its credit is reversed and credited anew',
      params: ZAttendanceRecordParams,
      body: ZCorrectAttendanceRequest,
      response: { 200: ZAttendanceRecord },
    },
    config: { access: orgAccess(attendancePolicy, 'attendance.records.decide') },
    handler: (request) =>
      correctAttendance(db, actorOf(request), request.params.orgId, request.params.recordId, request.body),
  });
};
