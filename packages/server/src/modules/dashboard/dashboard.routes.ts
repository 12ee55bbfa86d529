import {
  calendarDateIn,
  fiscalYearOf,
  STAFF_ROLES,
  type TDashboardResponse,
  ZDashboardResponse,
  ZOrgParams,
} from '@musubi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { orgAccess, type PolicyRules } from '../../platform/policy/policy';
import { getNetwork } from '../network';
import { getOrganization } from '../organizations';
import { countMembersByRole } from '../people';

export const dashboardPolicy = {
  'dashboard.read': { roles: STAFF_ROLES },
} as const satisfies PolicyRules;

/** The coordinator's start page: who is in the organization, which fiscal year it is, the network's size. */
export async function getDashboard(db: Db, orgId: string): Promise<TDashboardResponse> {
  const org = await getOrganization(db, orgId);
  const counts = await countMembersByRole(db, orgId);
  const network = org.runsNetwork ? await getNetwork(db, orgId) : null;
  return {
    organization: { id: org.id, name: org.name, kind: org.kind },
    memberCounts: counts.sort((a, b) => b.count - a.count),
    networkMemberCount: network ? network.members.length : null,
    currentFiscalYear: fiscalYearOf(calendarDateIn(org.timeZone), org.fiscalYearStartMonth),
  };
}

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/organizations/:orgId/dashboard', {
    schema: {
      tags: ['organizations'],
      summary: 'Dashboard figures',
      params: ZOrgParams,
      response: { 200: ZDashboardResponse },
    },
    config: { access: orgAccess(dashboardPolicy, 'dashboard.read') },
    handler: (request) => getDashboard(app.deps.db, request.params.orgId),
  });
};
