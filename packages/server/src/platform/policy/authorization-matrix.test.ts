import { ROLES, type TRole } from '@musubi/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../modules/organizations';
import { addMembershipDirectly, createAccount } from '../../modules/people';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';

/**
 * Route × role × own/other organization. The expected roles are written out
 * here, not derived from the policy code, so a loosened rule fails this test;
 * a new organization route must be added to this table before it passes.
 */
const ALL = ROLES;
const STAFF: TRole[] = ['network_admin', 'org_admin', 'coordinator', 'staff'];
const ADMINS: TRole[] = ['network_admin', 'org_admin'];
const NETWORK: TRole[] = ['network_admin'];
const COORDINATORS: TRole[] = ['network_admin', 'org_admin', 'coordinator'];
const POSTERS: TRole[] = [...COORDINATORS, 'partner'];
const ACTIVITY_READERS: TRole[] = [...STAFF, 'partner'];
/** Staff refer people to the directory's services; partners read it to refer too. */
const DIRECTORY_READERS: TRole[] = [...STAFF, 'partner'];

const EXPECTED: Record<string, readonly TRole[]> = {
  'GET /api/v1/organizations/:orgId': ALL,
  'PATCH /api/v1/organizations/:orgId': ADMINS,
  'GET /api/v1/organizations/:orgId/dashboard': STAFF,
  'GET /api/v1/organizations/:orgId/members': STAFF,
  'POST /api/v1/organizations/:orgId/members': ADMINS,
  'PATCH /api/v1/organizations/:orgId/members/:accountId': ADMINS,
  'DELETE /api/v1/organizations/:orgId/members/:accountId': ADMINS,
  'GET /api/v1/organizations/:orgId/network': NETWORK,
  'POST /api/v1/organizations/:orgId/network/members': NETWORK,
  'GET /api/v1/organizations/:orgId/network/peers': STAFF,
  'GET /api/v1/organizations/:orgId/audit-entries': ADMINS,
  'GET /api/v1/organizations/:orgId/outbox-messages': ADMINS,
  'GET /api/v1/organizations/:orgId/participation-settings': STAFF,
  'PATCH /api/v1/organizations/:orgId/participation-settings': ADMINS,
  'GET /api/v1/organizations/:orgId/skills': STAFF,
  'POST /api/v1/organizations/:orgId/skills': COORDINATORS,
  'PATCH /api/v1/organizations/:orgId/skills/:skillId': COORDINATORS,
  'GET /api/v1/organizations/:orgId/volunteers': STAFF,
  'POST /api/v1/organizations/:orgId/volunteers': STAFF,
  'GET /api/v1/organizations/:orgId/volunteers/export': COORDINATORS,
  'POST /api/v1/organizations/:orgId/volunteers/import': COORDINATORS,
  'GET /api/v1/organizations/:orgId/volunteer-duplicates': COORDINATORS,
  'GET /api/v1/organizations/:orgId/volunteers/:volunteerId': STAFF,
  'PATCH /api/v1/organizations/:orgId/volunteers/:volunteerId': STAFF,
  'POST /api/v1/organizations/:orgId/volunteers/:volunteerId/status': COORDINATORS,
  'POST /api/v1/organizations/:orgId/volunteers/:volunteerId/consents': STAFF,
  'POST /api/v1/organizations/:orgId/volunteers/:volunteerId/merge': COORDINATORS,
  'GET /api/v1/organizations/:orgId/network/volunteers': STAFF,
  'GET /api/v1/organizations/:orgId/insurance-plans': STAFF,
  'POST /api/v1/organizations/:orgId/insurance-plans': COORDINATORS,
  'PATCH /api/v1/organizations/:orgId/insurance-plans/:planId': COORDINATORS,
  'POST /api/v1/organizations/:orgId/volunteers/:volunteerId/insurance-enrollments': STAFF,
  'GET /api/v1/organizations/:orgId/insurance-enrollments': STAFF,
  'GET /api/v1/organizations/:orgId/insurance-enrollments/export': COORDINATORS,
  'GET /api/v1/organizations/:orgId/insurance-renewals': STAFF,
  'GET /api/v1/organizations/:orgId/directory/organizations': DIRECTORY_READERS,
  'POST /api/v1/organizations/:orgId/directory/organizations': COORDINATORS,
  'GET /api/v1/organizations/:orgId/directory/organizations/:directoryOrgId': DIRECTORY_READERS,
  'PATCH /api/v1/organizations/:orgId/directory/organizations/:directoryOrgId': COORDINATORS,
  'DELETE /api/v1/organizations/:orgId/directory/organizations/:directoryOrgId': COORDINATORS,
  'GET /api/v1/organizations/:orgId/directory/services': DIRECTORY_READERS,
  'POST /api/v1/organizations/:orgId/directory/services': COORDINATORS,
  'GET /api/v1/organizations/:orgId/directory/services/:serviceId': DIRECTORY_READERS,
  'PATCH /api/v1/organizations/:orgId/directory/services/:serviceId': COORDINATORS,
  'DELETE /api/v1/organizations/:orgId/directory/services/:serviceId': COORDINATORS,
  'POST /api/v1/organizations/:orgId/directory/locations': COORDINATORS,
  'GET /api/v1/organizations/:orgId/directory/locations/:locationId': DIRECTORY_READERS,
  'PATCH /api/v1/organizations/:orgId/directory/locations/:locationId': COORDINATORS,
  'DELETE /api/v1/organizations/:orgId/directory/locations/:locationId': COORDINATORS,
  'GET /api/v1/organizations/:orgId/directory/areas': DIRECTORY_READERS,
  'GET /api/v1/organizations/:orgId/directory/export.json': DIRECTORY_READERS,
  'POST /api/v1/organizations/:orgId/directory/import': COORDINATORS,
  'GET /api/v1/organizations/:orgId/opportunities': ACTIVITY_READERS,
  'POST /api/v1/organizations/:orgId/opportunities': POSTERS,
  'GET /api/v1/organizations/:orgId/opportunities/:opportunityId': ACTIVITY_READERS,
  'PATCH /api/v1/organizations/:orgId/opportunities/:opportunityId': POSTERS,
  'GET /api/v1/organizations/:orgId/opportunities/:opportunityId/shifts': ACTIVITY_READERS,
  'POST /api/v1/organizations/:orgId/opportunities/:opportunityId/shifts': POSTERS,
  'GET /api/v1/organizations/:orgId/shifts/:shiftId': ACTIVITY_READERS,
  'PATCH /api/v1/organizations/:orgId/shifts/:shiftId': POSTERS,
  'POST /api/v1/organizations/:orgId/shifts/:shiftId/cancel': POSTERS,
  'POST /api/v1/organizations/:orgId/opportunities/:opportunityId/cancel': POSTERS,
  'GET /api/v1/organizations/:orgId/shifts/:shiftId/signups': STAFF,
  'POST /api/v1/organizations/:orgId/shifts/:shiftId/signups': STAFF,
  'POST /api/v1/organizations/:orgId/signups/:signupId/cancel': STAFF,
  'GET /api/v1/organizations/:orgId/volunteers/:volunteerId/participation': STAFF,
  'GET /api/v1/organizations/:orgId/lapsed-volunteers': STAFF,
  'GET /api/v1/organizations/:orgId/need-settings': STAFF,
  'PATCH /api/v1/organizations/:orgId/need-settings': ADMINS,
  'GET /api/v1/organizations/:orgId/recipients': STAFF,
  'POST /api/v1/organizations/:orgId/recipients': STAFF,
  'GET /api/v1/organizations/:orgId/recipients/:recipientId': STAFF,
  'PATCH /api/v1/organizations/:orgId/recipients/:recipientId': STAFF,
  'POST /api/v1/organizations/:orgId/recipients/:recipientId/consents': STAFF,
  'GET /api/v1/organizations/:orgId/recipients/:recipientId/sensitive-notes': COORDINATORS,
  'POST /api/v1/organizations/:orgId/recipients/:recipientId/sensitive-notes': STAFF,
  'GET /api/v1/organizations/:orgId/needs': STAFF,
  'POST /api/v1/organizations/:orgId/needs': STAFF,
  'GET /api/v1/organizations/:orgId/needs/counts': STAFF,
  'GET /api/v1/organizations/:orgId/needs/follow-ups-due': STAFF,
  'GET /api/v1/organizations/:orgId/needs/:needId': STAFF,
  'PATCH /api/v1/organizations/:orgId/needs/:needId': STAFF,
  'POST /api/v1/organizations/:orgId/needs/:needId/transitions': COORDINATORS,
  'GET /api/v1/organizations/:orgId/needs/:needId/timeline': STAFF,
  'POST /api/v1/organizations/:orgId/needs/:needId/contacts': STAFF,
  'GET /api/v1/organizations/:orgId/needs/:needId/sensitive-notes': COORDINATORS,
  'POST /api/v1/organizations/:orgId/needs/:needId/sensitive-notes': STAFF,
  'POST /api/v1/organizations/:orgId/needs/:needId/resource-lines': COORDINATORS,
  'PATCH /api/v1/organizations/:orgId/needs/:needId/resource-lines/:lineId': COORDINATORS,
  'DELETE /api/v1/organizations/:orgId/needs/:needId/resource-lines/:lineId': COORDINATORS,
  'POST /api/v1/organizations/:orgId/needs/:needId/follow-ups': STAFF,
  'GET /api/v1/organizations/:orgId/matching-settings': STAFF,
  'PATCH /api/v1/organizations/:orgId/matching-settings': ADMINS,
  'GET /api/v1/organizations/:orgId/needs/:needId/candidates': COORDINATORS,
  'GET /api/v1/organizations/:orgId/needs/:needId/proposals': STAFF,
  'POST /api/v1/organizations/:orgId/needs/:needId/proposals': COORDINATORS,
  'POST /api/v1/organizations/:orgId/needs/:needId/proposals/:proposalId/answer': COORDINATORS,
  'POST /api/v1/organizations/:orgId/needs/:needId/proposals/:proposalId/confirm': COORDINATORS,
  'POST /api/v1/organizations/:orgId/needs/:needId/proposals/:proposalId/withdraw': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/settings': STAFF,
  'PUT /api/v1/organizations/:orgId/attendance/settings': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/sites': STAFF,
  'PUT /api/v1/organizations/:orgId/attendance/sites/:opportunityId': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/sites/:opportunityId/places': STAFF,
  'POST /api/v1/organizations/:orgId/attendance/sites/:opportunityId/places': COORDINATORS,
  'PUT /api/v1/organizations/:orgId/attendance/sites/:opportunityId/places/:placeId': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/site-codes': STAFF,
  'GET /api/v1/organizations/:orgId/attendance/sites/:opportunityId/poster-code': STAFF,
  'POST /api/v1/organizations/:orgId/attendance/sites/:opportunityId/poster-code/reissue': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/sites/:opportunityId/poster.svg': STAFF,
  'GET /api/v1/organizations/:orgId/attendance/personal-codes/:volunteerId': COORDINATORS,
  'POST /api/v1/organizations/:orgId/attendance/personal-codes/:volunteerId/renew': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/cases': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/records': STAFF,
  'POST /api/v1/organizations/:orgId/attendance/records': COORDINATORS,
  'POST /api/v1/organizations/:orgId/attendance/records/approve': COORDINATORS,
  'GET /api/v1/organizations/:orgId/attendance/records/:recordId': STAFF,
  'POST /api/v1/organizations/:orgId/attendance/records/:recordId/approve': COORDINATORS,
  'POST /api/v1/organizations/:orgId/attendance/records/:recordId/reject': COORDINATORS,
  'POST /api/v1/organizations/:orgId/attendance/records/:recordId/correct': COORDINATORS,
  'GET /api/v1/organizations/:orgId/volunteers/:volunteerId/service-record': STAFF,
  'GET /api/v1/organizations/:orgId/volunteers/:volunteerId/certificates': STAFF,
  'POST /api/v1/organizations/:orgId/volunteers/:volunteerId/certificates': COORDINATORS,
  'GET /api/v1/organizations/:orgId/certificates/:certificateId/pdf': STAFF,
  'POST /api/v1/organizations/:orgId/certificates/:certificateId/revoke': COORDINATORS,
  'GET /api/v1/organizations/:orgId/certificate-settings': STAFF,
  'PATCH /api/v1/organizations/:orgId/certificate-settings': ADMINS,
  'PUT /api/v1/organizations/:orgId/certificate-seal': ADMINS,
  'GET /api/v1/organizations/:orgId/certificate-seal': STAFF,
  'GET /api/v1/organizations/:orgId/ledger/rules': STAFF,
  'PUT /api/v1/organizations/:orgId/ledger/rules': COORDINATORS,
  'GET /api/v1/organizations/:orgId/ledger/accounts': STAFF,
  'POST /api/v1/organizations/:orgId/ledger/accounts': COORDINATORS,
  'GET /api/v1/organizations/:orgId/ledger/accounts/:accountId': STAFF,
  'GET /api/v1/organizations/:orgId/ledger/accounts/:accountId/statement': STAFF,
  'GET /api/v1/organizations/:orgId/ledger/accounts/:accountId/balance': STAFF,
  'GET /api/v1/organizations/:orgId/ledger/transfers': STAFF,
  'GET /api/v1/organizations/:orgId/ledger/transfers/:transferId': STAFF,
  'POST /api/v1/organizations/:orgId/ledger/transfers/:transferId/reversal': COORDINATORS,
  'POST /api/v1/organizations/:orgId/ledger/spends': COORDINATORS,
  'POST /api/v1/organizations/:orgId/ledger/gifts': COORDINATORS,
  'POST /api/v1/organizations/:orgId/ledger/donations': COORDINATORS,
  'POST /api/v1/organizations/:orgId/ledger/adjustments': COORDINATORS,
  'POST /api/v1/organizations/:orgId/ledger/transfer-batches': COORDINATORS,
  'GET /api/v1/organizations/:orgId/ledger/beneficiaries': STAFF,
  'POST /api/v1/organizations/:orgId/ledger/beneficiaries': COORDINATORS,
  'GET /api/v1/organizations/:orgId/ledger/reconciliation': COORDINATORS,
  'POST /api/v1/organizations/:orgId/ledger/expiry-runs': COORDINATORS,
};

