import type { TCreateSkillRequest, TSkill, TUpdateSkillRequest } from '@musubi/shared';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError, type AppFieldError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { skillTable } from './volunteers.table';

type SkillRow = typeof skillTable.$inferSelect;

function toSkill(row: SkillRow): TSkill {
  return { id: row.id, kind: row.kind, names: row.names, archived: row.archivedAt !== null };
}

/** The taxonomy, archived entries included (old records still name them). */
export async function listSkills(db: Db, orgId: string): Promise<TSkill[]> {
  const rows = await db.select().from(skillTable).where(eq(skillTable.orgId, orgId)).orderBy(asc(skillTable.createdAt));
  return rows.map(toSkill);
}

export async function createSkill(db: Db, actor: Actor, orgId: string, input: TCreateSkillRequest): Promise<TSkill> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(skillTable).values({ orgId, kind: input.kind, names: input.names }).returning();
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SKILL_CREATED',
      targetType: 'skill',
      targetId: row.id,
      summary: { kind: row.kind, names: row.names },
      requestId: actor.requestId,
    });
    return toSkill(row);
  });
}

export async function updateSkill(
  db: Db,
  actor: Actor,
  orgId: string,
  skillId: string,
  changes: TUpdateSkillRequest,
): Promise<TSkill> {
  return db.transaction(async (tx) => {
    const set: Partial<typeof skillTable.$inferInsert> = {};
    if (changes.names) set.names = changes.names;
    if (changes.archived !== undefined) set.archivedAt = changes.archived ? new Date() : null;
    const where = and(eq(skillTable.orgId, orgId), eq(skillTable.id, skillId));
    const [row] =
      Object.keys(set).length > 0
        ? await tx.update(skillTable).set(set).where(where).returning()
        : await tx.select().from(skillTable).where(where);
    if (!row) throw new AppError('SKILL_NOT_FOUND');
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'SKILL_UPDATED',
      targetType: 'skill',
      targetId: skillId,
      summary: changes,
      requestId: actor.requestId,
    });
    return toSkill(row);
  });
}

/** Refuses skill ids that are not in the organization's taxonomy, naming the field. */
export async function assertSkillsExist(db: Db, orgId: string, skillIds: readonly string[], path = 'skillIds') {
  if (skillIds.length === 0) return;
  const found = await db
    .select({ id: skillTable.id })
    .from(skillTable)
    .where(and(eq(skillTable.orgId, orgId), inArray(skillTable.id, [...skillIds])));
  const known = new Set(found.map((row) => row.id));
  const fields: AppFieldError[] = skillIds
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !known.has(id))
    .map(({ index }) => ({
      path: `${path}.${index}`,
      in: 'body',
      code: 'unknown_skill',
      messageKey: 'validation.unknown_skill',
    }));
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
}
