import type { TAccount, TLocale, TSessionMembership, TUpdatePreferencesRequest } from '@musubi/shared';
import { ZEmail, ZPhone } from '@musubi/shared';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../platform/auth/password';
import type { Db } from '../../platform/db/client';
import { uniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors/app-error';
import { describeOrganizations } from '../organizations';
import * as repo from './people.repository';

export function toAccount(row: repo.AccountRow): TAccount {
  return {
    id: row.id,
    name: row.name,
    nameReading: row.nameReading,
    email: row.email,
    phone: row.phone,
    locale: row.locale as TLocale,
    largeText: row.largeText,
  };
}

export interface NewAccount {
  name: string;
  nameReading?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Omitted for invited people, who set it themselves. */
  password?: string;
  /** Pre-computed hash (the demo seeds hundreds of accounts with one password). */
  passwordHash?: string;
  locale: TLocale;
  largeText?: boolean;
}

/** Creates an account; e-mail and phone are unique across all organizations. */
export async function createAccount(tx: Db, input: NewAccount): Promise<repo.AccountRow> {
  if (input.email && (await repo.findAccountByEmail(tx, input.email))) throw new AppError('ACCOUNT_EMAIL_TAKEN');
  if (input.phone && (await repo.findAccountByPhone(tx, input.phone))) throw new AppError('ACCOUNT_PHONE_TAKEN');
  try {
    return await repo.insertAccount(tx, {
      name: input.name,
      nameReading: input.nameReading || null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      passwordHash: input.passwordHash ?? (input.password ? await hashPassword(input.password) : null),
      locale: input.locale,
      largeText: input.largeText ?? false,
    });
  } catch (err) {
    // A concurrent registration with the same address won the race.
    const constraint = uniqueViolation(err);
    if (constraint === 'account_email_key') throw new AppError('ACCOUNT_EMAIL_TAKEN');
    if (constraint === 'account_phone_key') throw new AppError('ACCOUNT_PHONE_TAKEN');
    throw err;
  }
}

export const findAccountByEmail = repo.findAccountByEmail;

/** Finds the account for an e-mail address or phone number as typed at sign-in. */
export async function findByIdentifier(db: Db, identifier: string): Promise<repo.AccountRow | undefined> {
  const email = ZEmail.safeParse(identifier);
  if (email.success) return repo.findAccountByEmail(db, email.data);
  const phone = ZPhone.safeParse(identifier);
  if (phone.success) return repo.findAccountByPhone(db, phone.data);
  return undefined;
}

/** Checks an identifier and password; the same error (and about the same time) whatever was wrong. */
export async function authenticate(db: Db, identifier: string, password: string): Promise<repo.AccountRow> {
  const account = await findByIdentifier(db, identifier);
  const ok = account?.passwordHash
    ? await verifyPassword(account.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!account || !ok) throw new AppError('AUTH_INVALID_CREDENTIALS');
  return account;
}

/** The account and its memberships, with each organization's name and network role. */
export async function loadPrincipal(
  db: Db,
  accountId: string,
): Promise<{ account: TAccount; memberships: TSessionMembership[] } | null> {
  const account = await repo.findAccountById(db, accountId);
  if (!account) return null;
  const memberships = await repo.listMembershipsOfAccount(db, accountId);
  const orgs = await describeOrganizations(
    db,
    memberships.map((m) => m.orgId),
  );
  return {
    account: toAccount(account),
    memberships: memberships
      .map((m) => ({
        orgId: m.orgId,
        orgName: orgs.get(m.orgId)?.name ?? '',
        role: m.role,
        isNetworkHub: orgs.get(m.orgId)?.runsNetwork ?? false,
      }))
      .sort((a, b) => a.orgName.localeCompare(b.orgName, account.locale)),
  };
}

export async function updatePreferences(
  db: Db,
  accountId: string,
  input: TUpdatePreferencesRequest,
): Promise<TAccount> {
  return toAccount(await repo.updateAccountById(db, accountId, input));
}

export async function setPassword(db: Db, accountId: string, password: string): Promise<void> {
  await repo.updateAccountById(db, accountId, { passwordHash: await hashPassword(password) });
}
