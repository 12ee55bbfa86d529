import type { TAuditAction } from '@musubi/shared';
import type { Db } from '../db/client';
import { auditEntryTable } from './audit.table';

export interface AuditInput {
  orgId: string;
  actorAccountId: string | null;
  action: TAuditAction;
  targetType: string;
  targetId?: string | null;
  /** What changed, in a few fields (never secrets or sensitive notes). */
  summary?: Record<string, unknown>;
  requestId?: string;
}

/** Appends an audit entry. Call it with the transaction of the change it records. */
export async function recordAudit(tx: Db, entry: AuditInput): Promise<void> {
  await tx.insert(auditEntryTable).values({
    orgId: entry.orgId,
    actorAccountId: entry.actorAccountId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: entry.summary ?? {},
    requestId: entry.requestId ?? null,
  });
}
