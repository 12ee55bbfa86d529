import {
  RESOURCE_LINE_STATUSES_BY_KIND,
  type TCreateResourceLineRequest,
  type TFieldChange,
  type TResourceLine,
  type TResourceLineKind,
  type TResourceLineStatus,
  type TUpdateResourceLineRequest,
  ZCreateResourceLineRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError, type AppFieldError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { describeOrganizations, listNetworkPeers } from '../organizations';
import { accountNamesByIds } from '../people';
import { volunteerBasics } from '../volunteers';
import type { NeedActor } from './lifecycle.service';
import * as repo from './needs.repository';
import { requireNeed } from './needs.service';
import { appendNeedTimelineEntry } from './timeline.service';
import { toResourceLine } from './views';

const invalid = (path: string, messageKey: string): AppError =>
  new AppError('VALIDATION_FAILED', {}, [{ path, in: 'body', code: 'invalid', messageKey } satisfies AppFieldError]);

/** Fields each kind of line may set besides status and note. */
const FIELDS_BY_KIND: Record<TResourceLineKind, readonly (keyof TUpdateResourceLineRequest)[]> = {
  volunteer_time: ['plannedStart', 'minutes'],
  referral: [],
  goods: ['description', 'quantity', 'unit'],
  money: ['description', 'amount', 'currency'],
};

/** What a line is about, in a few words, for the timeline (kept as it was). */
function labelOf(line: repo.ResourceLineRow, volunteerName: string | null): string | null {
  if (line.kind === 'volunteer_time') return volunteerName;
  if (line.kind === 'referral') return line.referralTargetName;
  return line.description;
}

async function requireOpenNeed(tx: Db, orgId: string, needId: string): Promise<repo.NeedRow> {
  const need = await requireNeed(tx, orgId, needId, true);
  if (need.status === 'closed') throw new AppError('NEED_CLOSED');
  return need;
}

async function volunteerNameOf(db: Db, orgId: string, volunteerId: string | null): Promise<string | null> {
  if (!volunteerId) return null;
  return (await volunteerBasics(db, orgId, [volunteerId])).get(volunteerId)?.name ?? null;
}

async function toLine(db: Db, row: repo.ResourceLineRow): Promise<TResourceLine> {
  const volunteerName = await volunteerNameOf(db, row.orgId, row.volunteerId);
  const accounts = await accountNamesByIds(db, row.createdBy ? [row.createdBy] : []);
  const volunteers = new Map(row.volunteerId && volunteerName ? [[row.volunteerId, volunteerName]] : []);
  return toResourceLine(row, { volunteers, accounts });
}

const isAnswer = (status: TResourceLineStatus) => status === 'accepted' || status === 'declined';

/** Columns of a new line from the request, after checking the volunteer or referral target. */
async function columnsOf(
  tx: Db,
  orgId: string,
  line: ReturnType<typeof ZCreateResourceLineRequest.parse>,
): Promise<Omit<repo.NewResourceLineRow, 'orgId' | 'needId'>> {
  switch (line.kind) {
    case 'volunteer_time': {
      const volunteer = (await volunteerBasics(tx, orgId, [line.volunteerId])).get(line.volunteerId);
      if (!volunteer || volunteer.status === 'merged') throw invalid('volunteerId', 'validation.unknown_volunteer');
      return {
        kind: line.kind,
        status: line.status,
        volunteerId: line.volunteerId,
        plannedStart: line.plannedStart ? new Date(line.plannedStart) : null,
        minutes: line.minutes ?? null,
        note: line.note ?? null,
      };
    }
    case 'referral': {
      let name = line.target.name ?? null;
      if (line.target.kind === 'network_organization') {
        const targetId = line.target.id!;
        const peers = await listNetworkPeers(tx, orgId);
        if (targetId === orgId || !peers.includes(targetId)) throw invalid('target.id', 'validation.referral_target');
        // The name is taken from the organization itself, as it is today.
        name = (await describeOrganizations(tx, [targetId])).get(targetId)?.name ?? name;
      }
      return {
        kind: line.kind,
        status: line.status,
        referralTargetKind: line.target.kind,
        referralTargetId: line.target.id ?? null,
        referralTargetName: name,
        answeredAt: isAnswer(line.status) ? new Date() : null,
        note: line.note ?? null,
      };
    }
    case 'goods':
      return {
        kind: line.kind,
        status: line.status,
        description: line.description,
        quantity: line.quantity ?? null,
        unit: line.unit ?? null,
        note: line.note ?? null,
      };
    case 'money':
      return {
        kind: line.kind,
        status: line.status,
        description: line.description,
        amount: line.amount ?? null,
        currency: line.currency ?? null,
        note: line.note ?? null,
      };
  }
}

/**
 * Adds a way of meeting the need (a volunteer's time, a referral, goods or
 * money) in the caller's transaction, with its timeline and audit entries.
 */
export async function addResourceLineIn(
  tx: Db,
  actor: NeedActor,
  orgId: string,
  needId: string,
  input: TCreateResourceLineRequest,
): Promise<repo.ResourceLineRow> {
  const request = ZCreateResourceLineRequest.parse(input);
  const need = await requireOpenNeed(tx, orgId, needId);
  const line = await repo.insertResourceLine(tx, {
    ...(await columnsOf(tx, orgId, request)),
    orgId,
    needId,
    createdBy: actor.accountId,
  });
  const label = labelOf(line, await volunteerNameOf(tx, orgId, line.volunteerId));
  await appendNeedTimelineEntry(tx, {
    orgId,
    needId,
    kind: 'resource_line_added',
    actorAccountId: actor.accountId,
    data: { lineId: line.id, lineKind: line.kind, status: line.status, label },
  });
  await recordAudit(tx, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'NEED_RESOURCE_LINE_ADDED',
    targetType: 'need',
    targetId: needId,
    summary: {
      number: need.number,
      lineId: line.id,
      lineKind: line.kind,
      status: line.status,
      volunteerId: line.volunteerId,
      referralTarget: line.referralTargetKind
        ? { kind: line.referralTargetKind, id: line.referralTargetId, name: line.referralTargetName }
        : null,
    },
    requestId: actor.requestId,
  });
  return line;
}

