import { type TNeed, ZCreateResourceLineRequest, ZPublicNeedRequest, ZRecordFollowUpRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filtersToSearch, stageCount, toListFilters } from './board-filters';
import { emptyContact, toContactRequest } from './contact-form';
import { followUpRespondents, toFollowUpRequest } from './follow-up-form';
import { ageOn, stageSteps } from './need-display';
import { EMPTY_PUBLIC_REQUEST, toPublicRequest } from './public-request-form';
import { emptyResourceLine, lineErrorPaths, toCreateLineRequest } from './resource-line-form';

const VOLUNTEER = '0190a1b2-0000-7000-8000-000000000005';

describe('the board filters', () => {
  it('opens on every open case and keeps other filters in the address', () => {
    const plain = filtersFromSearch(new URLSearchParams());
    expect(plain).toEqual({ stage: 'open', kind: '', urgency: '', q: '' });
    expect(toListFilters(plain, '')).toEqual({ open: 'true' });
    expect(filtersToSearch(plain).toString()).toBe('');

    const chosen = filtersFromSearch(new URLSearchParams('stage=matching&kind=shopping&urgency=nope&q=佐藤'));
    expect(chosen).toEqual({ stage: 'matching', kind: 'shopping', urgency: '', q: '佐藤' });
    expect(toListFilters(chosen, '佐藤')).toEqual({ status: 'matching', kind: 'shopping', q: '佐藤' });
    expect(toListFilters({ ...chosen, stage: 'all' }, '')).toEqual({ kind: 'shopping' });
  });

  it('counts open cases as every stage but closed', () => {
    const counts = { new: 2, assessing: 1, matching: 0, completed: 3, closed: 5 };
    expect(stageCount(counts, 'open')).toBe(6);
    expect(stageCount(counts, 'all')).toBe(11);
    expect(stageCount(counts, 'closed')).toBe(5);
  });
});

describe('stageSteps', () => {
  it('offers the legal steps, forward first, then back, then closing', () => {
    expect(stageSteps('matching')).toEqual([
      { to: 'proposed', back: false },
      { to: 'confirmed', back: false },
      { to: 'assessing', back: true },
      { to: 'closed', back: false },
    ]);
    expect(stageSteps('completed').map((step) => step.to)).toEqual(['in_progress', 'closed']);
    expect(stageSteps('closed')).toEqual([]);
  });
});

describe('ageOn', () => {
  it('counts a birthday from the day itself', () => {
    expect(ageOn('1938-02-11', '2026-02-10')).toBe(87);
    expect(ageOn('1938-02-11', '2026-02-11')).toBe(88);
  });
});

describe('resource lines', () => {
  it('sends a volunteer line with the planned time as a moment, and only its own fields', () => {
    const request = toCreateLineRequest({
      ...emptyResourceLine(),
      volunteerId: VOLUNTEER,
      plannedStart: '2026-05-12T10:00',
      minutes: 90,
      description: 'left over from another kind',
    });
    expect(ZCreateResourceLineRequest.safeParse(request).success).toBe(true);
    expect(request).toEqual({
      kind: 'volunteer_time',
      volunteerId: VOLUNTEER,
      status: undefined,
      plannedStart: new Date('2026-05-12T10:00').toISOString(),
      minutes: 90,
      note: undefined,
    });
  });

  it('sends a referral to a place named by hand without an id, and maps its errors to the inputs', () => {
    const request = toCreateLineRequest({
      ...emptyResourceLine(),
      kind: 'referral',
      targetKind: 'other',
      targetId: 'stale',
      targetName: ' 市役所 高齢福祉課 ',
    });
    expect(request).toMatchObject({
      kind: 'referral',
      target: { kind: 'other', id: undefined, name: '市役所 高齢福祉課' },
    });
    expect(ZCreateResourceLineRequest.safeParse(request).success).toBe(true);
    expect(lineErrorPaths({ 'target.name': 'a', 'target.id': 'b', note: 'c' })).toEqual({
      targetName: 'a',
      targetId: 'b',
      note: 'c',
    });
  });
});

describe('follow-up', () => {
  const need = {
    recipient: null,
    recipientName: '佐々木 ハル',
    requesterName: '佐々木 一郎',
    requesterRelation: 'family',
    resourceLines: [
      { kind: 'volunteer_time', volunteerId: VOLUNTEER, volunteerName: '山田 花子', status: 'done' },
      { kind: 'volunteer_time', volunteerId: 'x', volunteerName: '取消', status: 'cancelled' },
    ],
    followUps: [{ respondent: 'requester', volunteerId: null }],
  } as unknown as TNeed;

  it('offers those who have not answered: the recipient and each volunteer who served', () => {
    expect(followUpRespondents(need).map((choice) => [choice.key, choice.name])).toEqual([
      ['recipient', '佐々木 ハル'],
      [`volunteer:${VOLUNTEER}`, '山田 花子'],
    ]);
  });

  it('sends a volunteer answer with the volunteer id, accepted by the contract', () => {
    const request = toFollowUpRequest({
      respondent: `volunteer:${VOLUNTEER}`,
      method: 'phone',
      satisfaction: '4',
      shouldContinue: 'yes',
      comment: ' ',
    });
    expect(request).toEqual({
      respondent: 'volunteer',
      volunteerId: VOLUNTEER,
      method: 'phone',
      satisfaction: 4,
      shouldContinue: 'yes',
      comment: null,
    });
    expect(ZRecordFollowUpRequest.safeParse(request).success).toBe(true);
  });
});

describe('the public request', () => {
  it('names the person helped only when it is someone else, and needs the consent ticked', () => {
    const values = {
      ...EMPTY_PUBLIC_REQUEST,
      requesterName: '森 一郎',
      recipientName: '森 ツル',
      requesterPhone: '03-5555-0000',
      kind: 'visit_conversation' as const,
      title: '話し相手',
    };
    expect(toPublicRequest(values).recipientName).toBeUndefined();
    expect(ZPublicNeedRequest.safeParse(toPublicRequest(values)).success).toBe(false);
    const sent = toPublicRequest({ ...values, requesterRelation: 'family', consent: true });
    expect(sent.recipientName).toBe('森 ツル');
    expect(ZPublicNeedRequest.safeParse(sent).success).toBe(true);
  });
});

describe('logging a contact', () => {
  it('lets the server date a contact left at the time offered, and sends a time someone changed', () => {
    const offered = emptyContact(new Date('2026-05-12T01:30:00.000Z'));
    expect(toContactRequest({ ...offered, note: ' 留守電 ' }, offered.at)).toEqual({
      kind: 'call',
      party: 'recipient',
      note: '留守電',
      at: undefined,
    });
    const earlier = toContactRequest({ ...offered, at: '2026-05-11T09:15' }, offered.at);
    expect(earlier.at).toBe(new Date('2026-05-11T09:15').toISOString());
  });
});
