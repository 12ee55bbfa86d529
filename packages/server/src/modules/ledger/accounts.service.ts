import {
  readingKey,
  type TLedgerAccount,
  type TLedgerAccountListResponse,
  type TLedgerOwnerKind,
  type TLedgerUnit,
  type TOpenLedgerAccountRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { requireRecipient } from '../needs';
import { volunteerBasics } from '../volunteers';
import * as repo from './ledger.repository';
import { getLedgerRules } from './rules.service';

/** The organization's own accounts of a unit (created on first use). */
export interface SystemAccounts {
  pool: repo.AccountRow;
  donation: repo.AccountRow;
  issuance: repo.AccountRow;
}

export async function systemAccounts(
  db: Db,
  orgId: string,
  unit: TLedgerUnit,
  poolFloor: number,
): Promise<SystemAccounts> {
  return {
    pool: await repo.ensureSystemAccount(db, orgId, unit, 'pool', poolFloor),
    donation: await repo.ensureSystemAccount(db, orgId, unit, 'donation', 0),
    issuance: await repo.ensureSystemAccount(db, orgId, unit, 'issuance', null),
  };
}

/** Names of the people behind accounts (volunteers and recipients), keyed by account id. */
export async function holderNames(db: Db, orgId: string, accounts: repo.AccountRow[]): Promise<Map<string, string>> {
  const volunteerIds = [...new Set(accounts.map((a) => a.volunteerId).filter((id): id is string => !!id))];
  const volunteers = await volunteerBasics(db, orgId, volunteerIds);
  const recipients = new Map<string, string>();
  for (const id of new Set(accounts.map((a) => a.recipientId).filter((id): id is string => !!id))) {
    recipients.set(id, (await requireRecipient(db, orgId, id)).name);
  }
  const names = new Map<string, string>();
  for (const account of accounts) {
    const name = account.volunteerId
      ? volunteers.get(account.volunteerId)?.name
      : account.recipientId
        ? recipients.get(account.recipientId)
        : undefined;
    if (name) names.set(account.id, name);
  }
  return names;
}

export function toAccount(row: repo.AccountRow, names: Map<string, string>): TLedgerAccount {
  return {
    id: row.id,
    unit: row.unit,
    ownerKind: row.ownerKind,
    volunteerId: row.volunteerId,
    recipientId: row.recipientId,
    holderName: names.get(row.id) ?? null,
    balance: row.balance,
    floor: row.floor,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function requireAccount(db: Db, orgId: string, id: string): Promise<repo.AccountRow> {
  const row = await repo.findAccount(db, orgId, id);
  if (!row) throw new AppError('LEDGER_ACCOUNT_NOT_FOUND');
  return row;
}

export async function getAccount(db: Db, orgId: string, id: string): Promise<TLedgerAccount> {
  const row = await requireAccount(db, orgId, id);
  return toAccount(row, await holderNames(db, orgId, [row]));
}

/** Every account with its balance; `search` matches the holder's name or reading. */
export async function listLedgerAccounts(
  db: Db,
  orgId: string,
  query: { search?: string; ownerKind?: TLedgerOwnerKind },
): Promise<TLedgerAccountListResponse> {
  const rules = await getLedgerRules(db, orgId);
  await systemAccounts(db, orgId, 'hours', rules.poolFloorMinutes);
  const rows = await repo.listAccounts(db, orgId, { ownerKind: query.ownerKind });
  const names = await holderNames(db, orgId, rows);
  const needle = query.search?.trim().toLowerCase();
  const key = needle ? readingKey(needle) : null;
  const accounts = rows.map((row) => toAccount(row, names));
  return {
    accounts: needle
      ? accounts.filter((a) => {
          const name = a.holderName?.toLowerCase() ?? '';
          return name.includes(needle) || (key !== null && key !== '' && (readingKey(name) ?? '').includes(key));
        })
      : accounts,
  };
}

/** Opens (or finds) the member account of a volunteer or the account of a recipient. */
export async function openLedgerAccount(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TOpenLedgerAccountRequest,
): Promise<{ account: TLedgerAccount; created: boolean }> {
  return db.transaction(async (tx) => {
    let holder: Parameters<typeof repo.ensureHolderAccount>[3];
    if ('recipientId' in input) {
      await requireRecipient(tx, orgId, input.recipientId);
      holder = { ownerKind: 'recipient', recipientId: input.recipientId };
    } else {
      if (!(await volunteerBasics(tx, orgId, [input.volunteerId])).has(input.volunteerId)) {
        throw new AppError('VOLUNTEER_NOT_FOUND');
      }
      holder = { ownerKind: input.restricted ? 'member_restricted' : 'member', volunteerId: input.volunteerId };
    }
    const { row, created } = await repo.ensureHolderAccount(tx, orgId, 'hours', holder);
    if (created) {
      await recordAudit(tx, {
        orgId,
        actorAccountId: actor.accountId,
        action: 'LEDGER_ACCOUNT_OPENED',
        targetType: 'ledger_account',
        targetId: row.id,
        summary: { ownerKind: row.ownerKind },
        requestId: actor.requestId,
      });
    }
    return { account: toAccount(row, await holderNames(tx, orgId, [row])), created };
  });
}