export async function addResourceLine(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  input: TCreateResourceLineRequest,
): Promise<TResourceLine> {
  const row = await db.transaction((tx) => addResourceLineIn(tx, actor, orgId, needId, input));
  return toLine(db, row);
}

function lineValue(line: repo.ResourceLineRow, field: keyof TUpdateResourceLineRequest): unknown {
  const value = line[field];
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/**
 * Changes a line: its status (within its kind's statuses), hours served,
 * amounts, note. A referral's answer (accepted, declined) is dated.
 */
export async function updateResourceLine(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  lineId: string,
  changes: TUpdateResourceLineRequest,
): Promise<TResourceLine> {
  const row = await db.transaction(async (tx) => {
    const need = await requireOpenNeed(tx, orgId, needId);
    const line = await repo.findResourceLine(tx, orgId, needId, lineId);
    if (!line) throw new AppError('NEED_RESOURCE_LINE_NOT_FOUND');
    if (changes.status && !RESOURCE_LINE_STATUSES_BY_KIND[line.kind].includes(changes.status)) {
      throw invalid('status', 'validation.line_status');
    }
    const allowed = new Set<string>(['status', 'note', ...FIELDS_BY_KIND[line.kind]]);
    const stray = Object.keys(changes).find((field) => !allowed.has(field));
    if (stray) throw invalid(stray, 'validation.line_field');

    const after = (field: keyof TUpdateResourceLineRequest) => {
      const value = changes[field];
      return field === 'plannedStart' && typeof value === 'string' ? new Date(value).toISOString() : (value ?? null);
    };
    const changed: TFieldChange[] = (Object.keys(changes) as (keyof TUpdateResourceLineRequest)[])
      .filter((field) => JSON.stringify(lineValue(line, field)) !== JSON.stringify(after(field)))
      .map((field) => ({ field, before: lineValue(line, field), after: after(field) }));
    if (changed.length === 0) return line;

    const { plannedStart, ...rest } = changes;
    const updated = await repo.updateResourceLineRow(tx, orgId, lineId, {
      ...rest,
      ...(plannedStart !== undefined ? { plannedStart: plannedStart ? new Date(plannedStart) : null } : {}),
      ...(changes.status && line.kind === 'referral'
        ? { answeredAt: isAnswer(changes.status) ? new Date() : null }
        : {}),
    });
    const label = labelOf(updated, await volunteerNameOf(tx, orgId, updated.volunteerId));
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId,
      kind: 'resource_line_changed',
      actorAccountId: actor.accountId,
      data: { lineId, lineKind: line.kind, label, changes: changed },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'NEED_RESOURCE_LINE_UPDATED',
      targetType: 'need',
      targetId: needId,
      summary: {
        number: need.number,
        lineId,
        lineKind: line.kind,
        fields: changed.map((c) => c.field),
        ...(changes.status ? { from: line.status, to: changes.status } : {}),
      },
      requestId: actor.requestId,
    });
    return updated;
  });
  return toLine(db, row);
}

/** Removes a line entered by mistake; the timeline keeps what it was. */
export async function removeResourceLine(
  db: Db,
  actor: Actor,
  orgId: string,
  needId: string,
  lineId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const need = await requireOpenNeed(tx, orgId, needId);
    const line = await repo.findResourceLine(tx, orgId, needId, lineId);
    if (!line) throw new AppError('NEED_RESOURCE_LINE_NOT_FOUND');
    await repo.deleteResourceLine(tx, orgId, lineId);
    const label = labelOf(line, await volunteerNameOf(tx, orgId, line.volunteerId));
    await appendNeedTimelineEntry(tx, {
      orgId,
      needId,
      kind: 'resource_line_removed',
      actorAccountId: actor.accountId,
      data: { lineId, lineKind: line.kind, label },
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'NEED_RESOURCE_LINE_REMOVED',
      targetType: 'need',
      targetId: needId,
      summary: { number: need.number, lineId, lineKind: line.kind, status: line.status },
      requestId: actor.requestId,
    });
  });
}

/**
 * The open cases a volunteer record serves (a volunteer-time line of theirs,
 * not cancelled), to link a visit to. With `needId`, that one case whatever
 * its status (a late record of a case closed since), or none.
 */
export async function casesServedBy(
  db: Db,
  orgId: string,
  volunteerId: string,
  needId?: string,
): Promise<repo.NeedRow[]> {
  return repo.needsServedBy(db, orgId, volunteerId, { needId, includeClosed: needId !== undefined });
}
