import { issuePath, type TNeed, ZCreateNeedRequest, ZUpdateNeedRequest } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_NEED_FIELDS,
  emptyIntake,
  type IntakeValues,
  intakeErrorPaths,
  needToValues,
  newTimeWindowRow,
  toCreateNeedRequest,
  toSensitiveNote,
  toUpdateNeedRequest,
} from './need-form';

const COORDINATOR = '0190a1b2-0000-7000-8000-000000000001';
const RECIPIENT = '0190a1b2-0000-7000-8000-000000000002';
const SKILL = '0190a1b2-0000-7000-8000-000000000003';

/** A phone call from a daughter about her mother, as a coordinator types it. */
function phoneIntake(): IntakeValues {
  return {
    ...emptyIntake(COORDINATOR),
    requesterRelation: 'family',
    requesterName: ' 佐藤 恵子 ',
    requesterPhone: '090-1111-2222',
    kind: 'shopping',
    title: ' 週1回の買い物の付き添い ',
    urgency: 'high',
    timeWindows: [
      newTimeWindowRow({ date: null, weekday: 2, start: '10:00', end: '12:00' }),
      { ...newTimeWindowRow(), on: 'date', date: '2026-06-02', start: '14:00', end: '15:00' },
    ],
    repeat: { kind: 'weekly', weekdays: ['TU'], ordinal: '1', custom: '' },
    skillIds: [SKILL],
    recipientChoice: 'new',
    newRecipient: {
      ...emptyIntake().newRecipient,
      name: '佐藤 トメ',
      nameReading: 'さとう とめ',
      birthDate: '1936-03-03',
      consents: ['record_keeping', 'sensitive_data'],
      consentMethod: 'through_someone',
      consentNote: '長女を通じて電話で',
    },
    onBehalf: true,
    onBehalfOf: { consentMethod: 'through_someone', consentNote: '' },
  };
}

