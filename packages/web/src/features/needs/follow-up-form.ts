import type { TNeed, TRecordFollowUpRequest } from '@musubi/shared';

type TRespondent = TRecordFollowUpRequest['respondent'];

/** Someone whose answers may still be recorded: the recipient, the requester, or one volunteer who served. */
export interface RespondentChoice {
  /** `recipient`, `requester`, or `volunteer:<id>` (the select's value). */
  key: string;
  respondent: TRespondent;
  volunteerId: string | null;
  name: string | null;
}

/** Who has not answered yet: the person helped, the requester (when someone else asked), each volunteer. */
export function followUpRespondents(need: TNeed): RespondentChoice[] {
  const answered = new Set(
    need.followUps.map((answer) =>
      answer.respondent === 'volunteer' ? `volunteer:${answer.volunteerId}` : answer.respondent,
    ),
  );
  const choices: RespondentChoice[] = [
    {
      key: 'recipient',
      respondent: 'recipient',
      volunteerId: null,
      name: need.recipient?.name ?? need.recipientName,
    },
  ];
  if (need.requesterName && need.requesterRelation !== 'self') {
    choices.push({ key: 'requester', respondent: 'requester', volunteerId: null, name: need.requesterName });
  }
  const served = new Map<string, string | null>();
  for (const line of need.resourceLines) {
    if (line.kind === 'volunteer_time' && line.volunteerId && line.status !== 'cancelled') {
      served.set(line.volunteerId, line.volunteerName);
    }
  }
  for (const [volunteerId, name] of served) {
    choices.push({ key: `volunteer:${volunteerId}`, respondent: 'volunteer', volunteerId, name });
  }
  return choices.filter((choice) => !answered.has(choice.key));
}

/** The follow-up form's inputs; radio groups give '' until chosen. */
export interface FollowUpValues {
  respondent: string;
  method: 'phone' | 'visit' | 'paper';
  satisfaction: string;
  shouldContinue: '' | 'yes' | 'no' | 'unsure';
  comment: string;
}

/** The request for the chosen respondent (a volunteer carries their id). */
export function toFollowUpRequest(values: FollowUpValues): TRecordFollowUpRequest {
  const [respondent, volunteerId] = values.respondent.split(':') as [TRespondent, string | undefined];
  return {
    respondent,
    volunteerId: volunteerId ?? null,
    method: values.method,
    satisfaction: values.satisfaction === '' ? Number.NaN : Number(values.satisfaction),
    shouldContinue: values.shouldContinue as 'yes',
    comment: values.comment.trim() || null,
  };
}
