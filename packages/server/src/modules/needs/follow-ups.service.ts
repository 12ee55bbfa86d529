import {
  calendarDateIn,
  type TFollowUp,
  type TFollowUpDueResponse,
  type TMyFollowUpDueResponse,
  type TMyFollowUpRequest,
  type TRecordFollowUpRequest,
  ZMyFollowUpRequest,
  ZRecordFollowUpRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { describeOrganizations, getOrganization } from '../organizations';
import { findVolunteerByAccount, volunteerBasics, volunteersOfAccount } from '../volunteers';
import { applyTransition } from './lifecycle.service';
import * as repo from './needs.repository';
import { requireNeed } from './needs.service';
import * as recipientsRepo from './recipients.repository';
import { appendNeedTimelineEntry } from './timeline.service';
import { toFollowUp } from './views';

const FOLLOW_UP_STATES = new Set(['completed', 'followed_up']);

interface FollowUpInput {
  respondent: 'recipient' | 'requester' | 'volunteer';
  volunteerId: string | null;
  method: 'phone' | 'visit' | 'paper' | 'self';
  satisfaction: number;
  shouldContinue: 'yes' | 'no' | 'unsure';
  comment: string | null;
}

async function servedOn(tx: Db, need: repo.NeedRow, volunteerId: string): Promise<boolean> {
  const lines = await repo.listResourceLines(tx, need.orgId, need.id);
  return lines.some((l) => l.kind === 'volunteer_time' && l.volunteerId === volunteerId && l.status !== 'cancelled');
}

/**
 * Records one respondent's answers on a locked, completed need. The first
 * answer moves the need from completed to followed_up in the same
 * transaction (an automatic step in its timeline).
 */
async function insertFollowUpIn(tx: Db, actor: Actor, need: repo.NeedRow, input: FollowUpInput): Promise<TFollowUp> {
  const { orgId } = need;
  if (!FOLLOW_UP_STATES.has(need.status)) throw new AppError('NEED_FOLLOW_UP_NOT_OPEN');
  const existing = await repo.listFollowUps(tx, orgId, need.id);
  const already = existing.some((f) =>
    input.volunteerId ? f.volunteerId === input.volunteerId : f.respondent === input.respondent && !f.volunteerId,
  );
  if (already) throw new AppError('NEED_FOLLOW_UP_ALREADY_RECORDED');

  const respondentName =
    input.respondent === 'volunteer'
      ? ((await volunteerBasics(tx, orgId, [input.volunteerId!])).get(input.volunteerId!)?.name ?? null)
      : input.respondent === 'recipient'
        ? need.recipientId
          ? ((await recipientsRepo.findRecipient(tx, orgId, need.recipientId))?.name ?? null)
          : need.recipientName
        : need.requesterName;
  const row = await repo.insertFollowUp(tx, { orgId, needId: need.id, ...input, recordedBy: actor.accountId });
  await appendNeedTimelineEntry(tx, {
    orgId,
    needId: need.id,
    kind: 'follow_up_recorded',
    actorAccountId: actor.accountId,
    data: {
      followUpId: row.id,
      respondent: row.respondent,
      respondentName,
      satisfaction: row.satisfaction,
      shouldContinue: row.shouldContinue,
    },
  });
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'NEED_FOLLOW_UP_RECORDED',
    targetType: 'need',
    targetId: need.id,
    summary: {
      number: need.number,
      followUpId: row.id,
      respondent: row.respondent,
      volunteerId: row.volunteerId,
      method: row.method,
    },
    requestId: actor.requestId,
  });
  if (need.status === 'completed') {
    await applyTransition(tx, actor, need, { to: 'followed_up', reason: null, closureReason: null, automatic: true });
  }
  return toFollowUp(row, respondentName, actor.name);
}

/** A coordinator records the answers of the recipient, the requester or a volunteer who served. */
export async function recordFollowUp(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  input: TRecordFollowUpRequest,
): Promise<TFollowUp> {
  const request = ZRecordFollowUpRequest.parse(input);
  return db.transaction(async (tx) => {
    const need = await requireNeed(tx, orgId, needId, true);
    if (request.volunteerId && !(await servedOn(tx, need, request.volunteerId))) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'volunteerId', in: 'body', code: 'invalid', messageKey: 'validation.volunteer_not_on_need' },
      ]);
    }
    return insertFollowUpIn(tx, actor, need, {
      respondent: request.respondent,
      volunteerId: request.volunteerId ?? null,
      method: request.method,
      satisfaction: request.satisfaction,
      shouldContinue: request.shouldContinue,
      comment: request.comment ?? null,
    });
  });
}

const DAY_MS = 86_400_000;

/** Completed needs no one has followed up yet, oldest first, with days since completion (in the organization's calendar). */
export async function listFollowUpsDue(db: Db, orgId: string): Promise<TFollowUpDueResponse> {
  const org = await getOrganization(db, orgId);
  const today = Date.parse(calendarDateIn(org.timeZone));
  const rows = await repo.listFollowUpsDue(db, orgId, 500);
  return {
    needs: rows.map(({ need, linkedName }) => {
      const completedAt = need.completedAt ?? need.statusChangedAt;
      return {
        needId: need.id,
        number: need.number,
        title: need.title,
        kind: need.kind,
        recipientName: linkedName ?? need.recipientName,
        requesterPhone: need.requesterPhone,
        completedAt: completedAt.toISOString(),
        daysSinceCompletion: Math.round((today - Date.parse(calendarDateIn(org.timeZone, completedAt))) / DAY_MS),
      };
    }),
  };
}

/** Needs the signed-in volunteer served on that wait for their own answers, across their organizations. */
export async function listMyFollowUpsDue(db: Db, accountId: string): Promise<TMyFollowUpDueResponse> {
  const records = await volunteersOfAccount(db, accountId);
  const orgNames = await describeOrganizations(db, [...new Set(records.map((r) => r.orgId))]);
  const needs: TMyFollowUpDueResponse['needs'] = [];
  for (const record of records) {
    for (const need of await repo.listVolunteerFollowUpsDue(db, record.orgId, record.id)) {
      needs.push({
        orgId: need.orgId,
        orgName: orgNames.get(need.orgId)?.name ?? '',
        needId: need.id,
        number: need.number,
        title: need.title,
        kind: need.kind,
        completedAt: (need.completedAt ?? need.statusChangedAt).toISOString(),
      });
    }
  }
  return { needs };
}

/**
 * A volunteer answers for themselves in the app. Someone who did not serve
 * on the need is told it does not exist (it is not theirs to see).
 */
export async function recordMyFollowUp(db: Db, actor: Actor, input: TMyFollowUpRequest): Promise<TFollowUp> {
  const request = ZMyFollowUpRequest.parse(input);
  return db.transaction(async (tx) => {
    const volunteer = await findVolunteerByAccount(tx, request.orgId, actor.accountId);
    if (!volunteer) throw new AppError('NEED_NOT_FOUND');
    const need = await repo.findNeed(tx, request.orgId, request.needId, true);
    if (!need || !(await servedOn(tx, need, volunteer.id))) throw new AppError('NEED_NOT_FOUND');
    return insertFollowUpIn(tx, actor, need, {
      respondent: 'volunteer',
      volunteerId: volunteer.id,
      method: 'self',
      satisfaction: request.satisfaction,
      shouldContinue: request.shouldContinue,
      comment: request.comment ?? null,
    });
  });
}