describe('toCreateNeedRequest', () => {
  it('maps a phone intake with a new recipient onto a request the shared contract accepts', () => {
    const request = toCreateNeedRequest(phoneIntake());
    expect(ZCreateNeedRequest.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({
      channel: 'phone',
      kind: 'shopping',
      title: '週1回の買い物の付き添い',
      requesterName: '佐藤 恵子',
      requesterRelation: 'family',
      urgency: 'high',
      headcount: 1,
      coordinatorAccountId: COORDINATOR,
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      skillIds: [SKILL],
      timeWindows: [
        { date: null, weekday: 2, start: '10:00', end: '12:00' },
        { date: '2026-06-02', weekday: null, start: '14:00', end: '15:00' },
      ],
      onBehalfOf: { consentMethod: 'through_someone', consentNote: null },
    });
    // Each consent carries how it was obtained; blank fields of the new record are left out.
    expect(request.newRecipient).toEqual({
      name: '佐藤 トメ',
      nameReading: 'さとう とめ',
      birthDate: '1936-03-03',
      languages: [],
      consents: [
        { purpose: 'record_keeping', granted: true, method: 'through_someone', note: '長女を通じて電話で' },
        { purpose: 'sensitive_data', granted: true, method: 'through_someone', note: '長女を通じて電話で' },
      ],
    });
    expect(request).not.toHaveProperty('recipientId');
    expect(request).not.toHaveProperty('description');
  });

  it('sends only the chosen way of naming the recipient', () => {
    const existing = toCreateNeedRequest({ ...phoneIntake(), recipientChoice: 'existing', recipientId: RECIPIENT });
    expect(existing.recipientId).toBe(RECIPIENT);
    expect(existing).not.toHaveProperty('newRecipient');
    const named = toCreateNeedRequest({ ...phoneIntake(), recipientChoice: 'name_only', recipientName: ' 森 さん ' });
    expect(named.recipientName).toBe('森 さん');
    expect(named).not.toHaveProperty('newRecipient');
    expect(named).not.toHaveProperty('recipientId');
    expect(toCreateNeedRequest({ ...phoneIntake(), onBehalf: false })).not.toHaveProperty('onBehalfOf');
  });

  it('leaves the kind to the contract to refuse until one is chosen, with a message on the kind input', () => {
    const result = ZCreateNeedRequest.safeParse(toCreateNeedRequest({ ...phoneIntake(), kind: '' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issuePath(issue.path))).toContain('kind');
  });
});

describe('intakeErrorPaths', () => {
  it('puts errors of the request on the inputs that hold those values', () => {
    expect(
      intakeErrorPaths({
        'newRecipient.consents.1.method': 'method',
        'newRecipient.consents.0.note': 'note',
        rrule: 'rule',
        'timeWindows.0.end': 'end',
        'newRecipient.name': 'name',
      }),
    ).toEqual({
      'newRecipient.consentMethod': 'method',
      'newRecipient.consentNote': 'note',
      'repeat.kind': 'rule',
      'timeWindows.0.end': 'end',
      'newRecipient.name': 'name',
    });
  });
});

describe('toSensitiveNote', () => {
  it('writes a note only when something was typed, and sends it with the need', () => {
    expect(toSensitiveNote(phoneIntake())).toBeNull();
    expect(toCreateNeedRequest(phoneIntake()).sensitiveNote).toBeUndefined();
    const typed = { ...phoneIntake(), sensitiveNote: { category: 'family' as const, body: '  長女は遠方に住む  ' } };
    expect(toSensitiveNote(typed)).toEqual({ category: 'family', body: '長女は遠方に住む' });
    expect(toCreateNeedRequest(typed).sensitiveNote).toEqual({ category: 'family', body: '長女は遠方に住む' });
  });
});

const NEED: TNeed = {
  id: '0190a1b2-0000-7000-8000-0000000000aa',
  orgId: '0190a1b2-0000-7000-8000-0000000000bb',
  number: '2026-0042',
  status: 'assessing',
  closureReason: null,
  kind: 'shopping',
  title: '買い物の付き添い',
  description: null,
  channel: 'phone',
  requesterName: '佐藤 恵子',
  requesterRelation: 'family',
  requesterPhone: '09011112222',
  requesterEmail: null,
  recipientId: null,
  recipientName: '佐藤 トメ',
  recipient: null,
  onBehalfOf: null,
  online: false,
  postalCode: null,
  address: '結び野市東町1-1',
  area: '東地区',
  location: null,
  timeWindows: [{ date: null, weekday: 2, start: '10:00', end: '12:00' }],
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  headcount: 1,
  skillIds: [SKILL],
  languages: ['ja'],
  helperGender: 'female',
  preferenceNote: null,
  urgency: 'normal',
  costNote: null,
  coordinatorAccountId: COORDINATOR,
  coordinatorName: '結野 さくら',
  sensitiveNoteCount: 0,
  resourceLines: [],
  followUps: [],
  createdByName: '結野 さくら',
  createdAt: '2026-05-01T01:00:00.000Z',
  updatedAt: '2026-05-01T01:00:00.000Z',
  statusChangedAt: '2026-05-01T01:00:00.000Z',
  completedAt: null,
  closedAt: null,
};

describe('toUpdateNeedRequest', () => {
  it('sends nothing when nothing changed, a stored need round-tripping through the form', () => {
    const values = needToValues(NEED);
    expect(toUpdateNeedRequest(values, { ...values })).toEqual({});
  });

  it('sends only the changed fields, clearing a field with null, and the contract accepts them', () => {
    const before = needToValues(NEED);
    const after = {
      ...before,
      urgency: 'urgent' as const,
      address: '  ',
      repeat: { ...before.repeat, weekdays: ['TU' as const, 'FR' as const] },
      languages: ['ja' as const],
    };
    const changes = toUpdateNeedRequest(before, after);
    expect(changes).toEqual({ urgency: 'urgent', address: null, rrule: 'FREQ=WEEKLY;BYDAY=TU,FR' });
    expect(ZUpdateNeedRequest.safeParse(changes).success).toBe(true);
  });

  it('treats the same skills in another order as unchanged', () => {
    const other = '0190a1b2-0000-7000-8000-000000000004';
    const before = { ...EMPTY_NEED_FIELDS, kind: 'shopping' as const, title: 'x', skillIds: [SKILL, other] };
    expect(toUpdateNeedRequest(before, { ...before, skillIds: [other, SKILL] })).toEqual({});
  });
});