const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/v1/setup',
  'POST /api/v1/setup',
  'GET /api/v1/session',
  'POST /api/v1/session',
  'DELETE /api/v1/session',
  'GET /api/v1/invitations/:token',
  'POST /api/v1/invitations/:token/accept',
  'POST /api/v1/password-resets',
  'GET /api/v1/password-resets/:token',
  'POST /api/v1/password-resets/:token',
  'GET /api/v1/organizations/:orgId/registration-form',
  'POST /api/v1/organizations/:orgId/registrations',
  'GET /api/v1/catalogue/opportunities',
  'GET /api/v1/catalogue/map-settings',
  'GET /api/v1/catalogue/opportunities/:opportunityId',
  'GET /api/v1/organizations/:orgId/opportunities.ics',
  'GET /api/v1/calendar/:token',
  'GET /api/v1/organizations/:orgId/need-request-form',
  'POST /api/v1/organizations/:orgId/need-requests',
  'GET /api/v1/proposals/:token',
  'POST /api/v1/proposals/:token',
  'GET /api/v1/certificates/verify/:number',
];
const SIGNED_IN_ROUTES = [
  'PUT /api/v1/session/active-organization',
  'PATCH /api/v1/me/preferences',
  'PUT /api/v1/me/password',
  'GET /api/v1/me/volunteer-profiles',
  'PATCH /api/v1/me/volunteer-profiles/:volunteerId',
  'POST /api/v1/me/volunteer-profiles/:volunteerId/consents',
  'POST /api/v1/shifts/:shiftId/signups',
  'GET /api/v1/me/signups',
  'POST /api/v1/me/signups/:signupId/cancel',
  'GET /api/v1/me/calendar-feed',
  'POST /api/v1/me/calendar-feed',
  'GET /api/v1/me/need-follow-ups',
  'POST /api/v1/me/need-follow-ups',
  'GET /api/v1/me/proposals',
  'PUT /api/v1/attendance/scans/:scanId',
  'GET /api/v1/me/attendance',
  'GET /api/v1/me/attendance-codes',
  'GET /api/v1/me/attendance-codes/:volunteerId',
  'POST /api/v1/me/attendance-codes/:volunteerId/renew',
  'POST /api/v1/me/proposals/:proposalId/answer',
  'GET /api/v1/me/service-record',
  'GET /api/v1/me/certificates',
  'GET /api/v1/me/certificates/:certificateId/pdf',
  'GET /api/v1/me/passbook',
  'GET /api/v1/me/passbook/accounts/:accountId/statement',
  'GET /api/v1/me/passbook/accounts/:accountId/statement.pdf',
];

