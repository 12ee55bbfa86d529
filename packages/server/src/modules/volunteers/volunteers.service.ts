import {
  calendarDateIn,
  readingKey,
  type TChangeVolunteerStatusRequest,
  type TConsentGrant,
  type TConsentState,
  type TCreateVolunteerRequest,
  type TDuplicateCandidate,
  type TDuplicateListResponse,
  type TLocale,
  type TNetworkVolunteer,
  type TNetworkVolunteerListResponse,
  type TRegistrationChannel,
  type TUpdateVolunteerRequest,
  type TVolunteer,
  type TVolunteerListQuery,
  type TVolunteerListResponse,
  type TVolunteerProfileFields,
  type TVolunteerStatus,
  type TVolunteerSummary,
  ZCreateVolunteerRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { keysetPage } from '../../platform/db/keyset-page';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { coversOn, insuredOnCondition } from '../insurance';
import { getOrganization, listNetworkMembers } from '../organizations';
import { getParticipationSettings } from '../participation';
import { accountNamesByIds } from '../people';
import { assertSkillsExist } from './skills.service';
import * as repo from './volunteers.repository';
import { volunteerTable } from './volunteers.table';

/**
 * Who records a change: a staff member for the person, or the person
 * themselves (`self`; their account, if any, is the audit's actor, and the
 * consent shows no recorder).
 */
export interface Recorder {
  accountId: string | null;
  requestId: string;
  self: boolean;
}

export const staffRecorder = (actor: Actor): Recorder => ({ ...actor, self: false });

// ---------------------------------------------------------------- reading records

function toConsentStates(rows: repo.ConsentRow[], names: Map<string, string>): TConsentState[] {
  return rows.map((row) => ({
    purpose: row.purpose,
    granted: row.granted,
    wordingVersion: row.wordingVersion,
    recordedAt: row.recordedAt.toISOString(),
    recordedByName: row.recordedBy ? (names.get(row.recordedBy) ?? null) : null,
  }));
}

/** Today's date where the organization is. */
export async function organizationToday(db: Db, orgId: string): Promise<string> {
  return calendarDateIn((await getOrganization(db, orgId)).timeZone);
}

/** The whole record with its consents, skills and today's insurance cover. */
export async function toVolunteer(db: Db, row: repo.VolunteerRow): Promise<TVolunteer> {
  const [consents, skills, covers] = await Promise.all([
    repo.currentConsents(db, row.orgId, [row.id]),
    repo.skillIdsOf(db, row.orgId, [row.id]),
    coversOn(db, row.orgId, [row.id], await organizationToday(db, row.orgId)),
  ]);
  const consentRows = consents.get(row.id) ?? [];
  const names = await accountNamesByIds(db, [
    ...new Set(
      [row.registeredBy, row.verifiedBy, ...consentRows.map((c) => c.recordedBy)].filter((id): id is string => !!id),
    ),
  ]);
  return {
    id: row.id,
    orgId: row.orgId,
    accountId: row.accountId,
    number: row.number,
    name: row.name,
    nameReading: row.nameReading,
    birthDate: row.birthDate,
    gender: row.gender,
    email: row.email,
    phone: row.phone,
    preferredChannel: row.preferredChannel,
    mailDigest: row.mailDigest,
    locale: row.locale as TLocale,
    postalCode: row.postalCode,
    address: row.address,
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    languages: row.languages as TVolunteer['languages'],
    skillIds: skills.get(row.id) ?? [],
    interests: row.interests as TVolunteer['interests'],
    availability: row.availability,
    availabilityExceptions: row.availabilityExceptions.map((e) => ({ ...e, note: e.note ?? null })),
    accessibilityNeeds: row.accessibilityNeeds,
    emergencyContactName: row.emergencyContactName,
    emergencyContactPhone: row.emergencyContactPhone,
    emergencyContactRelation: row.emergencyContactRelation,
    notes: row.notes,
    status: row.status,
    registeredVia: row.registeredVia,
    registeredByName: row.registeredBy ? (names.get(row.registeredBy) ?? null) : null,
    verifiedByName: row.verifiedBy ? (names.get(row.verifiedBy) ?? null) : null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    mergedIntoId: row.mergedInto,
    consents: toConsentStates(consentRows, names),
    insuranceCovers: covers.get(row.id) ?? [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function requireVolunteer(db: Db, orgId: string, id: string, lock = false): Promise<repo.VolunteerRow> {
  const row = await repo.findVolunteer(db, orgId, id, lock);
  if (!row) throw new AppError('VOLUNTEER_NOT_FOUND');
  return row;
}

export async function getVolunteer(db: Db, orgId: string, id: string): Promise<TVolunteer> {
  return toVolunteer(db, await requireVolunteer(db, orgId, id));
}

export async function listVolunteers(
  db: Db,
  orgId: string,
  query: TVolunteerListQuery,
): Promise<TVolunteerListResponse> {
  const today = await organizationToday(db, orgId);
  const insured = query.insured ? insuredOnCondition(orgId, volunteerTable.id, today) : undefined;
  const page = keysetPage(await repo.listVolunteerRows(db, orgId, query, insured), query.limit, (row) => row.id);
  const covers = await coversOn(
    db,
    orgId,
    page.rows.map((row) => row.id),
    today,
  );
  const volunteers: TVolunteerSummary[] = page.rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameReading: row.nameReading,
    email: row.email,
    phone: row.phone,
    status: row.status,
    registeredVia: row.registeredVia,
    insuredToday: (covers.get(row.id) ?? []).length > 0,
    createdAt: row.createdAt.toISOString(),
  }));
  return { volunteers, nextCursor: page.nextCursor };
}

/** Name, contact and status of some volunteers, for other modules' lists. */
export async function volunteerBasics(db: Db, orgId: string, ids: string[]): Promise<Map<string, repo.VolunteerRow>> {
  const rows = await repo.findVolunteers(db, orgId, ids);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The subset of `ids` whose records are active. */
export async function activeVolunteerIds(db: Db, orgId: string, ids: string[]): Promise<Set<string>> {
  const basics = await volunteerBasics(db, orgId, ids);
  return new Set([...basics.values()].filter((row) => row.status === 'active').map((row) => row.id));
}

// ---------------------------------------------------------------- duplicates

function candidateOf(row: repo.VolunteerRow, probe: repo.DuplicateProbe): TDuplicateCandidate {
  const reasons: TDuplicateCandidate['reasons'] = [];
  if (probe.readingKey && probe.birthDate && row.readingKey === probe.readingKey && row.birthDate === probe.birthDate) {
    reasons.push('reading_and_birth_date');
  }
  if (probe.phone && row.phone === probe.phone) reasons.push('phone');
  if (probe.email && row.email === probe.email) reasons.push('email');
  return {
    volunteerId: row.id,
    name: row.name,
    nameReading: row.nameReading,
    birthDate: row.birthDate,
    status: row.status,
    reasons,
  };
}

function probeOf(fields: Pick<repo.VolunteerRow, 'readingKey' | 'birthDate' | 'phone' | 'email'>): repo.DuplicateProbe {
  return { readingKey: fields.readingKey, birthDate: fields.birthDate, phone: fields.phone, email: fields.email };
}

/** Records of the organization that may be the same person as these fields. */
export async function findDuplicates(
  db: Db,
  orgId: string,
  fields: Pick<repo.VolunteerRow, 'readingKey' | 'birthDate' | 'phone' | 'email'>,
  excludeId?: string,
): Promise<TDuplicateCandidate[]> {
  const probe = probeOf(fields);
  return (await repo.findDuplicateRows(db, orgId, probe, excludeId)).map((row) => candidateOf(row, probe));
}

export async function listDuplicates(db: Db, orgId: string): Promise<TDuplicateListResponse> {
  const pairs = await repo.findDuplicatePairs(db, orgId);
  const rows = await volunteerBasics(db, orgId, [...new Set(pairs.flatMap((p) => [p.newer, p.older]))]);
  const grouped = new Map<string, TDuplicateCandidate[]>();
  for (const pair of pairs) {
    const newer = rows.get(pair.newer);
    const older = rows.get(pair.older);
    if (!newer || !older) continue;
    grouped.set(pair.newer, [...(grouped.get(pair.newer) ?? []), candidateOf(older, probeOf(newer))]);
  }
  return {
    duplicates: [...grouped.entries()].map(([id, candidates]) => {
      const row = rows.get(id)!;
      return { volunteer: { ...candidateOf(row, probeOf(row)), reasons: [] }, candidates };
    }),
  };
}

// ---------------------------------------------------------------- writing records

/** Profile fields as columns; only the fields present in `fields` are returned. */
function toColumns(fields: Partial<TVolunteerProfileFields>): Partial<repo.NewVolunteerRow> {
  const columns: Partial<repo.NewVolunteerRow> = {};
  const copy = <K extends keyof TVolunteerProfileFields & keyof repo.NewVolunteerRow>(key: K) => {
    if (fields[key] !== undefined) (columns as Record<string, unknown>)[key] = fields[key];
  };
  for (const key of [
    'name',
    'birthDate',
    'gender',
    'email',
    'phone',
    'preferredChannel',
    'mailDigest',
    'locale',
    'postalCode',
    'address',
    'languages',
    'interests',
    'availability',
    'availabilityExceptions',
    'accessibilityNeeds',
    'emergencyContactName',
    'emergencyContactPhone',
    'emergencyContactRelation',
    'notes',
  ] as const) {
    copy(key);
  }
  if (fields.nameReading !== undefined) {
    columns.nameReading = fields.nameReading || null;
    columns.readingKey = readingKey(fields.nameReading);
  }
  if (fields.location !== undefined) {
    columns.latitude = fields.location?.lat ?? null;
    columns.longitude = fields.location?.lng ?? null;
  }
  return columns;
}

export interface NewVolunteer {
  fields: TVolunteerProfileFields;
  consents: readonly TConsentGrant[];
  registeredVia: TRegistrationChannel;
  recorder: Recorder;
  accountId?: string | null;
  status?: TVolunteerStatus;
  /** Refuse when a record may be the same person (assisted registration asks first). */
  refuseDuplicates: boolean;
}

/**
 * Creates a record with its skills and consents in the caller's transaction,
 * and audits it. Self-registrations are never refused as duplicates (that
 * would tell a stranger who is registered); coordinators see them in the
 * duplicates list instead.
 */
export async function insertVolunteer(tx: Db, orgId: string, input: NewVolunteer): Promise<repo.VolunteerRow> {
  const org = await getOrganization(tx, orgId);
  const settings = await getParticipationSettings(tx, orgId);
  const columns = toColumns(input.fields);
  await assertSkillsExist(tx, orgId, input.fields.skillIds ?? []);
  if (input.refuseDuplicates) {
    const candidates = await findDuplicates(tx, orgId, {
      readingKey: columns.readingKey ?? null,
      birthDate: columns.birthDate ?? null,
      phone: columns.phone ?? null,
      email: columns.email ?? null,
    });
    if (candidates.length > 0) throw new AppError('VOLUNTEER_POSSIBLE_DUPLICATE', { candidates });
  }
  const row = await repo.insertVolunteer(tx, {
    ...columns,
    orgId,
    name: input.fields.name,
    preferredChannel: input.fields.preferredChannel ?? (input.fields.email ? 'email' : 'phone'),
    locale: input.fields.locale ?? org.locale,
    accountId: input.accountId ?? null,
    status: input.status ?? 'applicant',
    registeredVia: input.registeredVia,
    registeredBy: input.recorder.self ? null : input.recorder.accountId,
  });
  await repo.replaceSkills(tx, orgId, row.id, input.fields.skillIds ?? []);
  await repo.insertConsents(
    tx,
    dedupeConsents(input.consents).map((consent) => ({
      orgId,
      volunteerId: row.id,
      purpose: consent.purpose,
      granted: consent.granted,
      wordingVersion: settings.consentWordingVersion,
      recordedBy: input.recorder.self ? null : input.recorder.accountId,
    })),
  );
  await recordAudit(tx, {
    orgId,
    actorAccountId: input.recorder.accountId,
    action: 'VOLUNTEER_REGISTERED',
    targetType: 'volunteer',
    targetId: row.id,
    summary: { registeredVia: input.registeredVia, consents: input.consents },
    requestId: input.recorder.requestId,
  });
  return row;
}

/** The last answer per purpose wins when a form sends one twice. */
function dedupeConsents(consents: readonly TConsentGrant[]): TConsentGrant[] {
  return [...new Map(consents.map((c) => [c.purpose, c])).values()];
}

/** Assisted registration: a coordinator registers someone, recorded as such. */
export async function createVolunteer(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TCreateVolunteerRequest,
): Promise<TVolunteer> {
  const { consents, confirmNotDuplicate, ...fields } = ZCreateVolunteerRequest.parse(input);
  const row = await db.transaction((tx) =>
    insertVolunteer(tx, orgId, {
      fields,
      consents,
      registeredVia: 'on_behalf_of',
      recorder: staffRecorder(actor),
      refuseDuplicates: !confirmNotDuplicate,
    }),
  );
  return toVolunteer(db, row);
}

export async function updateVolunteer(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  changes: TUpdateVolunteerRequest,
): Promise<TVolunteer> {
  const row = await db.transaction(async (tx) => {
    const current = await requireVolunteer(tx, orgId, id, true);
    if (current.status === 'merged') throw new AppError('VOLUNTEER_STATUS_INVALID');
    if (changes.skillIds) {
      await assertSkillsExist(tx, orgId, changes.skillIds);
      await repo.replaceSkills(tx, orgId, id, changes.skillIds);
    }
    const updated = await repo.updateVolunteerRow(tx, orgId, id, toColumns(changes));
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'VOLUNTEER_UPDATED',
      targetType: 'volunteer',
      targetId: id,
      // Field names only: values may be personal (health, family) and stay out of the log.
      summary: { fields: Object.keys(changes) },
      requestId: actor.requestId,
    });
    return updated;
  });
  return toVolunteer(db, row);
}

