import { calendarDateIn, instantOf } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { newId } from '../../platform/db/ids';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { addMembershipDirectly, createAccount } from '../people';
import { insertVolunteer } from '../volunteers';

/** Test fixtures of the attendance tests: an organization in Tokyo with staff, volunteers, activities and shifts. */

export const PASSWORD = 'attendance-test-password';
export const SITE = { lat: 35.6812, lng: 139.7671 };
const MINUTE = 60_000;

/** A wall-clock time yesterday in Tokyo (always in the past, well inside the 72-hour offline window). */
export function yesterdayAt(hour: number, minute = 0): Date {
  const today = calendarDateIn('Asia/Tokyo');
  const y = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000);
  return instantOf(
    { year: y.getUTCFullYear(), month: y.getUTCMonth() + 1, day: y.getUTCDate(), hour, minute },
    'Asia/Tokyo',
  );
}

export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
export const plusMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);
export const scanId = () => v7();

export interface World {
  t: TestApp;
  orgId: string;
  base: string;
  admin: TestClient;
  coordinator: TestClient;
  staff: TestClient;
  /** A volunteer with a sign-in, and a client signed in as them. */
  person(name?: string): Promise<{ client: TestClient; volunteerId: string; accountId: string }>;
  /** A volunteer record without an account (no phone). */
  volunteer(name?: string): Promise<string>;
  activity(overrides?: Record<string, unknown>): Promise<{ id: string; title: string }>;
  /** A shift of the activity with the volunteers' confirmed sign-ups (written directly: it may lie in the past). */
  shift(opportunityId: string, startsAt: Date, endsAt: Date, volunteerIds: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function createWorld(): Promise<World> {
  const t = await createTestApp();
  const { admin, orgId } = await setUpFirstOrganization(t.app);
  const base = `/api/v1/organizations/${orgId}`;
  const db = t.database.db;
  let serial = 0;

  async function member(role: 'coordinator' | 'staff' | 'volunteer', name: string) {
    serial++;
    const email = `${role}${serial}@attendance.test`;
    const account = await createAccount(db, { name, email, password: PASSWORD, locale: 'en' });
    await addMembershipDirectly(db, orgId, account.id, role);
    const client = new TestClient(t.app);
    await client.signIn(email, PASSWORD);
    return { client, account };
  }

  async function volunteerRow(name: string, accountId: string | null) {
    serial++;
    const row = await db.transaction((tx) =>
      insertVolunteer(tx, orgId, {
        fields: {
          name,
          email: `vol${serial}@attendance.test`,
          preferredChannel: 'email',
          locale: 'en',
          languages: ['ja'],
        },
        consents: [],
        registeredVia: 'on_behalf_of',
        recorder: { accountId: null, requestId: 'test', self: false },
        accountId,
        status: 'active',
        refuseDuplicates: false,
      }),
    );
    return row.id;
  }

  const coordinator = (await member('coordinator', 'コーディネーター 山田')).client;
  const staff = (await member('staff', '受付 鈴木')).client;

  return {
    t,
    orgId,
    base,
    admin,
    coordinator,
    staff,
    async person(name = 'ボランティア') {
      const { client, account } = await member('volunteer', name);
      return { client, accountId: account.id, volunteerId: await volunteerRow(name, account.id) };
    },
    volunteer: (name = '電話のない人') => volunteerRow(name, null),
    async activity(overrides = {}) {
      const response = await admin.post(`${base}/opportunities`, {
        title: `サロン ${++serial}`,
        category: 'elderly',
        address: '結び野市中央1-1',
        location: SITE,
        status: 'published',
        ...overrides,
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json();
    },
    async shift(opportunityId, startsAt, endsAt, volunteerIds) {
      const shiftId = newId();
      const roleId = newId();
      await db.execute(sql`insert into shift (org_id, id, opportunity_id, starts_at, ends_at, signup_closes_at)
        values (${orgId}, ${shiftId}, ${opportunityId}, ${startsAt.toISOString()}, ${endsAt.toISOString()}, ${startsAt.toISOString()})`);
      await db.execute(sql`insert into shift_role (org_id, id, shift_id, name, capacity)
        values (${orgId}, ${roleId}, ${shiftId}, '受付', 10)`);
      for (const volunteerId of volunteerIds) {
        await db.execute(sql`insert into shift_signup (org_id, id, shift_id, role_id, volunteer_id, status, source)
          values (${orgId}, ${newId()}, ${shiftId}, ${roleId}, ${volunteerId}, 'confirmed', 'coordinator')`);
      }
      return shiftId;
    },
    close: () => t.close(),
  };
}
