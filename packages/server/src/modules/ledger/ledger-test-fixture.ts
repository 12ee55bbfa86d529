import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client';
import { setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { addMembershipDirectly, createAccount } from '../people';
import { insertVolunteer } from '../volunteers';

const PASSWORD = 'ledger-test-password';

/** An organization with a coordinator, a staff member and signed-in volunteers with records, for ledger tests. */
export async function ledgerFixture(t: TestApp, volunteerCount = 3) {
  const { admin, orgId } = await setUpFirstOrganization(t.app);
  const base = `/api/v1/organizations/${orgId}`;
  const clients = new Map<string, TestClient>();
  for (const role of ['coordinator', 'staff'] as const) {
    const account = await createAccount(t.database.db, {
      name: `${role} 担当`,
      email: `${role}@ledger.test`,
      password: PASSWORD,
      locale: 'ja',
    });
    await addMembershipDirectly(t.database.db, orgId, account.id, role);
    const client = new TestClient(t.app);
    await client.signIn(`${role}@ledger.test`, PASSWORD);
    clients.set(role, client);
  }
  const volunteers: { id: string; accountId: string; client: TestClient; name: string }[] = [];
  for (let i = 0; i < volunteerCount; i++) {
    const email = `member${i}@ledger.test`;
    const name = `会員 ${i}`;
    const account = await createAccount(t.database.db, { name, email, password: PASSWORD, locale: 'ja' });
    await addMembershipDirectly(t.database.db, orgId, account.id, 'volunteer');
    const row = await t.database.db.transaction((tx) =>
      insertVolunteer(tx, orgId, {
        fields: { name },
        consents: [],
        registeredVia: 'self',
        recorder: { accountId: account.id, requestId: 'test', self: true },
        accountId: account.id,
        status: 'active',
        refuseDuplicates: false,
      }),
    );
    const client = new TestClient(t.app);
    await client.signIn(email, PASSWORD);
    volunteers.push({ id: row.id, accountId: account.id, client, name });
  }
  const coordinator = clients.get('coordinator')!;

  async function createRecipient(name: string, birthDate: string | null): Promise<string> {
    const response = await coordinator.post(`${base}/recipients`, {
      name,
      ...(birthDate ? { birthDate } : {}),
      consents: [{ purpose: 'record_keeping', granted: true, method: 'phone' }],
    });
    if (response.statusCode !== 201) throw new Error(`recipient: ${response.body}`);
    return response.json().id;
  }

  async function openAccount(body: Record<string, unknown>): Promise<string> {
    const response = await coordinator.post(`${base}/ledger/accounts`, body);
    if (response.statusCode >= 300) throw new Error(`account: ${response.body}`);
    return response.json().id;
  }

  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0].n;

  return {
    admin,
    orgId,
    base,
    ledger: `${base}/ledger`,
    coordinator,
    staff: clients.get('staff')!,
    volunteers,
    createRecipient,
    openAccount,
    count,
  };
}
