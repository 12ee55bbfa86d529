import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpFirstOrganization, type TestApp, type TestClient } from '../../test/test-app';
import { addMembershipDirectly } from '../people';
import { createOrganization } from '.';

describe('organization profile, network and dashboard', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
  });
  afterAll(() => t.close());

  it('updates the profile, normalizing postal code and phone, and audits what changed', async () => {
    const response = await admin.patch(`/api/v1/organizations/${orgId}`, {
      postalCode: '1000001',
      phone: '03-5555-0101',
      address: '結び野市中央1-2-3',
      fiscalYearStartMonth: 4,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      postalCode: '100-0001',
      phone: '0355550101',
      address: '結び野市中央1-2-3',
    });
    const [entry] = (await admin.get(`/api/v1/organizations/${orgId}/audit-entries?limit=1`)).json().entries;
    expect(entry.action).toBe('ORGANIZATION_UPDATED');
    expect(Object.keys(entry.summary.changed).sort()).toEqual(['address', 'phone', 'postalCode']);
  });

  it('rejects a bad postal code and leaves the profile as it was', async () => {
    const response = await admin.patch(`/api/v1/organizations/${orgId}`, { postalCode: '12-34', name: 'Renamed' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ path: 'postalCode', code: 'invalid_format' }),
    ]);
    expect((await admin.get(`/api/v1/organizations/${orgId}`)).json().name).toBe('結び野市ボランティアセンター');
  });

  it('lets the network administrator add a member organization and invite its administrator', async () => {
    const response = await admin.post(`/api/v1/organizations/${orgId}/network/members`, {
      organization: {
        name: 'NPO法人 むすびの見守りネット',
        kind: 'npo',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
      },
      adminEmail: 'mimamori@example.org',
      adminName: '高橋 美咲',
    });
    expect(response.statusCode).toBe(201);
    const member = response.json();
    const network = (await admin.get(`/api/v1/organizations/${orgId}/network`)).json();
    expect(network.members).toEqual([
      expect.objectContaining({ id: member.id, name: 'NPO法人 むすびの見守りネット', memberCount: 1 }),
    ]);
    // The hub's network admin is not a member of the new organization: no access to its data.
    expect((await admin.get(`/api/v1/organizations/${member.id}/members`)).statusCode).toBe(403);
    const hubAudit = (await admin.get(`/api/v1/organizations/${orgId}/audit-entries?limit=1`)).json().entries[0];
    expect(hubAudit).toMatchObject({ action: 'NETWORK_MEMBER_ADDED', targetId: member.id });
    const dashboard = (await admin.get(`/api/v1/organizations/${orgId}/dashboard`)).json();
    expect(dashboard.networkMemberCount).toBe(1);
  });

  it('adds an existing account as administrator of a new member organization and tells them by mail', async () => {
    const response = await admin.post(`/api/v1/organizations/${orgId}/network/members`, {
      organization: {
        name: '結び野精機 CSR推進室',
        kind: 'company',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
      },
      adminEmail: 'mimamori@example.org',
      adminName: '高橋 美咲',
    });
    expect(response.statusCode).toBe(201);
    const members = (await admin.get(`/api/v1/organizations/${orgId}/network`)).json().members;
    expect(members.map((m: { name: string }) => m.name).sort()).toEqual([
      'NPO法人 むすびの見守りネット',
      '結び野精機 CSR推進室',
    ]);
  });

  it("lets a member organization's coordinator see the network's other organizations, to refer a case", async () => {
    const network = (await admin.get(`/api/v1/organizations/${orgId}/network`)).json();
    const npo = network.members.find((m: { kind: string }) => m.kind === 'npo');
    const me = (await admin.get('/api/v1/session')).json().account.id;
    await addMembershipDirectly(t.database.db, npo.id, me, 'coordinator');
    const peers = await admin.get(`/api/v1/organizations/${npo.id}/network/peers`);
    expect(peers.statusCode).toBe(200);
    expect(peers.json().organizations).toEqual([
      expect.objectContaining({ name: '結び野市ボランティアセンター', runsNetwork: true }),
      expect.objectContaining({ name: '結び野精機 CSR推進室', kind: 'company', runsNetwork: false }),
    ]);
    const fromHub = (await admin.get(`/api/v1/organizations/${orgId}/network/peers`)).json().organizations;
    expect(fromHub.map((o: { id: string }) => o.id)).not.toContain(orgId);
    expect(fromHub).toHaveLength(2);
  });

  it('shows the dashboard with member counts and the current fiscal year (April start)', async () => {
    const dashboard = (await admin.get(`/api/v1/organizations/${orgId}/dashboard`)).json();
    expect(dashboard.memberCounts).toEqual([{ role: 'network_admin', count: 1 }]);
    expect(dashboard.currentFiscalYear.start).toMatch(/^\d{4}-04-01$/);
    expect(dashboard.currentFiscalYear.end).toMatch(/^\d{4}-03-31$/);
  });

  it('refuses network pages to a network administrator of an organization that runs no network', async () => {
    const db = t.database.db;
    const plain = await createOrganization(
      db,
      { name: 'Plain NPO', kind: 'npo', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
      { accountId: null },
    );
    const me = (await admin.get('/api/v1/session')).json().account.id;
    await addMembershipDirectly(db, plain.id, me, 'network_admin');
    expect((await admin.get(`/api/v1/organizations/${plain.id}/network`)).statusCode).toBe(403);
    expect((await admin.get(`/api/v1/organizations/${plain.id}/dashboard`)).json().networkMemberCount).toBeNull();
  });

  it('does not change whether the organization runs a network through the profile', async () => {
    const response = await admin.patch(`/api/v1/organizations/${orgId}`, { runsNetwork: false });
    expect(response.statusCode).toBe(400);
    expect((await admin.get(`/api/v1/organizations/${orgId}`)).json().runsNetwork).toBe(true);
  });
});

describe('health and API description', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database kind and version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
      version: 'test',
    });
  });

  it('describes every operation in OpenAPI 3, tagged with its module', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const modules = [
      'system',
      'setup',
      'people',
      'organizations',
      'network',
      'audit',
      'outbox',
      'participation',
      'volunteers',
      'insurance',
      'directory',
      'opportunities',
      'signups',
      'needs',
      'matching',
      'attendance',
      'certificates',
      'ledger',
    ];
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { tags?: string[] }>).map(([method, op]) => ({
        path,
        method,
        tags: op.tags,
      })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(operations.filter((op) => op.tags?.length !== 1 || !modules.includes(op.tags[0]))).toEqual([]);
    expect(doc.paths['/api/v1/setup'].post.requestBody.content['application/json'].schema.properties).toHaveProperty(
      'admin',
    );
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown API paths with a JSON 404, not the web app', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'ja' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'お探しのページまたはデータが見つかりません。',
    });
  });
});
