import {
  ZCreateInsurancePlanRequest,
  ZCsvEncoding,
  ZEnrollInsuranceRequest,
  ZInsuranceEnrollment,
  ZInsurancePlan,
  ZInsurancePlanListResponse,
  ZInsurancePlanParams,
  ZInsuranceRenewalsResponse,
  ZInsuranceRosterQuery,
  ZInsuranceRosterResponse,
  ZOrgParams,
  ZUpdateInsurancePlanRequest,
  ZVolunteerParams,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCsv } from '../../platform/csv/csv';
import { actorOf } from '../../platform/http/deps';
import { requestLocale } from '../../platform/i18n/request-locale';
import { orgAccess } from '../../platform/policy/policy';
import { insurancePolicy } from './insurance.policy';
import { createPlan, enroll, listPlans, renewals, roster, rosterCsv, updatePlan } from './insurance.service';

const tags = ['insurance'];
const ORG = '/api/v1/organizations/:orgId';

export const insuranceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(`${ORG}/insurance-plans`, {
    schema: { tags, summary: 'Insurance plans', params: ZOrgParams, response: { 200: ZInsurancePlanListResponse } },
    config: { access: orgAccess(insurancePolicy, 'insurance.read') },
    handler: async (request) => ({ plans: await listPlans(db, request.params.orgId) }),
  });

  app.post(`${ORG}/insurance-plans`, {
    schema: {
      tags,
      summary: 'Add an insurance plan',
      params: ZOrgParams,
      body: ZCreateInsurancePlanRequest,
      response: { 201: ZInsurancePlan },
    },
    config: { access: orgAccess(insurancePolicy, 'insurance.manage') },
    handler: async (request, reply) =>
      reply.status(201).send(await createPlan(db, actorOf(request), request.params.orgId, request.body)),
  });

  app.patch(`${ORG}/insurance-plans/:planId`, {
    schema: {
      tags,
      summary: 'Change or archive an insurance plan',
      params: ZInsurancePlanParams,
      body: ZUpdateInsurancePlanRequest,
      response: { 200: ZInsurancePlan },
    },
    config: { access: orgAccess(insurancePolicy, 'insurance.manage') },
    handler: (request) => updatePlan(db, actorOf(request), request.params.orgId, request.params.planId, request.body),
  });

  app.post(`${ORG}/volunteers/:volunteerId/insurance-enrollments`, {
    schema: {
      tags,
      summary: 'Enroll a volunteer (cover from the next day to the policy year end)',
      params: ZVolunteerParams,
      body: ZEnrollInsuranceRequest,
      response: { 201: ZInsuranceEnrollment },
    },
    config: { access: orgAccess(insurancePolicy, 'insurance.enroll') },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await enroll(db, actorOf(request), request.params.orgId, request.params.volunteerId, request.body)),
  });

  app.get(`${ORG}/insurance-enrollments`, {
    schema: {
      tags,
      summary: 'Enrollment roster of a policy year',
      params: ZOrgParams,
      querystring: ZInsuranceRosterQuery,
      response: { 200: ZInsuranceRosterResponse },
    },
    config: { access: orgAccess(insurancePolicy, 'insurance.read') },
    handler: (request) => roster(db, request.params.orgId, request.query.policyYear),
  });

  app.get(`${ORG}/insurance-enrollments/export`, {
    schema: {
      tags,
      summary: 'Enrollment roster as CSV for the insurer',
      params: ZOrgParams,
      querystring: ZInsuranceRosterQuery.extend({ encoding: ZCsvEncoding.default('utf8bom') }),
      produces: ['text/csv'],
    },
    config: { access: orgAccess(insurancePolicy, 'insurance.export') },
    handler: async (request, reply) => {
      const { policyYear, encoding } = request.query;
      const csv = await rosterCsv(
        db,
        actorOf(request),
        request.params.orgId,
        policyYear,
        encoding,
        requestLocale(request),
      );
      return sendCsv(reply, `insurance-roster-${csv.policyYear}.csv`, csv.body, encoding);
    },
  });

  app.get(`${ORG}/insurance-renewals`, {
    schema: {
      tags,
      summary: 'Active volunteers whose cover ends with this policy year, not yet renewed',
      params: ZOrgParams,
      response: { 200: ZInsuranceRenewalsResponse },
    },
    config: { access: orgAccess(insurancePolicy, 'insurance.read') },
    handler: (request) => renewals(db, request.params.orgId),
  });
};
