import type { TOutboxMessage } from '@musubi/shared';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { keysetPage, type PageQuery } from '../db/keyset-page';
import { outboxMessageTable } from './outbox.table';

export async function listOutboxMessages(
  db: Db,
  orgId: string,
  page: PageQuery,
): Promise<{ messages: TOutboxMessage[]; nextCursor: string | null }> {
  const rows = await db
    .select()
    .from(outboxMessageTable)
    .where(and(eq(outboxMessageTable.orgId, orgId), page.before ? lt(outboxMessageTable.id, page.before) : undefined))
    .orderBy(desc(outboxMessageTable.id))
    .limit(page.limit + 1);
  const { rows: pageRows, nextCursor } = keysetPage(rows, page.limit, (row) => row.id);
  return {
    messages: pageRows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      status: row.status,
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt?.toISOString() ?? null,
    })),
    nextCursor,
  };
}
