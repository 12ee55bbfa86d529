import type { TAuditAction, TAuditEntry } from '@musubi/shared';
import { and, desc, eq, lt } from 'drizzle-orm';
import { accountTable } from '../../modules/people/people.table';
import type { Db } from '../db/client';
import { keysetPage, type PageQuery } from '../db/keyset-page';
import { auditEntryTable } from './audit.table';

export async function listAuditEntries(
  db: Db,
  orgId: string,
  page: PageQuery,
): Promise<{ entries: TAuditEntry[]; nextCursor: string | null }> {
  const rows = await db
    .select({ entry: auditEntryTable, actorName: accountTable.name })
    .from(auditEntryTable)
    .leftJoin(accountTable, eq(accountTable.id, auditEntryTable.actorAccountId))
    .where(and(eq(auditEntryTable.orgId, orgId), page.before ? lt(auditEntryTable.id, page.before) : undefined))
    .orderBy(desc(auditEntryTable.id))
    .limit(page.limit + 1);
  const { rows: pageRows, nextCursor } = keysetPage(rows, page.limit, (row) => row.entry.id);
  return {
    entries: pageRows.map(({ entry, actorName }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actorAccountId: entry.actorAccountId,
      actorName,
      action: entry.action as TAuditAction,
      targetType: entry.targetType,
      targetId: entry.targetId,
      summary: entry.summary,
    })),
    nextCursor,
  };
}