const TRANSITIONS: Record<TVolunteerStatus, readonly TVolunteerStatus[]> = {
  applicant: ['active', 'inactive'],
  active: ['inactive', 'lapsed'],
  inactive: ['active'],
  lapsed: ['active', 'inactive'],
  merged: [],
};

/** applicant → active records who verified the person and when. */
export async function changeVolunteerStatus(
  db: Db,
  actor: Actor,
  orgId: string,
  id: string,
  request: TChangeVolunteerStatusRequest,
): Promise<TVolunteer> {
  const row = await db.transaction(async (tx) => {
    const current = await requireVolunteer(tx, orgId, id, true);
    if (!TRANSITIONS[current.status].includes(request.status)) {
      throw new AppError('VOLUNTEER_STATUS_INVALID', { from: current.status, to: request.status });
    }
    const verifies = current.status === 'applicant' && request.status === 'active';
    const updated = await repo.updateVolunteerRow(tx, orgId, id, {
      status: request.status,
      ...(verifies ? { verifiedBy: actor.accountId, verifiedAt: new Date() } : {}),
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'VOLUNTEER_STATUS_CHANGED',
      targetType: 'volunteer',
      targetId: id,
      summary: { from: current.status, to: request.status, reason: request.reason ?? null, verified: verifies },
      requestId: actor.requestId,
    });
    return updated;
  });
  return toVolunteer(db, row);
}

