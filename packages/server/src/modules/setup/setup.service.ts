import { type TLocale, type TRole, type TSetupRequest, ZEmail, ZPassword } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { createOrganization, hasAnyOrganization, listAllOrganizations } from '../organizations';
import { addMembershipDirectly, createAccount, findAccountByEmail, setMembershipRole, setPassword } from '../people';

/** Arbitrary constant for the advisory lock that serializes first-run setup. */
const SETUP_LOCK = 72_011_001;

export const isSetupNeeded = async (db: Db) => !(await hasAnyOrganization(db));

/**
 * First run: the first organization and its administrator, in one
 * transaction. Refused once any organization exists, even when two browsers
 * submit at the same moment (an advisory lock serializes them).
 */
export async function completeSetup(
  db: Db,
  input: TSetupRequest,
  requestId: string,
): Promise<{ accountId: string; orgId: string }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
    if (await hasAnyOrganization(tx)) throw new AppError('SETUP_ALREADY_DONE');
    if (await findAccountByEmail(tx, input.admin.email)) throw new AppError('ACCOUNT_EMAIL_TAKEN');
    const account = await createAccount(tx, {
      name: input.admin.name,
      nameReading: input.admin.nameReading,
      email: input.admin.email,
      password: input.admin.password,
      locale: input.admin.locale ?? input.organization.locale,
    });
    const org = await createOrganization(tx, input.organization, { accountId: account.id, requestId });
    // The first administrator of a hub also runs its network.
    await addMembershipDirectly(tx, org.id, account.id, org.runsNetwork ? 'network_admin' : 'org_admin');
    return { accountId: account.id, orgId: org.id };
  });
}

/**
 * `musubi create-admin`: makes an account (new, or found by e-mail) the
 * administrator of an organization, for recovery when nobody can sign in.
 */
export async function createAdministrator(
  db: Db,
  input: { email: string; name: string; password?: string; org?: string },
): Promise<{ created: boolean; email: string; role: TRole; orgName: string }> {
  const email = ZEmail.parse(input.email);
  const orgs = await listAllOrganizations(db);
  const org = input.org ? orgs.find((o) => o.id === input.org) : orgs.length === 1 ? orgs[0] : undefined;
  if (!org) {
    throw new Error(
      orgs.length === 0
        ? 'No organization yet: start Musubi and complete the first-run setup in the browser.'
        : `Pass --org with one of: ${orgs.map((o) => `${o.id} (${o.name})`).join(', ')}`,
    );
  }
  return db.transaction(async (tx) => {
    const existing = await findAccountByEmail(tx, email);
    if (!existing && !input.password) throw new Error('A new account needs --password (or MUSUBI_ADMIN_PASSWORD).');
    const password = input.password === undefined ? undefined : ZPassword.parse(input.password);
    const account =
      existing ?? (await createAccount(tx, { name: input.name, email, password, locale: org.locale as TLocale }));
    if (existing && password) await setPassword(tx, existing.id, password);
    const role: TRole = org.runsNetwork ? 'network_admin' : 'org_admin';
    await setMembershipRole(tx, org.id, account.id, role);
    return { created: !existing, email, role, orgName: org.name };
  });
}
