import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../test/test-app';
import { DEMO_LOGINS, DEMO_PASSWORD, generateDemoNetwork } from './demo-data';
import { seedDemo } from './seed-demo';

describe('demo network seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('fills an empty database once, and every demo login works with the shared password', async () => {
    expect(await seedDemo(t.database.db)).toBe(true);
    expect(await seedDemo(t.database.db)).toBe(false);
    for (const login of DEMO_LOGINS) {
      const session = await new TestClient(t.app).signIn(login.email, DEMO_PASSWORD);
      expect(session.memberships.map((m) => m.role)).toContain(login.role);
    }
  });

  it('builds the network: the hub sees its member organizations and their sizes', async () => {
    const admin = new TestClient(t.app);
    const session = await admin.signIn('admin@musubino.example.org', DEMO_PASSWORD);
    const hub = session.memberships.find((m) => m.isNetworkHub)!;
    const network = (await admin.get(`/api/v1/organizations/${hub.orgId}/network`)).json();
    const expected = generateDemoNetwork().organizations.filter((o) => !o.isHub);
    expect(network.members.map((m: { name: string }) => m.name).sort()).toEqual(expected.map((o) => o.name).sort());
    const total = network.members.reduce((sum: number, m: { memberCount: number }) => sum + m.memberCount, 0);
    expect(total).toBeGreaterThan(250);
  });

  it('fills the volunteer registers: records, insurance, counter-only people and one duplicate to merge', async () => {
    const coordinator = new TestClient(t.app);
    const session = await coordinator.signIn('welfare@musubino.example.org', DEMO_PASSWORD);
    const orgId = session.memberships.find((m) => m.role === 'coordinator')!.orgId;
    const base = `/api/v1/organizations/${orgId}`;
    const list = (await coordinator.get(`${base}/volunteers?limit=200`)).json();
    expect(list.volunteers.length).toBeGreaterThan(30);
    expect(list.volunteers.some((v: { insuredToday: boolean }) => v.insuredToday)).toBe(true);
    expect(list.volunteers.some((v: { registeredVia: string }) => v.registeredVia === 'on_behalf_of')).toBe(true);
    const duplicates = (await coordinator.get(`${base}/volunteer-duplicates`)).json().duplicates;
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].candidates[0]).toMatchObject({ name: '松本 フミ', reasons: ['reading_and_birth_date'] });
  });

  it('publishes the network’s activities with weekly shifts in the public catalogue', async () => {
    const visitor = new TestClient(t.app);
    const catalogue = (await visitor.get('/api/v1/catalogue/opportunities?limit=50')).json();
    expect(catalogue.total).toBeGreaterThanOrEqual(6);
    const trials = (await visitor.get('/api/v1/catalogue/opportunities?trial=true')).json();
    expect(trials.entries.length).toBeGreaterThanOrEqual(3);
    expect(trials.entries.every((e: { upcomingShiftCount: number }) => e.upcomingShiftCount > 0)).toBe(true);
  });
});
