import {
  isLegalNeedTransition,
  legalNeedTransitions,
  type TNeed,
  type TNeedClosureReason,
  type TNeedStatus,
  type TNeedTransitionRequest,
  ZNeedTransitionRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import * as repo from './needs.repository';
import { requireNeed, toNeed } from './needs.service';
import { appendNeedTimelineEntry } from './timeline.service';

/**
 * Who moves a need: a signed-in person, or nobody in particular (a volunteer
 * answering through a mailed link, an expiry sweep): then no actor is recorded.
 */
export interface NeedActor {
  accountId: string | null;
  requestId: string;
}

export interface TransitionInput {
  to: TNeedStatus;
  reason: string | null;
  closureReason: TNeedClosureReason | null;
  /** Made by the system as a consequence of another change (not in the coordinator's map). */
  automatic: boolean;
}

/**
 * Moves a locked need to another state in the caller's transaction: the row,
 * its timeline entry and the audit entry together. Callers check legality.
 */
export async function applyTransition(
  tx: Db,
  actor: NeedActor,
  need: repo.NeedRow,
  input: TransitionInput,
): Promise<repo.NeedRow> {
  const now = new Date();
  const updated = await repo.updateNeedRow(tx, need.orgId, need.id, {
    status: input.to,
    statusChangedAt: now,
    closureReason: input.to === 'closed' ? input.closureReason : null,
    closedAt: input.to === 'closed' ? now : null,
    // Completion dates the follow-up; going back to work un-completes it, closing keeps it.
    completedAt: input.to === 'completed' ? now : input.to === 'in_progress' ? null : need.completedAt,
  });
  await appendNeedTimelineEntry(tx, {
    orgId: need.orgId,
    needId: need.id,
    kind: 'status_changed',
    actorAccountId: actor.accountId,
    data: {
      from: need.status,
      to: input.to,
      reason: input.reason,
      closureReason: input.to === 'closed' ? input.closureReason : null,
      automatic: input.automatic,
    },
  });
  await recordAudit(tx, {
    orgId: need.orgId,
    actorAccountId: actor.accountId,
    action: 'NEED_STATUS_CHANGED',
    targetType: 'need',
    targetId: need.id,
    summary: {
      number: need.number,
      from: need.status,
      to: input.to,
      closureReason: input.closureReason,
      automatic: input.automatic,
    },
    requestId: actor.requestId,
  });
  return updated;
}

/**
 * Moves a need along its lifecycle (NEED_TRANSITIONS in the shared contract)
 * in the caller's transaction. An illegal step is refused with the legal
 * ones in the error's details, and nothing changes.
 */
export async function moveNeedIn(
  tx: Db,
  actor: NeedActor,
  orgId: string,
  needId: string,
  input: { to: TNeedStatus; reason?: string | null; closureReason?: TNeedClosureReason | null },
): Promise<repo.NeedRow> {
  const need = await requireNeed(tx, orgId, needId, true);
  if (!isLegalNeedTransition(need.status, input.to)) {
    throw new AppError('NEED_TRANSITION_INVALID', {
      from: need.status,
      to: input.to,
      allowed: legalNeedTransitions(need.status),
    });
  }
  return applyTransition(tx, actor, need, {
    to: input.to,
    reason: input.reason ?? null,
    closureReason: input.closureReason ?? null,
    automatic: false,
  });
}

/** A coordinator moves a need to another stage, saying why (closing needs a reason). */
export async function transitionNeed(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  input: TNeedTransitionRequest,
): Promise<TNeed> {
  const request = ZNeedTransitionRequest.parse(input);
  const row = await db.transaction((tx) => moveNeedIn(tx, actor, orgId, needId, request));
  return toNeed(db, row);
}