/** Records a consent answer now; a withdrawal is in force from this moment. */
export async function recordConsent(
  db: Db,
  recorder: Recorder,
  orgId: string,
  id: string,
  grant: TConsentGrant,
): Promise<repo.VolunteerRow> {
  return db.transaction(async (tx) => {
    const row = await requireVolunteer(tx, orgId, id, true);
    if (row.status === 'merged') throw new AppError('VOLUNTEER_STATUS_INVALID');
    const settings = await getParticipationSettings(tx, orgId);
    await repo.insertConsents(tx, [
      {
        orgId,
        volunteerId: id,
        purpose: grant.purpose,
        granted: grant.granted,
        wordingVersion: settings.consentWordingVersion,
        recordedBy: recorder.self ? null : recorder.accountId,
      },
    ]);
    await recordAudit(tx, {
      orgId,
      actorAccountId: recorder.accountId,
      action: 'CONSENT_RECORDED',
      targetType: 'volunteer',
      targetId: id,
      summary: { ...grant, wordingVersion: settings.consentWordingVersion, bySelf: recorder.self },
      requestId: recorder.requestId,
    });
    return row;
  });
}

/**
 * Volunteers of the network's member organizations who consented to sharing
 * with the network; everyone else stays invisible to the hub.
 */
export async function listNetworkVolunteers(db: Db, hubOrgId: string): Promise<TNetworkVolunteerListResponse> {
  const members = await listNetworkMembers(db, hubOrgId);
  const orgNames = new Map(members.map((m) => [m.org.id, m.org.name]));
  const rows = await repo.listSharedVolunteers(db, [...orgNames.keys()]);
  return {
    volunteers: rows.map((row) => ({
      volunteerId: row.id,
      orgId: row.orgId,
      orgName: orgNames.get(row.orgId) ?? '',
      name: row.name,
      nameReading: row.nameReading,
      languages: row.languages as TNetworkVolunteer['languages'],
      interests: row.interests as TNetworkVolunteer['interests'],
      status: row.status,
    })),
  };
}

/** A volunteer record as other modules see it. */
export type VolunteerRecord = repo.VolunteerRow;

export async function skillIdsOfVolunteer(db: Db, orgId: string, volunteerId: string): Promise<string[]> {
  return (await repo.skillIdsOf(db, orgId, [volunteerId])).get(volunteerId) ?? [];
}

/** True when the person's latest answer to "contact" is no (no answer is not a withdrawal). */
export async function contactWithdrawn(db: Db, orgId: string, volunteerId: string): Promise<boolean> {
  const consents = (await repo.currentConsents(db, orgId, [volunteerId])).get(volunteerId) ?? [];
  return consents.some((c) => c.purpose === 'contact' && !c.granted);
}

export const findVolunteerByAccount = repo.findVolunteerByAccount;
export const volunteersOfAccount = repo.listVolunteersOfAccount;
