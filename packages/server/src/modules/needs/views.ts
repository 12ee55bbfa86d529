import type { TFollowUp, TNeedSummary, TResourceLine } from '@musubi/shared';
import type { FollowUpRow, NeedListRow, ResourceLineRow } from './needs.repository';

/** A row of the needs list: the linked recipient's name wins over the name the requester gave. */
export function toNeedSummary({ need, linkedName, coordinatorName }: NeedListRow): TNeedSummary {
  return {
    id: need.id,
    number: need.number,
    status: need.status,
    closureReason: need.closureReason,
    kind: need.kind,
    title: need.title,
    urgency: need.urgency,
    channel: need.channel,
    recipientId: need.recipientId,
    recipientName: linkedName ?? need.recipientName,
    area: need.area,
    coordinatorName,
    createdAt: need.createdAt.toISOString(),
    statusChangedAt: need.statusChangedAt.toISOString(),
    completedAt: need.completedAt?.toISOString() ?? null,
  };
}

export function toResourceLine(
  row: ResourceLineRow,
  names: { volunteers: Map<string, string>; accounts: Map<string, string> },
): TResourceLine {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    volunteerId: row.volunteerId,
    volunteerName: row.volunteerId ? (names.volunteers.get(row.volunteerId) ?? null) : null,
    plannedStart: row.plannedStart?.toISOString() ?? null,
    minutes: row.minutes,
    referralTargetKind: row.referralTargetKind,
    referralTargetId: row.referralTargetId,
    referralTargetName: row.referralTargetName,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    description: row.description,
    quantity: row.quantity,
    unit: row.unit,
    amount: row.amount,
    currency: row.currency,
    note: row.note,
    createdByName: row.createdBy ? (names.accounts.get(row.createdBy) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toFollowUp(row: FollowUpRow, respondentName: string | null, recordedByName: string | null): TFollowUp {
  return {
    id: row.id,
    respondent: row.respondent,
    volunteerId: row.volunteerId,
    respondentName,
    satisfaction: row.satisfaction,
    shouldContinue: row.shouldContinue,
    comment: row.comment,
    method: row.method,
    recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}
