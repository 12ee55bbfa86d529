import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../modules/ledger/statements.service';
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
  }, 180_000);

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

  it('fills the council’s resource directory with services, places and opening hours', async () => {
    const coordinator = new TestClient(t.app);
    const session = await coordinator.signIn('welfare@musubino.example.org', DEMO_PASSWORD);
    const orgId = session.memberships.find((m) => m.role === 'coordinator')!.orgId;
    const base = `/api/v1/organizations/${orgId}/directory`;
    const organizations = (await coordinator.get(`${base}/organizations?limit=100`)).json().organizations;
    expect(organizations.length).toBeGreaterThanOrEqual(15);
    const tuesdayInVietnamese = (await coordinator.get(`${base}/services?openOn=TU&language=vi`)).json().services;
    expect(tuesdayInVietnamese.map((s: { name: string }) => s.name)).toContain('外国人相談窓口');
    const monthly = (await coordinator.get(`${base}/services?category=child_family&openOn=SA`)).json().services;
    expect(monthly.map((s: { name: string }) => s.name)).toContain('こども食堂（昼ごはん）');
  });

  it('publishes the network’s activities with weekly shifts in the public catalogue', async () => {
    const visitor = new TestClient(t.app);
    const catalogue = (await visitor.get('/api/v1/catalogue/opportunities?limit=50')).json();
    expect(catalogue.total).toBeGreaterThanOrEqual(6);
    const trials = (await visitor.get('/api/v1/catalogue/opportunities?trial=true')).json();
    expect(trials.entries.length).toBeGreaterThanOrEqual(3);
    expect(trials.entries.every((e: { upcomingShiftCount: number }) => e.upcomingShiftCount > 0)).toBe(true);
  });

  it('fills the council’s case board: needs across the lifecycle, follow-ups due, a referral and sensitive notes', async () => {
    const coordinator = new TestClient(t.app);
    const session = await coordinator.signIn('welfare@musubino.example.org', DEMO_PASSWORD);
    const orgId = session.memberships.find((m) => m.role === 'coordinator')!.orgId;
    const base = `/api/v1/organizations/${orgId}`;
    const counts = (await coordinator.get(`${base}/needs/counts`)).json().counts;
    expect(Object.values(counts).reduce((a: number, b) => a + (b as number), 0)).toBeGreaterThanOrEqual(12);
    expect(Object.entries(counts).filter(([, n]) => (n as number) > 0).length).toBeGreaterThanOrEqual(8);
    const due = (await coordinator.get(`${base}/needs/follow-ups-due`)).json().needs;
    expect(due.length).toBeGreaterThanOrEqual(2);
    const closed = (await coordinator.get(`${base}/needs?status=closed`)).json().needs;
    const referred = closed.find((n: { closureReason: string }) => n.closureReason === 'referred_elsewhere');
    const need = (await coordinator.get(`${base}/needs/${referred.id}`)).json();
    expect(need.resourceLines[0]).toMatchObject({ kind: 'referral', status: 'accepted' });
    const [inProgress] = (await coordinator.get(`${base}/needs?status=in_progress`)).json().needs;
    const shopping = (await coordinator.get(`${base}/needs/${inProgress.id}`)).json();
    expect(shopping.resourceLines).toEqual([
      expect.objectContaining({ kind: 'volunteer_time', status: 'confirmed', volunteerName: expect.any(String) }),
    ]);
    const withNotes = await Promise.all(
      (await coordinator.get(`${base}/needs?limit=50`))
        .json()
        .needs.map(
          async (n: { id: string }) => (await coordinator.get(`${base}/needs/${n.id}`)).json().sensitiveNoteCount,
        ),
    );
    expect(withNotes.filter((count) => count > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('asks the best candidates for the flood clean-up (one said yes) and leaves a need in matching to rank', async () => {
    const coordinator = new TestClient(t.app);
    const session = await coordinator.signIn('welfare@musubino.example.org', DEMO_PASSWORD);
    const orgId = session.memberships.find((m) => m.role === 'coordinator')!.orgId;
    const base = `/api/v1/organizations/${orgId}`;
    const [cleanup] = (await coordinator.get(`${base}/needs?q=${encodeURIComponent('災害後の片付け')}`)).json().needs;
    expect(cleanup.status).toBe('proposed');
    const { proposals } = (await coordinator.get(`${base}/needs/${cleanup.id}/proposals`)).json();
    expect(proposals.map((p: { status: string }) => p.status).sort()).toEqual(['accepted', 'proposed']);
    expect(proposals.every((p: { rank: number | null }) => p.rank !== null)).toBe(true);
    const [visitor] = (await coordinator.get(`${base}/needs?status=matching`)).json().needs;
    const ranked = (await coordinator.get(`${base}/needs/${visitor.id}/candidates?limit=5`)).json();
    expect(ranked.candidates.length).toBeGreaterThan(0);
    expect(ranked.candidates[0].explanation.length).toBeGreaterThan(0);
  });

  it('holds a week of attendance: most approved and credited, a few waiting in the approval queue, one for a case', async () => {
    const coordinator = new TestClient(t.app);
    const session = await coordinator.signIn('coordinator@musubino.example.org', DEMO_PASSWORD);
    const orgId = session.memberships.find((m) => m.role === 'coordinator')!.orgId;
    const base = `/api/v1/organizations/${orgId}/attendance`;
    const pending = (await coordinator.get(`${base}/records`)).json().records;
    expect(pending.length).toBeGreaterThanOrEqual(3);
    const flags = new Set(pending.flatMap((r: { flags: string[] }) => r.flags));
    for (const flag of ['late_arrival', 'no_clock_out', 'outside_geofence']) expect(flags).toContain(flag);
    const approved = (await coordinator.get(`${base}/records?status=approved`)).json().records;
    expect(approved.length).toBeGreaterThanOrEqual(3);
    expect(approved.every((r: { ledgerTransferId: string | null }) => r.ledgerTransferId)).toBe(true);
    const volunteer = new TestClient(t.app);
    await volunteer.signIn('volunteer@musubino.example.org', DEMO_PASSWORD);
    expect((await volunteer.get('/api/v1/me/attendance')).json().records.length).toBeGreaterThan(0);

    // At the council, a home visit entered for one of its cases names the case and waits in the queue.
    const council = new TestClient(t.app);
    const councilSession = await council.signIn('welfare@musubino.example.org', DEMO_PASSWORD);
    const councilId = councilSession.memberships.find((m) => m.role === 'coordinator')!.orgId;
    const queue = (await council.get(`/api/v1/organizations/${councilId}/attendance/records`)).json().records;
    const visits = queue.filter((r: { needNumber: string | null }) => r.needNumber !== null);
    expect(visits).toEqual([expect.objectContaining({ methodIn: 'coordinator', needTitle: expect.any(String) })]);
  });

  it('runs the watch-over NPO’s time bank: the demo volunteer’s passbook has credits, and the ledger reconciles', async () => {
    const volunteer = new TestClient(t.app);
    await volunteer.signIn('volunteer@musubino.example.org', DEMO_PASSWORD);
    const passbook = (await volunteer.get('/api/v1/me/passbook')).json();
    const [entry] = passbook.accounts.filter(
      (a: { organizationName: string; account: { ownerKind: string } }) =>
        a.account.ownerKind === 'member' && a.organizationName.includes('見守り'),
    );
    expect(entry.account.balance).toBeGreaterThan(0);
    const statement = (await volunteer.get(`/api/v1/me/passbook/accounts/${entry.account.id}/statement`)).json();
    const kinds = new Set(statement.lines.map((l: { kind: string }) => l.kind));
    for (const kind of ['earn', 'spend', 'gift', 'donate', 'reverse']) expect(kinds).toContain(kind);
    expect(statement.closingBalance).toBe(entry.account.balance);
    const result = await reconcile(t.database.db, entry.orgId);
    expect(result.ok).toBe(true);
    expect(result.transferCount).toBeGreaterThan(50);
  });
});
