import {
  NEED_STATUSES,
  NEED_TRANSITIONS,
  type TNeed,
  type TNeedStatus,
  type TNeedTimelineEntry,
  type TRole,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { createOrganization, joinNetwork } from '../organizations';
import { addMembershipDirectly, createAccount } from '../people';
import { insertVolunteer } from '../volunteers';

const PASSWORD = 'needs-test-password';
const SECRET = '要介護2・認知症の診断あり（長女より）';
const FAMILY_SECRET = '長男と同居、家族関係に配慮が必要';

/** The shortest way from `new` to each state; followed_up is reached by recording a follow-up. */
function pathTo(target: TNeedStatus): TNeedStatus[] {
  const previous = new Map<TNeedStatus, TNeedStatus>();
  const queue: TNeedStatus[] = ['new'];
  const seen = new Set<TNeedStatus>(['new']);
  while (queue.length > 0) {
    const from = queue.shift()!;
    const next = [...NEED_TRANSITIONS[from], ...(from === 'completed' ? (['followed_up'] as const) : [])];
    for (const to of next) {
      if (seen.has(to)) continue;
      seen.add(to);
      previous.set(to, from);
      queue.push(to);
    }
  }
  const path: TNeedStatus[] = [];
  for (let at: TNeedStatus | undefined = target; at && at !== 'new'; at = previous.get(at)) path.unshift(at);
  return path;
}

describe('needs: intake, recipients, lifecycle, timeline, resource lines, follow-up', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let base: string;
  const as = new Map<TRole, TestClient>();
  const rowCount = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0].n;
  const auditEntries = async () =>
    (await admin.get(`${base}/audit-entries?limit=200`)).json().entries as {
      action: string;
      actorAccountId: string | null;
      targetId: string | null;
      summary: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    for (const role of ['coordinator', 'staff', 'volunteer'] as const) {
      const account = await createAccount(t.database.db, {
        name: `${role} 担当`,
        email: `${role}@needs.test`,
        password: PASSWORD,
        locale: 'ja',
      });
      await addMembershipDirectly(t.database.db, orgId, account.id, role);
      const client = new TestClient(t.app);
      await client.signIn(`${role}@needs.test`, PASSWORD);
      as.set(role, client);
    }
  });
  afterAll(() => t.close());

  const coordinator = () => as.get('coordinator')!;
  const staff = () => as.get('staff')!;

  async function newNeed(overrides: Record<string, unknown> = {}): Promise<TNeed> {
    const response = await coordinator().post(`${base}/needs`, {
      kind: 'shopping',
      title: '週1回の買い物支援',
      channel: 'phone',
      requesterName: '山本 恵子',
      requesterRelation: 'family',
      requesterPhone: '090-1111-2222',
      recipientName: '山本 トメ',
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function step(needId: string, to: TNeedStatus) {
    const response =
      to === 'followed_up'
        ? await coordinator().post(`${base}/needs/${needId}/follow-ups`, {
            respondent: 'requester',
            method: 'phone',
            satisfaction: 4,
            shouldContinue: 'no',
          })
        : await coordinator().post(`${base}/needs/${needId}/transitions`, {
            to,
            ...(to === 'closed' ? { closureReason: 'fulfilled' } : {}),
          });
    expect(response.statusCode, `${to}: ${response.body}`).toBeLessThan(300);
  }

  async function needIn(status: TNeedStatus): Promise<TNeed> {
    const need = await newNeed();
    for (const to of pathTo(status)) await step(need.id, to);
    const current = (await coordinator().get(`${base}/needs/${need.id}`)).json();
    expect(current.status).toBe(status);
    return current;
  }

  const timeline = async (needId: string, query = ''): Promise<TNeedTimelineEntry[]> =>
    (await coordinator().get(`${base}/needs/${needId}/timeline${query}`)).json().entries;

  // ------------------------------------------------------------ recipients

  it('records a recipient with consents (how and by whom), finds them by reading, and shows their needs', async () => {
    const created = await staff().post(`${base}/recipients`, {
      name: '佐々木 ハル',
      nameReading: 'ササキ ハル',
      birthDate: '1938-02-11',
      phone: '03-5555-0101',
      postalCode: '1600023',
      address: '結び野市東町3-2-1',
      area: '東地区',
      languages: ['ja'],
      notes: '玄関のチャイムが鳴らないので、戸をたたいてください',
      consents: [
        { purpose: 'record_keeping', granted: true, method: 'phone', note: '長女の同席のもと電話で' },
        { purpose: 'sensitive_data', granted: true, method: 'phone' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const recipient = created.json();
    expect(recipient).toMatchObject({ postalCode: '160-0023', phone: '0355550101', sensitiveNoteCount: 0 });
    expect(recipient.consents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: 'record_keeping',
          granted: true,
          method: 'phone',
          note: '長女の同席のもと電話で',
          wordingVersion: '1',
          recordedByName: 'staff 担当',
        }),
      ]),
    );

    const withdrawn = await coordinator().post(`${base}/recipients/${recipient.id}/consents`, {
      purpose: 'sensitive_data',
      granted: false,
      method: 'in_person',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().consents.find((c: { purpose: string }) => c.purpose === 'sensitive_data').granted).toBe(
      false,
    );
    expect(withdrawn.json().consentHistory).toHaveLength(3);
    // Consents are evidence: the database refuses to rewrite them.
    await expect(t.database.db.execute(sql`update recipient_consent set granted = true`)).rejects.toThrow();

    const found = (await staff().get(`${base}/recipients?q=${encodeURIComponent('ささき')}`)).json();
    expect(found.recipients.map((r: { id: string }) => r.id)).toEqual([recipient.id]);

    const need = await newNeed({ recipientId: recipient.id, recipientName: null });
    const page = (await staff().get(`${base}/recipients/${recipient.id}`)).json();
    expect(page.needs).toEqual([expect.objectContaining({ id: need.id, recipientName: '佐々木 ハル' })]);
    const list = (await staff().get(`${base}/recipients?q=0101`)).json();
    expect(list.recipients[0]).toMatchObject({ id: recipient.id, needCount: 1, openNeedCount: 1 });
  });

  // ------------------------------------------------------------ intake

  it('takes a need by phone for someone (assisted), numbers it per fiscal year, and creates the recipient with it', async () => {
    const first = await newNeed();
    const response = await coordinator().post(`${base}/needs`, {
      kind: 'transport_escort',
      title: '通院の付き添い（市民病院・眼科）',
      description: '月2回、火曜の午前。タクシー代はご本人負担。',
      channel: 'phone',
      requesterName: '民生委員 田村',
      requesterRelation: 'welfare_commissioner',
      requesterPhone: '090-3333-4444',
      newRecipient: {
        name: '大野 キヨ',
        nameReading: 'おおの きよ',
        consents: [{ purpose: 'record_keeping', granted: true, method: 'through_someone', note: '民生委員経由' }],
      },
      onBehalfOf: { consentMethod: 'through_someone', consentNote: '民生委員が本人に確認' },
      timeWindows: [
        { weekday: 2, start: '09:00', end: '12:00' },
        { date: '2026-06-02', start: '09:30', end: '11:30' },
      ],
      rrule: 'FREQ=MONTHLY;BYDAY=1TU,3TU',
      headcount: 1,
      languages: ['ja'],
      helperGender: 'female',
      urgency: 'high',
      costNote: 'タクシー代は本人負担',
      location: { lat: 35.69, lng: 139.77 },
    });
    expect(response.statusCode, response.body).toBe(201);
    const need = response.json();
    const [year, sequence] = first.number.split('-');
    expect(first.number).toMatch(/^\d{4}-\d{4}$/);
    expect(need.number).toBe(`${year}-${String(Number(sequence) + 1).padStart(4, '0')}`);
    expect(need).toMatchObject({
      status: 'new',
      channel: 'phone',
      requesterRelation: 'welfare_commissioner',
      requesterPhone: '09033334444',
      recipient: { name: '大野 キヨ', nameReading: 'おおの きよ' },
      onBehalfOf: {
        consentMethod: 'through_someone',
        consentNote: '民生委員が本人に確認',
        recordedByName: 'coordinator 担当',
      },
      timeWindows: [
        { date: null, weekday: 2, start: '09:00', end: '12:00' },
        { date: '2026-06-02', weekday: null, start: '09:30', end: '11:30' },
      ],
      helperGender: 'female',
      urgency: 'high',
      createdByName: 'coordinator 担当',
      resourceLines: [],
      followUps: [],
    });
    const entries = await timeline(need.id);
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'created',
        actorName: 'coordinator 担当',
        data: { channel: 'phone', onBehalfOf: true },
      }),
    ]);
    const audit = await auditEntries();
    expect(audit.find((e) => e.action === 'NEED_CREATED' && e.targetId === need.id)?.summary).toMatchObject({
      number: need.number,
      onBehalfOf: { consentMethod: 'through_someone' },
    });
    expect(audit.find((e) => e.action === 'RECIPIENT_CREATED' && e.targetId === need.recipientId)).toBeDefined();
  });

  it('answers bad input field by field, in the reader’s language, and writes nothing', async () => {
    const before = await rowCount('need');
    const response = await coordinator().request(
      'POST',
      `${base}/needs`,
      {
        kind: 'gardening',
        title: '',
        channel: 'public_form',
        headcount: 0,
        timeWindows: [{ date: '2026-06-01', weekday: 1, start: '10:00', end: '09:00' }],
        rrule: 'every tuesday',
        requesterPhone: 'abc',
      },
      { 'accept-language': 'ja' },
    );
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'kind',
        'title',
        'channel',
        'headcount',
        'timeWindows.0.date',
        'timeWindows.0.end',
        'rrule',
        'requesterPhone',
      ]),
    );
    const day = response.json().error.fields.find((f: { path: string }) => f.path === 'timeWindows.0.date');
    expect(day.message).toContain('曜日');

    const unknownSkill = await coordinator().post(`${base}/needs`, {
      kind: 'other',
      title: 'x',
      channel: 'phone',
      skillIds: ['01900000-0000-7000-8000-00000000abcd'],
    });
    expect(unknownSkill.statusCode).toBe(400);
    expect(unknownSkill.json().error.fields[0].path).toBe('skillIds.0');
    const notStaff = await coordinator().post(`${base}/needs`, {
      kind: 'other',
      title: 'x',
      channel: 'phone',
      coordinatorAccountId: '01900000-0000-7000-8000-00000000abcd',
    });
    expect(notStaff.statusCode).toBe(400);
    expect(notStaff.json().error.fields[0].path).toBe('coordinatorAccountId');
    const unknownRecipient = await coordinator().post(`${base}/needs`, {
      kind: 'other',
      title: 'x',
      channel: 'phone',
      recipientId: '01900000-0000-7000-8000-00000000abcd',
    });
    expect(unknownRecipient.statusCode).toBe(404);
    expect(unknownRecipient.json().error.code).toBe('RECIPIENT_NOT_FOUND');
    expect(await rowCount('need')).toBe(before);
  });

  // ------------------------------------------------------------ lifecycle

  const legalPairs = NEED_STATUSES.flatMap((from) => NEED_TRANSITIONS[from].map((to) => [from, to] as const));

  it.each(legalPairs)(
    'moves %s → %s, recording who, when and why in the timeline and the audit log',
    async (from, to) => {
      const need = await needIn(from);
      const response = await coordinator().post(`${base}/needs/${need.id}/transitions`, {
        to,
        reason: `${from}から${to}へ`,
        ...(to === 'closed' ? { closureReason: 'withdrawn' } : {}),
      });
      expect(response.statusCode, response.body).toBe(200);
      const moved = response.json();
      expect(moved).toMatchObject({ status: to, closureReason: to === 'closed' ? 'withdrawn' : null });
      expect(moved.closedAt === null).toBe(to !== 'closed');
      const [latest] = await timeline(need.id);
      expect(latest).toMatchObject({
        kind: 'status_changed',
        actorName: 'coordinator 担当',
        data: { from, to, reason: `${from}から${to}へ`, automatic: false },
      });
      const [entry] = await auditEntries();
      expect(entry).toMatchObject({ action: 'NEED_STATUS_CHANGED', targetId: need.id, summary: { from, to } });
    },
  );

  it('refuses every illegal step with a translated 409 naming from and to, and changes nothing', async () => {
    const refused: string[] = [];
    for (const from of NEED_STATUSES) {
      const need = await needIn(from);
      const entriesBefore = (await timeline(need.id)).length;
      for (const to of NEED_STATUSES) {
        if (NEED_TRANSITIONS[from].includes(to)) continue;
        const response = await coordinator().post(`${base}/needs/${need.id}/transitions`, {
          to,
          ...(to === 'closed' ? { closureReason: 'fulfilled' } : {}),
        });
        expect(response.statusCode, `${from} → ${to}`).toBe(409);
        const error = response.json().error;
        expect(error).toMatchObject({
          code: 'NEED_TRANSITION_INVALID',
          details: { from, to, allowed: [...NEED_TRANSITIONS[from]] },
        });
        // The coordinator's saved language is Japanese.
        expect(error.message).toContain('依頼');
        refused.push(`${from}→${to}`);
      }
      const after = (await coordinator().get(`${base}/needs/${need.id}`)).json();
      expect(after).toEqual(need);
      expect((await timeline(need.id)).length).toBe(entriesBefore);
    }
    expect(refused).toHaveLength(NEED_STATUSES.length ** 2 - legalPairs.length);
  });

  it('asks for a closure reason when closing, lets staff record but not decide, and freezes a closed need', async () => {
    const need = await newNeed();
    const noReason = await coordinator().post(`${base}/needs/${need.id}/transitions`, { to: 'closed' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('closureReason');
    const byStaff = await staff().post(`${base}/needs/${need.id}/transitions`, { to: 'assessing' });
    expect(byStaff.statusCode).toBe(403);
    await step(need.id, 'closed');
    const edit = await coordinator().patch(`${base}/needs/${need.id}`, { title: '変更' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('NEED_CLOSED');
    const line = await coordinator().post(`${base}/needs/${need.id}/resource-lines`, {
      kind: 'goods',
      description: '米 5kg',
    });
    expect(line.json().error.code).toBe('NEED_CLOSED');
  });

  // ------------------------------------------------------------ revisions and timeline

  it('keeps every edit as a revision with before and after, and writes nothing when nothing changed', async () => {
    const need = await newNeed({ urgency: 'normal', timeWindows: [{ weekday: 3, start: '10:00', end: '11:00' }] });
    const edit = await staff().patch(`${base}/needs/${need.id}`, {
      title: '週1回の買い物支援（スーパー結び野）',
      urgency: 'urgent',
      headcount: need.headcount,
      timeWindows: [{ weekday: 4, start: '10:00', end: '11:00' }],
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ urgency: 'urgent', title: '週1回の買い物支援（スーパー結び野）' });
    const revisions = await timeline(need.id, '?kinds=revised');
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ actorName: 'staff 担当' });
    expect(revisions[0].kind === 'revised' && revisions[0].data.changes).toEqual([
      { field: 'title', before: '週1回の買い物支援', after: '週1回の買い物支援（スーパー結び野）' },
      {
        field: 'timeWindows',
        before: [{ date: null, weekday: 3, start: '10:00', end: '11:00' }],
        after: [{ date: null, weekday: 4, start: '10:00', end: '11:00' }],
      },
      { field: 'urgency', before: 'normal', after: 'urgent' },
    ]);
    const [audit] = await auditEntries();
    expect(audit).toMatchObject({
      action: 'NEED_UPDATED',
      summary: { fields: ['title', 'timeWindows', 'urgency'] },
    });
    expect(JSON.stringify(audit)).not.toContain('スーパー結び野');

    const again = await staff().patch(`${base}/needs/${need.id}`, { urgency: 'urgent' });
    expect(again.statusCode).toBe(200);
    expect(await timeline(need.id, '?kinds=revised')).toHaveLength(1);
    const unknownField = await staff().patch(`${base}/needs/${need.id}`, { status: 'closed' });
    expect(unknownField.statusCode).toBe(400);
  });

  it('merges transitions, revisions, contacts, lines and follow-ups into one timeline, newest first', async () => {
    const need = await newNeed();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const contact = await staff().post(`${base}/needs/${need.id}/contacts`, {
      kind: 'call',
      party: 'requester',
      note: '長女から折り返しの電話。木曜午前が希望。',
      at: yesterday,
    });
    expect(contact.statusCode, contact.body).toBe(201);
    expect(contact.json()).toMatchObject({ kind: 'contact', data: { contactKind: 'call', party: 'requester' } });
    await step(need.id, 'assessing');
    await staff().patch(`${base}/needs/${need.id}`, { headcount: 2 });
    await staff().post(`${base}/needs/${need.id}/contacts`, { kind: 'visit', party: 'recipient', note: '自宅訪問' });
    await coordinator().post(`${base}/needs/${need.id}/resource-lines`, { kind: 'goods', description: '米 5kg' });

    const kinds = (await timeline(need.id)).map((e) => e.kind);
    // The call logged with yesterday's time sorts below the intake made today.
    expect(kinds).toEqual(['resource_line_added', 'contact', 'revised', 'status_changed', 'created', 'contact']);
    const entries = await timeline(need.id);
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);

    const future = await staff().post(`${base}/needs/${need.id}/contacts`, {
      kind: 'call',
      party: 'requester',
      at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('at');
    // The timeline is history: the database refuses to rewrite it.
    await expect(t.database.db.execute(sql`delete from need_timeline_entry`)).rejects.toThrow();
  });

  // ------------------------------------------------------------ sensitive notes

  it('keeps sensitive notes out of every ordinary read, refuses them to staff and volunteers, and audits each read', async () => {
    const recipient = (
      await staff().post(`${base}/recipients`, { name: '森 ツル', nameReading: 'もり つる', consents: [] })
    ).json();
    const need = await newNeed({ recipientId: recipient.id, recipientName: null, title: '話し相手（週1回）' });
    const notesBefore = await rowCount('sensitive_note');

    // No consent to keep sensitive data yet: refused, on the need and on the record, and nothing is kept.
    for (const path of [`needs/${need.id}`, `recipients/${recipient.id}`]) {
      const refused = await staff().post(`${base}/${path}/sensitive-notes`, { category: 'health', body: SECRET });
      expect(refused.statusCode, path).toBe(409);
      expect(refused.json().error.code).toBe('SENSITIVE_NOTE_CONSENT_REQUIRED');
    }
    const nameOnly = await newNeed({ title: '名前だけの依頼' });
    const withoutRecord = await staff().post(`${base}/needs/${nameOnly.id}/sensitive-notes`, {
      category: 'family',
      body: FAMILY_SECRET,
    });
    expect(withoutRecord.json().error.code).toBe('SENSITIVE_NOTE_CONSENT_REQUIRED');
    expect(await rowCount('sensitive_note')).toBe(notesBefore);
    expect((await auditEntries()).filter((e) => e.action === 'SENSITIVE_NOTE_ADDED')).toHaveLength(0);
    const consented = await coordinator().post(`${base}/recipients/${recipient.id}/consents`, {
      purpose: 'sensitive_data',
      granted: true,
      method: 'phone',
    });
    expect(consented.statusCode).toBe(200);

    const written = await staff().post(`${base}/needs/${need.id}/sensitive-notes`, {
      category: 'health',
      body: SECRET,
    });
    expect(written.statusCode, written.body).toBe(201);
    expect(written.json()).toMatchObject({ category: 'health', writtenByName: 'staff 担当' });
    expect(JSON.stringify(written.json())).not.toContain(SECRET);
    const onRecipient = await staff().post(`${base}/recipients/${recipient.id}/sensitive-notes`, {
      category: 'family',
      body: FAMILY_SECRET,
    });
    expect(onRecipient.statusCode).toBe(201);

    const ordinary = [
      await coordinator().get(`${base}/needs/${need.id}`),
      await coordinator().get(`${base}/needs/${need.id}/timeline`),
      await coordinator().get(`${base}/needs?limit=200`),
      await coordinator().get(`${base}/recipients/${recipient.id}`),
      await coordinator().get(`${base}/recipients?limit=200`),
      await admin.get(`${base}/audit-entries?limit=200`),
    ];
    for (const response of ordinary) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(SECRET);
      expect(response.body).not.toContain(FAMILY_SECRET);
    }
    expect(ordinary[0].json().sensitiveNoteCount).toBe(1);
    expect(ordinary[3].json().sensitiveNoteCount).toBe(1);
    expect((await auditEntries()).filter((e) => e.action === 'SENSITIVE_NOTE_ADDED')).toHaveLength(2);

    for (const role of ['staff', 'volunteer'] as const) {
      const refused = await as.get(role)!.get(`${base}/needs/${need.id}/sensitive-notes`);
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().error.code).toBe('FORBIDDEN');
    }
    expect(
      await as
        .get('volunteer')!
        .get(`${base}/needs/${need.id}`)
        .then((r) => r.statusCode),
    ).toBe(403);

    const readsBefore = (await auditEntries()).filter((e) => e.action === 'SENSITIVE_NOTE_READ').length;
    const read = await coordinator().get(`${base}/needs/${need.id}/sensitive-notes`);
    expect(read.statusCode).toBe(200);
    expect(read.json().notes).toEqual([
      expect.objectContaining({ category: 'health', body: SECRET, writtenByName: 'staff 担当' }),
    ]);
    await coordinator().get(`${base}/needs/${need.id}/sensitive-notes`);
    const recipientNotes = (await admin.get(`${base}/recipients/${recipient.id}/sensitive-notes`)).json();
    expect(recipientNotes.notes.map((n: { body: string }) => n.body)).toEqual([FAMILY_SECRET]);

    const reads = (await auditEntries()).filter((e) => e.action === 'SENSITIVE_NOTE_READ');
    expect(reads).toHaveLength(readsBefore + 3);
    expect(reads[0]).toMatchObject({ targetId: recipient.id, summary: { count: 1 } });
    expect(reads[1]).toMatchObject({ targetId: need.id, summary: { noteIds: [written.json().id], count: 1 } });
    expect(JSON.stringify(reads)).not.toContain(SECRET);
  });

  it('writes the note taken at intake with the need, or neither when the person did not agree to it', async () => {
    const intake = (consent: boolean, title: string) =>
      staff().post(`${base}/needs`, {
        kind: 'visit_conversation',
        title,
        channel: 'phone',
        requesterName: '林 和子',
        newRecipient: {
          name: '林 ミツ',
          consents: [{ purpose: 'sensitive_data', granted: consent, method: 'phone' }],
        },
        sensitiveNote: { category: 'health', body: SECRET },
      });
    const total = async () => (await coordinator().get(`${base}/needs?limit=200`)).json().needs.length;
    const before = await total();
    const refused = await intake(false, '同意のない依頼');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SENSITIVE_NOTE_CONSENT_REQUIRED');
    expect(await total()).toBe(before);

    const created = await intake(true, '同意のある依頼');
    expect(created.statusCode, created.body).toBe(201);
    const need = created.json();
    expect(need.sensitiveNoteCount).toBe(1);
    expect(created.body).not.toContain(SECRET);
    const kinds = (await timeline(need.id)).map((e) => e.kind);
    expect(kinds).toEqual(['sensitive_note_added', 'created']);
    const notes = (await coordinator().get(`${base}/needs/${need.id}/sensitive-notes`)).json().notes;
    expect(notes.map((n: { body: string }) => n.body)).toEqual([SECRET]);
  });

  // ------------------------------------------------------------ public request form

  it('takes a request from the public page without signing in, and refuses it once the organization closes the page', async () => {
    const anonymous = new TestClient(t.app, 'zh-CN');
    expect((await anonymous.get(`${base}/need-request-form`)).json()).toMatchObject({ open: true });
    const body = {
      requesterName: '王 芳',
      requesterRelation: 'family',
      requesterEmail: 'wang@example.org',
      recipientName: '王 建国',
      kind: 'visit_conversation',
      title: '希望有人陪父亲聊天',
      description: '父亲独居，只会说中文。',
      languages: ['zh'],
      timeWindows: [{ weekday: 6, start: '14:00', end: '16:00' }],
      consent: true,
    };
    const sent = await anonymous.post(`${base}/need-requests`, body);
    expect(sent.statusCode, sent.body).toBe(201);
    const { number } = sent.json();
    const list = (await coordinator().get(`${base}/needs?q=${number}`)).json();
    expect(list.needs).toEqual([
      expect.objectContaining({ number, status: 'new', channel: 'public_form', recipientName: '王 建国' }),
    ]);
    const need = (await coordinator().get(`${base}/needs/${list.needs[0].id}`)).json();
    expect(need).toMatchObject({ requesterName: '王 芳', requesterEmail: 'wang@example.org', createdByName: null });
    const received = (await auditEntries()).find((e) => e.action === 'NEED_REQUEST_RECEIVED');
    expect(received).toMatchObject({ actorAccountId: null, targetId: need.id });

    const noConsent = await anonymous.post(`${base}/need-requests`, { ...body, consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.fields).toEqual([expect.objectContaining({ path: 'consent' })]);
    expect(noConsent.json().error.fields[0].message).toContain('同意');
    const noContact = await anonymous.post(`${base}/need-requests`, { ...body, requesterEmail: null });
    expect(noContact.json().error.fields).toEqual([expect.objectContaining({ path: 'requesterPhone' })]);

    const close = await admin.patch(`${base}/need-settings`, { publicRequestsOpen: false });
    expect(close.statusCode).toBe(200);
    expect((await staff().patch(`${base}/need-settings`, { publicRequestsOpen: true })).statusCode).toBe(403);
    expect((await anonymous.get(`${base}/need-request-form`)).json()).toMatchObject({ open: false });
    const before = await rowCount('need');
    const refused = await anonymous.post(`${base}/need-requests`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('NEED_REQUESTS_CLOSED');
    expect(refused.json().error.message).toContain('需求');
    expect(await rowCount('need')).toBe(before);
    await admin.patch(`${base}/need-settings`, { publicRequestsOpen: true });
  });

  // ------------------------------------------------------------ resource lines

  it('meets a need with volunteer time, a referral in the network, goods and money, each change audited', async () => {
    const volunteer = (
      await coordinator().post(`${base}/volunteers`, { name: '中村 陽子', confirmNotDuplicate: true })
    ).json();
    const partner = await createOrganization(
      t.database.db,
      {
        name: '結び野地域包括支援センター',
        kind: 'care_facility',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
        runsNetwork: false,
      },
      { accountId: null },
    );
    await joinNetwork(t.database.db, partner.id, orgId);
    const outsider = await createOrganization(
      t.database.db,
      { name: 'Elsewhere', kind: 'npo', locale: 'en', timeZone: 'UTC', fiscalYearStartMonth: 1, runsNetwork: false },
      { accountId: null },
    );
    const need = await needIn('matching');
    const lines = `${base}/needs/${need.id}/resource-lines`;

    const time = await coordinator().post(lines, {
      kind: 'volunteer_time',
      volunteerId: volunteer.id,
      plannedStart: '2026-06-04T01:00:00.000Z',
    });
    expect(time.statusCode, time.body).toBe(201);
    expect(time.json()).toMatchObject({ kind: 'volunteer_time', status: 'planned', volunteerName: '中村 陽子' });

    const referral = await coordinator().post(lines, {
      kind: 'referral',
      target: { kind: 'network_organization', id: partner.id },
      note: '介護保険の申請について相談',
    });
    expect(referral.statusCode, referral.body).toBe(201);
    expect(referral.json()).toMatchObject({
      status: 'pending',
      referralTargetKind: 'network_organization',
      referralTargetName: '結び野地域包括支援センター',
      answeredAt: null,
    });
    const directory = await coordinator().post(lines, {
      kind: 'referral',
      target: { kind: 'directory_service', id: '01900000-0000-7000-8000-0000000000aa', name: '配食サービス' },
    });
    expect(directory.json()).toMatchObject({ referralTargetName: '配食サービス' });
    const outside = await coordinator().post(lines, {
      kind: 'referral',
      target: { kind: 'network_organization', id: outsider.id },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0].path).toBe('target.id');
    const nameless = await coordinator().post(lines, { kind: 'referral', target: { kind: 'other' } });
    expect(nameless.statusCode).toBe(400);

    const goods = await coordinator().post(lines, { kind: 'goods', description: '米', quantity: 5, unit: 'kg' });
    const money = await coordinator().post(lines, {
      kind: 'money',
      description: '交通費の助成',
      amount: 1200,
      currency: 'JPY',
    });
    expect([goods.statusCode, money.statusCode]).toEqual([201, 201]);
    expect(money.json()).toMatchObject({ amount: 1200, currency: 'JPY' });

    const accepted = await coordinator().patch(`${lines}/${referral.json().id}`, { status: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().answeredAt).not.toBeNull();
    const wrongStatus = await coordinator().patch(`${lines}/${referral.json().id}`, { status: 'done' });
    expect(wrongStatus.statusCode).toBe(400);
    expect(wrongStatus.json().error.fields[0].path).toBe('status');
    const wrongField = await coordinator().patch(`${lines}/${referral.json().id}`, { minutes: 60 });
    expect(wrongField.statusCode).toBe(400);
    const served = await coordinator().patch(`${lines}/${time.json().id}`, { status: 'done', minutes: 90 });
    expect(served.json()).toMatchObject({ status: 'done', minutes: 90 });
    expect((await staff().post(lines, { kind: 'goods', description: 'x' })).statusCode).toBe(403);

    const removed = await coordinator().delete(`${lines}/${goods.json().id}`);
    expect(removed.statusCode).toBe(204);
    expect((await coordinator().delete(`${lines}/${goods.json().id}`)).statusCode).toBe(404);

    const current = (await coordinator().get(`${base}/needs/${need.id}`)).json();
    expect(current.resourceLines.map((l: { kind: string }) => l.kind)).toEqual([
      'volunteer_time',
      'referral',
      'referral',
      'money',
    ]);
    const entries = await timeline(need.id);
    expect(entries.slice(0, 3).map((e) => e.kind)).toEqual([
      'resource_line_removed',
      'resource_line_changed',
      'resource_line_changed',
    ]);
    expect(entries[1]).toMatchObject({
      data: {
        label: '中村 陽子',
        changes: [
          { field: 'status', before: 'planned', after: 'done' },
          { field: 'minutes', before: null, after: 90 },
        ],
      },
    });
    const actions = (await auditEntries()).slice(0, 9).map((e) => e.action);
    expect(actions).toEqual([
      'NEED_RESOURCE_LINE_REMOVED',
      'NEED_RESOURCE_LINE_UPDATED',
      'NEED_RESOURCE_LINE_UPDATED',
      'NEED_RESOURCE_LINE_ADDED',
      'NEED_RESOURCE_LINE_ADDED',
      'NEED_RESOURCE_LINE_ADDED',
      'NEED_RESOURCE_LINE_ADDED',
      'NEED_RESOURCE_LINE_ADDED',
      'NEED_STATUS_CHANGED',
    ]);
  });

  // ------------------------------------------------------------ follow-up

  it('lists completed needs due a follow-up oldest first, and the first answer marks the need followed up', async () => {
    const older = await needIn('completed');
    const newer = await needIn('completed');
    await t.database.db.execute(
      sql`update need set completed_at = now() - interval '3 days' where org_id = ${orgId} and id = ${older.id}`,
    );
    const due = (await coordinator().get(`${base}/needs/follow-ups-due`)).json().needs;
    const ours = due.filter((d: { needId: string }) => [older.id, newer.id].includes(d.needId));
    expect(ours.map((d: { needId: string }) => d.needId)).toEqual([older.id, newer.id]);
    expect(ours[0].daysSinceCompletion).toBeGreaterThanOrEqual(2);
    expect(ours[1].daysSinceCompletion).toBe(0);
    expect(due[0].needId).toBe(older.id);

    const early = await needIn('in_progress');
    const tooEarly = await staff().post(`${base}/needs/${early.id}/follow-ups`, {
      respondent: 'recipient',
      method: 'phone',
      satisfaction: 5,
      shouldContinue: 'yes',
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.code).toBe('NEED_FOLLOW_UP_NOT_OPEN');

    const answer = await staff().post(`${base}/needs/${older.id}/follow-ups`, {
      respondent: 'recipient',
      method: 'phone',
      satisfaction: 5,
      shouldContinue: 'yes',
      comment: 'また来てほしい',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ respondentName: '山本 トメ', recordedByName: 'staff 担当', method: 'phone' });
    const after = (await coordinator().get(`${base}/needs/${older.id}`)).json();
    expect(after.status).toBe('followed_up');
    expect(after.followUps).toHaveLength(1);
    const [latest, answered] = await timeline(older.id);
    expect(latest).toMatchObject({
      kind: 'status_changed',
      data: { from: 'completed', to: 'followed_up', automatic: true },
    });
    expect(answered).toMatchObject({ kind: 'follow_up_recorded', data: { satisfaction: 5, shouldContinue: 'yes' } });
    const stillDue = (await coordinator().get(`${base}/needs/follow-ups-due`)).json().needs;
    expect(stillDue.map((d: { needId: string }) => d.needId)).not.toContain(older.id);

    const twice = await staff().post(`${base}/needs/${older.id}/follow-ups`, {
      respondent: 'recipient',
      method: 'visit',
      satisfaction: 4,
      shouldContinue: 'yes',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('NEED_FOLLOW_UP_ALREADY_RECORDED');
    const notServed = await staff().post(`${base}/needs/${older.id}/follow-ups`, {
      respondent: 'volunteer',
      volunteerId: '01900000-0000-7000-8000-00000000abcd',
      method: 'phone',
      satisfaction: 4,
      shouldContinue: 'unsure',
    });
    expect(notServed.statusCode).toBe(400);
    expect(notServed.json().error.fields[0].path).toBe('volunteerId');
  });

  it('lets a volunteer who served answer for themselves, and nobody else', async () => {
    const account = await createAccount(t.database.db, {
      name: '小林 誠',
      email: 'makoto@needs.test',
      password: PASSWORD,
      locale: 'ja',
    });
    await addMembershipDirectly(t.database.db, orgId, account.id, 'volunteer');
    const record = await t.database.db.transaction((tx) =>
      insertVolunteer(tx, orgId, {
        fields: { name: '小林 誠' },
        consents: [],
        registeredVia: 'self',
        recorder: { accountId: account.id, requestId: 'test', self: true },
        accountId: account.id,
        status: 'active',
        refuseDuplicates: false,
      }),
    );
    const makoto = new TestClient(t.app);
    await makoto.signIn('makoto@needs.test', PASSWORD);

    const need = await needIn('confirmed');
    await coordinator().post(`${base}/needs/${need.id}/resource-lines`, {
      kind: 'volunteer_time',
      volunteerId: record.id,
      status: 'confirmed',
    });
    expect((await makoto.get('/api/v1/me/need-follow-ups')).json().needs).toEqual([]);
    await step(need.id, 'completed');
    const due = (await makoto.get('/api/v1/me/need-follow-ups')).json().needs;
    expect(due).toEqual([expect.objectContaining({ needId: need.id, orgId, number: need.number })]);

    const stranger = as.get('volunteer')!;
    const notTheirs = await stranger.post('/api/v1/me/need-follow-ups', {
      orgId,
      needId: need.id,
      satisfaction: 1,
      shouldContinue: 'no',
    });
    expect(notTheirs.statusCode).toBe(404);
    const mine = await makoto.post('/api/v1/me/need-follow-ups', {
      orgId,
      needId: need.id,
      satisfaction: 4,
      shouldContinue: 'yes',
      comment: '楽しくお話しできました',
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ respondent: 'volunteer', method: 'self', respondentName: '小林 誠' });
    expect((await makoto.get('/api/v1/me/need-follow-ups')).json().needs).toEqual([]);
    expect((await coordinator().get(`${base}/needs/${need.id}`)).json().status).toBe('followed_up');
  });

  // ------------------------------------------------------------ lists

  it('filters the list, pages it newest first, and counts needs per state for the board', async () => {
    const urgent = await newNeed({ kind: 'disaster_cleanup', title: '床下の泥出し', urgency: 'urgent' });
    const filtered = (await coordinator().get(`${base}/needs?kind=disaster_cleanup&urgency=urgent`)).json();
    expect(filtered.needs.map((n: { id: string }) => n.id)).toEqual([urgent.id]);
    const byText = (await coordinator().get(`${base}/needs?q=${encodeURIComponent('泥出し')}`)).json();
    expect(byText.needs.map((n: { id: string }) => n.id)).toEqual([urgent.id]);
    const closed = (await coordinator().get(`${base}/needs?status=closed&limit=200`)).json();
    expect(closed.needs.every((n: { status: string }) => n.status === 'closed')).toBe(true);
    const open = (await coordinator().get(`${base}/needs?open=true&limit=200`)).json();
    expect(open.needs.every((n: { status: string }) => n.status !== 'closed')).toBe(true);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { needs: { id: string }[]; nextCursor: string | null } = (
        await coordinator().get(`${base}/needs?limit=7${cursor ? `&before=${cursor}` : ''}`)
      ).json();
      seen.push(...page.needs.map((n) => n.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(await rowCount('need'));

    const counts = (await staff().get(`${base}/needs/counts`)).json().counts;
    expect(Object.keys(counts).sort()).toEqual([...NEED_STATUSES].sort());
    expect(Object.values(counts).reduce((a: number, b) => a + (b as number), 0)).toBe(await rowCount('need'));
  });
});

describe('public request form rate limit', () => {
  it('refuses more requests from one address than the sign-in limit allows, with a translated 429', async () => {
    const t = await createTestApp({ SIGNIN_RATE_LIMIT_MAX: '2', SIGNIN_RATE_LIMIT_WINDOW_SECONDS: '600' });
    try {
      const { orgId } = await setUpFirstOrganization(t.app);
      const anonymous = new TestClient(t.app, 'ja');
      const body = {
        requesterName: '匿名',
        requesterRelation: 'self',
        requesterPhone: '090-0000-0000',
        kind: 'other',
        title: '相談',
        consent: true,
      };
      const statuses: number[] = [];
      let last = null as Awaited<ReturnType<TestClient['post']>> | null;
      for (let i = 0; i < 3; i++) {
        last = await anonymous.post(`/api/v1/organizations/${orgId}/need-requests`, body);
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([201, 201, 429]);
      expect(last!.json().error.code).toBe('NEED_REQUEST_RATE_LIMITED');
      expect(last!.json().error.message).toContain('秒後');
    } finally {
      await t.close();
    }
  });
});
