import type { TVolunteer } from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { moveEnrollments } from '../insurance';
import * as repo from './volunteers.repository';
import { toVolunteer } from './volunteers.service';

/** Columns the kept record takes from the other when its own are empty. */
const FILLABLE = [
  'nameReading',
  'readingKey',
  'birthDate',
  'email',
  'phone',
  'postalCode',
  'address',
  'latitude',
  'longitude',
  'accessibilityNeeds',
  'emergencyContactName',
  'emergencyContactPhone',
  'emergencyContactRelation',
  'notes',
] as const satisfies readonly (keyof repo.VolunteerRow)[];

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Folds a duplicate record into the one kept. Nothing is lost: consents are
 * copied with their original time and recorder (the consent log stays
 * append-only), skills and languages are united, insurance enrollments move,
 * empty fields are filled, and the duplicate stays as `merged`, pointing at
 * the kept record.
 */
export async function mergeVolunteers(
  db: Db,
  actor: Actor,
  orgId: string,
  sourceId: string,
  intoId: string,
): Promise<TVolunteer> {
  if (sourceId === intoId) throw new AppError('VOLUNTEER_MERGE_INVALID');
  const kept = await db.transaction(async (tx) => {
    // Lock in id order so two merges of the same pair cannot deadlock.
    const [firstId, secondId] = [sourceId, intoId].sort();
    const first = await repo.findVolunteer(tx, orgId, firstId, true);
    const second = await repo.findVolunteer(tx, orgId, secondId, true);
    if (!first || !second) throw new AppError('VOLUNTEER_NOT_FOUND');
    const source = first.id === sourceId ? first : second;
    const into = first.id === intoId ? first : second;
    if (source.status === 'merged' || into.status === 'merged') throw new AppError('VOLUNTEER_MERGE_INVALID');
    if (source.accountId && into.accountId && source.accountId !== into.accountId) {
      throw new AppError('VOLUNTEER_MERGE_INVALID');
    }

    const fill: Partial<repo.NewVolunteerRow> = {};
    for (const column of FILLABLE) {
      if (isEmpty(into[column]) && !isEmpty(source[column])) (fill as Record<string, unknown>)[column] = source[column];
    }
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
    fill.languages = union(into.languages, source.languages);
    fill.interests = union(into.interests, source.interests);
    if (into.availability.length === 0 && source.availability.length > 0) fill.availability = source.availability;

    // The account link moves last-to-first: the (org, account) pair is unique.
    await repo.updateVolunteerRow(tx, orgId, source.id, {
      status: 'merged',
      mergedInto: into.id,
      accountId: null,
    });
    if (!into.accountId && source.accountId) fill.accountId = source.accountId;
    const updated = await repo.updateVolunteerRow(tx, orgId, into.id, fill);

    const sourceSkills = (await repo.skillIdsOf(tx, orgId, [source.id])).get(source.id) ?? [];
    await repo.addSkills(tx, orgId, into.id, sourceSkills);
    const consents = await repo.allConsents(tx, orgId, source.id);
    await repo.insertConsents(
      tx,
      consents.map(({ id: _id, volunteerId: _v, ...consent }) => ({ ...consent, volunteerId: into.id })),
    );
    const moved = await moveEnrollments(tx, orgId, source.id, into.id);

    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'VOLUNTEER_MERGED',
      targetType: 'volunteer',
      targetId: into.id,
      summary: {
        mergedVolunteerId: source.id,
        filledFields: Object.keys(fill).filter((key) => !['languages', 'interests'].includes(key)),
        consentsCopied: consents.length,
        skillsAdded: sourceSkills.length,
        enrollmentsMoved: moved,
      },
      requestId: actor.requestId,
    });
    return updated;
  });
  return toVolunteer(db, kept);
}
