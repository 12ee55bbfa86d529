import {
  calendarDateIn,
  fiscalYearOf,
  NEED_STATUSES,
  STAFF_ROLES,
  type TCreateNeedRequest,
  type TFieldChange,
  type TLogContactRequest,
  type TNeed,
  type TNeedCountsResponse,
  type TNeedListQuery,
  type TNeedListResponse,
  type TNeedStatus,
  type TNeedTimelineEntry,
  type TPublicNeedReceipt,
  type TPublicNeedRequest,
  type TUpdateNeedRequest,
  ZCreateNeedRequest,
  ZPublicNeedRequest,
} from '@musubi/shared';
// rrule ships CommonJS to Node: its functions hang off the default export.
import rrule from 'rrule';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { keysetPage } from '../../platform/db/keyset-page';
import { AppError, type AppFieldError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import { accountNamesByIds, findMembership } from '../people';
import { assertSkillsExist, volunteerBasics } from '../volunteers';
import { getNeedSettings } from './need-settings.service';
import * as repo from './needs.repository';
import * as recipientsRepo from './recipients.repository';
import { insertRecipientIn, requireRecipient } from './recipients.service';
import { insertSensitiveNoteIn } from './sensitive-notes.service';
import { appendNeedTimelineEntry, toTimelineEntries } from './timeline.service';
import { toFollowUp, toNeedSummary, toResourceLine } from './views';

// ---------------------------------------------------------------- reading

export async function requireNeed(db: Db, orgId: string, id: string, lock = false): Promise<repo.NeedRow> {
  const row = await repo.findNeed(db, orgId, id, lock);
  if (!row) throw new AppError('NEED_NOT_FOUND');
  return row;
}

/** A need with its lines, follow-ups and linked recipient; sensitive notes only as a count. */
export async function toNeed(db: Db, row: repo.NeedRow): Promise<TNeed> {
  const { orgId } = row;
  const [skillIds, lines, followUps, sensitiveNoteCount, recipient] = await Promise.all([
    repo.needSkillIds(db, orgId, row.id),
    repo.listResourceLines(db, orgId, row.id),
    repo.listFollowUps(db, orgId, row.id),
    repo.countSensitiveNotes(db, orgId, { needId: row.id }),
    row.recipientId ? recipientsRepo.findRecipient(db, orgId, row.recipientId) : undefined,
  ]);
  const volunteerIds = [
    ...new Set([...lines.map((l) => l.volunteerId), ...followUps.map((f) => f.volunteerId)].filter((id) => !!id)),
  ] as string[];
  const volunteers = new Map(
    [...(await volunteerBasics(db, orgId, volunteerIds)).values()].map((v) => [v.id, v.name] as const),
  );
  const accounts = await accountNamesByIds(db, [
    ...new Set(
      [
        row.coordinatorAccountId,
        row.createdBy,
        ...lines.map((l) => l.createdBy),
        ...followUps.map((f) => f.recordedBy),
      ].filter((id): id is string => !!id),
    ),
  ]);
  const respondentName = (f: repo.FollowUpRow) =>
    f.respondent === 'volunteer'
      ? (volunteers.get(f.volunteerId ?? '') ?? null)
      : f.respondent === 'recipient'
        ? (recipient?.name ?? row.recipientName)
        : row.requesterName;
  return {
    id: row.id,
    orgId,
    number: row.number,
    status: row.status,
    closureReason: row.closureReason,
    kind: row.kind,
    title: row.title,
    description: row.description,
    channel: row.channel,
    requesterName: row.requesterName,
    requesterRelation: row.requesterRelation,
    requesterPhone: row.requesterPhone,
    requesterEmail: row.requesterEmail,
    recipientId: row.recipientId,
    recipientName: row.recipientName,
    recipient: recipient
      ? { id: recipient.id, name: recipient.name, nameReading: recipient.nameReading, phone: recipient.phone }
      : null,
    onBehalfOf: row.onBehalfConsentMethod
      ? {
          consentMethod: row.onBehalfConsentMethod,
          consentNote: row.onBehalfConsentNote,
          recordedByName: row.createdBy ? (accounts.get(row.createdBy) ?? null) : null,
          recordedAt: row.createdAt.toISOString(),
        }
      : null,
    online: row.online,
    postalCode: row.postalCode,
    address: row.address,
    area: row.area,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    timeWindows: row.timeWindows,
    rrule: row.rrule,
    headcount: row.headcount,
    skillIds,
    languages: row.languages as TNeed['languages'],
    helperGender: row.helperGender,
    preferenceNote: row.preferenceNote,
    urgency: row.urgency,
    costNote: row.costNote,
    coordinatorAccountId: row.coordinatorAccountId,
    coordinatorName: row.coordinatorAccountId ? (accounts.get(row.coordinatorAccountId) ?? null) : null,
    sensitiveNoteCount,
    resourceLines: lines.map((line) => toResourceLine(line, { volunteers, accounts })),
    followUps: followUps.map((f) =>
      toFollowUp(f, respondentName(f), f.recordedBy ? (accounts.get(f.recordedBy) ?? null) : null),
    ),
    createdByName: row.createdBy ? (accounts.get(row.createdBy) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export async function getNeed(db: Db, orgId: string, id: string): Promise<TNeed> {
  return toNeed(db, await requireNeed(db, orgId, id));
}

export async function listNeeds(db: Db, orgId: string, query: TNeedListQuery): Promise<TNeedListResponse> {
  const page = keysetPage(await repo.listNeedRows(db, orgId, query), query.limit, (row) => row.need.id);
  return { needs: page.rows.map(toNeedSummary), nextCursor: page.nextCursor };
}

/** Needs per state for the board; states with none count 0. */
export async function countNeeds(db: Db, orgId: string): Promise<TNeedCountsResponse> {
  const counts = await repo.countNeedsByStatus(db, orgId);
  return {
    counts: Object.fromEntries(NEED_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<TNeedStatus, number>,
  };
}

// ---------------------------------------------------------------- checks

const fieldError = (path: string, messageKey: string, code = 'invalid'): AppFieldError => ({
  path,
  in: 'body',
  code,
  messageKey,
});

/** The coordinator in charge must work for the organization. */
async function assertStaffMember(db: Db, orgId: string, accountId: string | null | undefined) {
  if (!accountId) return;
  const membership = await findMembership(db, orgId, accountId);
  if (!membership || !STAFF_ROLES.includes(membership.role)) {
    throw new AppError('VALIDATION_FAILED', {}, [fieldError('coordinatorAccountId', 'validation.unknown_coordinator')]);
  }
}

/** The contract checks the rule's shape; this checks that the rule library can read it. */
function assertRRule(rule: string | null | undefined) {
  if (!rule) return;
  try {
    rrule.rrulestr(rule.replace(/^RRULE:/, ''));
  } catch {
    throw new AppError('VALIDATION_FAILED', {}, [fieldError('rrule', 'validation.rrule', 'invalid_format')]);
  }
}

async function assertRecipientExists(db: Db, orgId: string, recipientId: string | null | undefined) {
  if (!recipientId) return;
  if (!(await recipientsRepo.findRecipient(db, orgId, recipientId))) {
    throw new AppError('RECIPIENT_NOT_FOUND');
  }
}

/** `2026-0042`: the fiscal year the need came in (the organization's calendar) and its sequence in that year. */
async function allocateNumber(tx: Db, orgId: string): Promise<string> {
  const org = await getOrganization(tx, orgId);
  const { label } = fiscalYearOf(calendarDateIn(org.timeZone), org.fiscalYearStartMonth);
  const sequence = await repo.nextNeedNumber(tx, orgId, label);
  return `${label}-${String(sequence).padStart(4, '0')}`;
}

// ---------------------------------------------------------------- intake

type NeedFields = Omit<TUpdateNeedRequest, 'recipientId'>;

/** Editable fields as columns; only the fields present are returned (skills live in their own table). */
function toColumns(fields: NeedFields): Partial<repo.NewNeedRow> {
  const columns: Partial<repo.NewNeedRow> = {};
  for (const key of [
    'kind',
    'title',
    'description',
    'requesterName',
    'requesterRelation',
    'requesterPhone',
    'requesterEmail',
    'recipientName',
    'online',
    'postalCode',
    'address',
    'area',
    'timeWindows',
    'rrule',
    'headcount',
    'languages',
    'helperGender',
    'preferenceNote',
    'urgency',
    'costNote',
    'coordinatorAccountId',
  ] as const) {
    if (fields[key] !== undefined) (columns as Record<string, unknown>)[key] = fields[key];
  }
  if (fields.location !== undefined) {
    columns.latitude = fields.location?.lat ?? null;
    columns.longitude = fields.location?.lng ?? null;
  }
  return columns;
}

/** A coordinator records a need (phone, walk-in, fax, partner, e-mail), for a recipient old or new. */
export async function createNeed(db: Db, actor: Actor, orgId: string, input: TCreateNeedRequest): Promise<TNeed> {
  const { channel, recipientId, newRecipient, onBehalfOf, sensitiveNote, skillIds, ...fields } =
    ZCreateNeedRequest.parse(input);
  const row = await db.transaction(async (tx) => {
    await assertSkillsExist(tx, orgId, skillIds);
    await assertStaffMember(tx, orgId, fields.coordinatorAccountId);
    assertRRule(fields.rrule);
    let linkedId: string | null = null;
    if (recipientId) linkedId = (await requireRecipient(tx, orgId, recipientId)).id;
    if (newRecipient) linkedId = (await insertRecipientIn(tx, actor, orgId, newRecipient)).id;
    const number = await allocateNumber(tx, orgId);
    const need = await repo.insertNeed(tx, {
      ...toColumns(fields),
      orgId,
      number,
      status: 'new',
      kind: fields.kind,
      title: fields.title,
      channel,
      recipientId: linkedId,
      onBehalfConsentMethod: onBehalfOf?.consentMethod ?? null,
      onBehalfConsentNote: onBehalfOf?.consentNote ?? null,
      createdBy: actor.accountId,
    });
    await repo.replaceNeedSkills(tx, orgId, need.id, skillIds);
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId: need.id,
      kind: 'created',
      actorAccountId: actor.accountId,
      data: { channel, onBehalfOf: !!onBehalfOf },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'NEED_CREATED',
      targetType: 'need',
      targetId: need.id,
      summary: {
        number,
        channel,
        kind: need.kind,
        urgency: need.urgency,
        recipientId: linkedId,
        onBehalfOf: onBehalfOf ? { consentMethod: onBehalfOf.consentMethod } : null,
      },
      requestId: actor.requestId,
    });
    if (sensitiveNote) await insertSensitiveNoteIn(tx, actor, orgId, { needId: need.id }, sensitiveNote);
    return need;
  });
  return toNeed(db, row);
}

/**
 * A request from the public page, without signing in. It lands as `new`
 * through `public_form` for a coordinator to call back, unless the
 * organization closed the page.
 */
export async function receivePublicRequest(
  db: Db,
  orgId: string,
  input: TPublicNeedRequest,
  requestId: string,
): Promise<TPublicNeedReceipt> {
  const { consent: _consent, ...request } = ZPublicNeedRequest.parse(input);
  return db.transaction(async (tx) => {
    await getOrganization(tx, orgId);
    const settings = await getNeedSettings(tx, orgId);
    if (!settings.publicRequestsOpen) throw new AppError('NEED_REQUESTS_CLOSED');
    const number = await allocateNumber(tx, orgId);
    const need = await repo.insertNeed(tx, {
      orgId,
      number,
      status: 'new',
      channel: 'public_form',
      kind: request.kind,
      title: request.title,
      description: request.description ?? null,
      requesterName: request.requesterName,
      requesterRelation: request.requesterRelation,
      requesterPhone: request.requesterPhone ?? null,
      requesterEmail: request.requesterEmail ?? null,
      recipientName: request.recipientName ?? (request.requesterRelation === 'self' ? request.requesterName : null),
      postalCode: request.postalCode ?? null,
      address: request.address ?? null,
      area: request.area ?? null,
      timeWindows: request.timeWindows,
      languages: request.languages,
      helperGender: request.helperGender,
      preferenceNote: request.preferenceNote ?? null,
    });
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId: need.id,
      kind: 'created',
      actorAccountId: null,
      data: { channel: 'public_form', onBehalfOf: false },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: null,
      action: 'NEED_REQUEST_RECEIVED',
      targetType: 'need',
      targetId: need.id,
      summary: { number, kind: need.kind, consentWordingVersion: settings.consentWordingVersion },
      requestId,
    });
    return { number, receivedAt: need.createdAt.toISOString() };
  });
}

// ---------------------------------------------------------------- revisions

/** The editable fields of a need as the API names them, to compare before and after. */
function editableValues(row: repo.NeedRow, skillIds: string[]): Record<string, unknown> {
  return {
    kind: row.kind,
    title: row.title,
    description: row.description,
    requesterName: row.requesterName,
    requesterRelation: row.requesterRelation,
    requesterPhone: row.requesterPhone,
    requesterEmail: row.requesterEmail,
    recipientName: row.recipientName,
    recipientId: row.recipientId,
    online: row.online,
    postalCode: row.postalCode,
    address: row.address,
    area: row.area,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    timeWindows: row.timeWindows,
    rrule: row.rrule,
    headcount: row.headcount,
    skillIds: [...skillIds].sort(),
    languages: row.languages,
    helperGender: row.helperGender,
    preferenceNote: row.preferenceNote,
    urgency: row.urgency,
    costNote: row.costNote,
    coordinatorAccountId: row.coordinatorAccountId,
  };
}

/**
 * Changes a need and keeps the revision (each changed field before and
 * after, who, when) in its timeline. A closed need is not changed. Sending
 * the same values again writes nothing.
 */
export async function updateNeed(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  changes: TUpdateNeedRequest,
): Promise<TNeed> {
  const row = await db.transaction(async (tx) => {
    const current = await requireNeed(tx, orgId, id, true);
    if (current.status === 'closed') throw new AppError('NEED_CLOSED');
    if (changes.skillIds) await assertSkillsExist(tx, orgId, changes.skillIds);
    await assertStaffMember(tx, orgId, changes.coordinatorAccountId);
    assertRRule(changes.rrule);
    await assertRecipientExists(tx, orgId, changes.recipientId);

    const before = editableValues(current, await repo.needSkillIds(tx, orgId, id));
    const after: Record<string, unknown> = { ...changes };
    if (changes.skillIds) after.skillIds = [...new Set(changes.skillIds)].sort();
    const changed: TFieldChange[] = Object.keys(changes)
      .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
    if (changed.length === 0) return current;

    const { recipientId, skillIds, ...fields } = changes;
    const updated = await repo.updateNeedRow(tx, orgId, id, {
      ...toColumns(fields),
      ...(recipientId !== undefined ? { recipientId } : {}),
    });
    if (skillIds) await repo.replaceNeedSkills(tx, orgId, id, skillIds);
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId: id,
      kind: 'revised',
      actorAccountId: actor.accountId,
      data: { changes: changed },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'NEED_UPDATED',
      targetType: 'need',
      targetId: id,
      // Field names only: the values (names, phone numbers) are kept in the need's own revisions.
      summary: { number: current.number, fields: changed.map((c) => c.field) },
      requestId: actor.requestId,
    });
    return updated;
  });
  return toNeed(db, row);
}

// ---------------------------------------------------------------- contacts

/** Clocks differ a little; a contact "now" from a fast clock is still now. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Logs a call, visit or message about the need (with a short note) in its timeline. */
export async function logContact(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  contact: TLogContactRequest,
): Promise<TNeedTimelineEntry> {
  // Without a time the database's clock dates it, like every other entry of the timeline.
  const at = contact.at ? new Date(contact.at) : undefined;
  if (at && at.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw new AppError('VALIDATION_FAILED', {}, [fieldError('at', 'validation.future_time')]);
  }
  const row = await db.transaction(async (tx) => {
    await requireNeed(tx, orgId, needId);
    const entry = await appendNeedTimelineEntry(tx, {
      orgId,
      needId,
      kind: 'contact',
      actorAccountId: actor.accountId,
      at,
      data: { contactKind: contact.kind, party: contact.party, note: contact.note ?? null },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'NEED_CONTACT_LOGGED',
      targetType: 'need',
      targetId: needId,
      summary: { contactKind: contact.kind, party: contact.party, at: (at ?? entry.at).toISOString() },
      requestId: actor.requestId,
    });
    return entry;
  });
  const [entry] = await toTimelineEntries(db, [row]);
  return entry;
}