const PASSWORD = 'matrix-password-1';
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000001';

describe('authorization matrix', () => {
  let t: TestApp;
  let ownOrg: string;
  let otherOrg: string;
  const clients = new Map<TRole, TestClient>();

  beforeAll(async () => {
    t = await createTestApp();
    ({ orgId: ownOrg } = await setUpFirstOrganization(t.app));
    const db = t.database.db;
    const other = await createOrganization(
      db,
      { name: 'Other', kind: 'npo', locale: 'en', timeZone: 'UTC', fiscalYearStartMonth: 1, runsNetwork: true },
      { accountId: null },
    );
    otherOrg = other.id;
    for (const role of ROLES) {
      const account = await createAccount(db, {
        name: role,
        email: `${role}@matrix.test`,
        password: PASSWORD,
        locale: 'en',
      });
      await addMembershipDirectly(db, ownOrg, account.id, role);
      const client = new TestClient(t.app);
      await client.signIn(`${role}@matrix.test`, PASSWORD);
      clients.set(role, client);
    }
  });
  afterAll(() => t.close());

  const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
  const urlFor = (url: string, orgId: string) =>
    url
      .replace(':orgId', orgId)
      .replace(':token', 'x'.repeat(43))
      .replace(/:[a-zA-Z]+Id\b/g, UNKNOWN_ID);

  it('covers every API route: each is public, personal, or an organization action in the table', () => {
    const inventory = t.app.routeInventory;
    const byKind = (kind: string) =>
      inventory
        .filter((r) => r.access.kind === kind)
        .map(key)
        .sort();
    expect(byKind('org')).toEqual(Object.keys(EXPECTED).sort());
    expect(byKind('public')).toEqual([...PUBLIC_ROUTES].sort());
    expect(byKind('signed_in')).toEqual([...SIGNED_IN_ROUTES].sort());
  });

  it('allows exactly the expected roles in their own organization', async () => {
    const mismatches: string[] = [];
    for (const route of t.app.routeInventory.filter((r) => r.access.kind === 'org')) {
      for (const role of ROLES) {
        const response = await clients
          .get(role)!
          .request(route.method as 'GET', urlFor(route.url, ownOrg), route.method === 'GET' ? undefined : {});
        const allowed = EXPECTED[key(route)].includes(role);
        const denied = response.statusCode === 403 && response.json().error.code === 'FORBIDDEN';
        if (allowed === denied || response.statusCode === 401) {
          mismatches.push(`${role} ${key(route)} → ${response.statusCode}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);

  it('refuses every role in an organization they do not belong to', async () => {
    const leaks: string[] = [];
    for (const route of t.app.routeInventory.filter((r) => r.access.kind === 'org')) {
      for (const role of ROLES) {
        const response = await clients
          .get(role)!
          .request(route.method as 'GET', urlFor(route.url, otherOrg), route.method === 'GET' ? undefined : {});
        if (response.statusCode !== 403) leaks.push(`${role} ${key(route)} → ${response.statusCode}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 180_000);

  it('asks anonymous callers to sign in for every organization and personal route', async () => {
    const anonymous = new TestClient(t.app);
    const wrong: string[] = [];
    for (const route of t.app.routeInventory.filter((r) => r.access.kind !== 'public')) {
      const response = await anonymous.request(
        route.method as 'GET',
        urlFor(route.url, ownOrg),
        route.method === 'GET' ? undefined : {},
      );
      if (response.statusCode !== 401) wrong.push(`${key(route)} → ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });
});
