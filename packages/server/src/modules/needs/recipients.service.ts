import {
  readingKey,
  type TCreateRecipientRequest,
  type TRecipient,
  type TRecipientConsent,
  type TRecipientConsentInput,
  type TRecipientDetail,
  type TRecipientListQuery,
  type TRecipientListResponse,
  type TUpdateRecipientRequest,
  ZCreateRecipientRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { keysetPage } from '../../platform/db/keyset-page';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { accountNamesByIds } from '../people';
import { getNeedSettings } from './need-settings.service';
import * as needsRepo from './needs.repository';
import * as repo from './recipients.repository';
import { toNeedSummary } from './views';

function toConsent(row: repo.RecipientConsentRow, names: Map<string, string>): TRecipientConsent {
  return {
    purpose: row.purpose,
    granted: row.granted,
    method: row.method,
    note: row.note,
    wordingVersion: row.wordingVersion,
    recordedAt: row.recordedAt.toISOString(),
    recordedByName: row.recordedBy ? (names.get(row.recordedBy) ?? null) : null,
  };
}

/** The record with its consents (now and history) and how many sensitive notes exist. */
export async function toRecipient(db: Db, row: repo.RecipientRow): Promise<TRecipient> {
  const [history, sensitiveNoteCount] = await Promise.all([
    repo.listRecipientConsents(db, row.orgId, row.id),
    needsRepo.countSensitiveNotes(db, row.orgId, { recipientId: row.id }),
  ]);
  const names = await accountNamesByIds(db, [
    ...new Set([row.createdBy, ...history.map((c) => c.recordedBy)].filter((id): id is string => !!id)),
  ]);
  const latest = new Map<string, repo.RecipientConsentRow>();
  for (const consent of history) if (!latest.has(consent.purpose)) latest.set(consent.purpose, consent);
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    nameReading: row.nameReading,
    birthDate: row.birthDate,
    phone: row.phone,
    email: row.email,
    postalCode: row.postalCode,
    address: row.address,
    area: row.area,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    languages: row.languages as TRecipient['languages'],
    notes: row.notes,
    consents: [...latest.values()].map((c) => toConsent(c, names)),
    consentHistory: history.map((c) => toConsent(c, names)),
    sensitiveNoteCount,
    createdByName: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function requireRecipient(db: Db, orgId: string, id: string, lock = false): Promise<repo.RecipientRow> {
  const row = await repo.findRecipient(db, orgId, id, lock);
  if (!row) throw new AppError('RECIPIENT_NOT_FOUND');
  return row;
}

/** The recipient page: the record and the history of needs met for them. */
export async function getRecipientDetail(db: Db, orgId: string, id: string): Promise<TRecipientDetail> {
  const row = await requireRecipient(db, orgId, id);
  const needs = await needsRepo.listNeedRows(db, orgId, { recipientId: id, limit: 200 });
  return { ...(await toRecipient(db, row)), needs: needs.slice(0, 200).map(toNeedSummary) };
}

export async function listRecipients(
  db: Db,
  orgId: string,
  query: TRecipientListQuery,
): Promise<TRecipientListResponse> {
  const page = keysetPage(await repo.listRecipientRows(db, orgId, query), query.limit, (row) => row.recipient.id);
  return {
    recipients: page.rows.map(({ recipient, needCount, openNeedCount }) => ({
      id: recipient.id,
      name: recipient.name,
      nameReading: recipient.nameReading,
      birthDate: recipient.birthDate,
      phone: recipient.phone,
      area: recipient.area,
      needCount,
      openNeedCount,
      createdAt: recipient.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}

/** Record fields as columns; only the fields present are returned. */
function toColumns(fields: Partial<TUpdateRecipientRequest>): Partial<repo.NewRecipientRow> {
  const columns: Partial<repo.NewRecipientRow> = {};
  for (const key of [
    'name',
    'birthDate',
    'phone',
    'email',
    'postalCode',
    'address',
    'area',
    'languages',
    'notes',
  ] as const) {
    if (fields[key] !== undefined) (columns as Record<string, unknown>)[key] = fields[key];
  }
  if (fields.nameReading !== undefined) {
    columns.nameReading = fields.nameReading || null;
    columns.readingKey = fields.nameReading ? readingKey(fields.nameReading) : null;
  }
  if (fields.location !== undefined) {
    columns.latitude = fields.location?.lat ?? null;
    columns.longitude = fields.location?.lng ?? null;
  }
  return columns;
}

async function insertConsents(
  tx: Db,
  actor: Actor,
  orgId: string,
  recipientId: string,
  consents: readonly TRecipientConsentInput[],
) {
  const { consentWordingVersion } = await getNeedSettings(tx, orgId);
  await repo.insertRecipientConsents(
    tx,
    consents.map((consent) => ({
      orgId,
      recipientId,
      purpose: consent.purpose,
      granted: consent.granted,
      method: consent.method,
      note: consent.note ?? null,
      wordingVersion: consentWordingVersion,
      recordedBy: actor.accountId,
    })),
  );
  return consentWordingVersion;
}

/** Creates a recipient with the consents given, in the caller's transaction, and audits it. */
export async function insertRecipientIn(
  tx: Db,
  actor: Actor,
  orgId: string,
  input: TCreateRecipientRequest,
): Promise<repo.RecipientRow> {
  const { consents, ...fields } = ZCreateRecipientRequest.parse(input);
  const row = await repo.insertRecipient(tx, {
    ...toColumns(fields),
    orgId,
    name: fields.name,
    createdBy: actor.accountId,
  });
  // The last answer per purpose wins when a form sends one twice.
  const unique = [...new Map(consents.map((c) => [c.purpose, c])).values()];
  const wordingVersion = await insertConsents(tx, actor, orgId, row.id, unique);
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'RECIPIENT_CREATED',
    targetType: 'recipient',
    targetId: row.id,
    summary: {
      consents: unique.map(({ purpose, granted, method }) => ({ purpose, granted, method })),
      wordingVersion,
    },
    requestId: actor.requestId,
  });
  return row;
}

export async function createRecipient(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateRecipientRequest,
): Promise<TRecipient> {
  const row = await db.transaction((tx) => insertRecipientIn(tx, actor, orgId, input));
  return toRecipient(db, row);
}

export async function updateRecipient(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  changes: TUpdateRecipientRequest,
): Promise<TRecipient> {
  const row = await db.transaction(async (tx) => {
    await requireRecipient(tx, orgId, id, true);
    const updated = await repo.updateRecipientRow(tx, orgId, id, toColumns(changes));
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'RECIPIENT_UPDATED',
      targetType: 'recipient',
      targetId: id,
      // Field names only: the values are personal and stay out of the log.
      summary: { fields: Object.keys(changes) },
      requestId: actor.requestId,
    });
    return updated;
  });
  return toRecipient(db, row);
}

/** Records a consent answer now (a withdrawal is in force from this moment). */
export async function recordRecipientConsent(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  consent: TRecipientConsentInput,
): Promise<TRecipient> {
  const row = await db.transaction(async (tx) => {
    const recipient = await requireRecipient(tx, orgId, id, true);
    const wordingVersion = await insertConsents(tx, actor, orgId, id, [consent]);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'RECIPIENT_CONSENT_RECORDED',
      targetType: 'recipient',
      targetId: id,
      summary: { purpose: consent.purpose, granted: consent.granted, method: consent.method, wordingVersion },
      requestId: actor.requestId,
    });
    return recipient;
  });
  return toRecipient(db, row);
}
