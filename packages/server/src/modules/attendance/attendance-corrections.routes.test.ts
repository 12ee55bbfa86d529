import type { TAttendanceRecord, TLedgerAccount, TLedgerTransfer, TNeedTimelineEntry } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import type { TestClient } from '../../test/test-app';
import { createWorld, type World, yesterdayAt } from './attendance.fixtures';

/**
 * Corrections of records already decided (the credit is reversed and
 * credited anew) and visits linked to a case (in mutual-exchange mode the
 * case's recipient pays).
 */
describe('attendance: corrections after approval, and visits for a case', () => {
  let w: World;
  let a: { id: string; title: string };

  beforeAll(async () => {
    w = await createWorld();
    a = await w.activity();
  });
  afterAll(() => w.close());

  const records = () => `${w.base}/attendance/records`;
  const ledger = () => `${w.base}/ledger`;

  /** A coordinator's entry for a volunteer yesterday, approved at once (no shift: flagged, so approved explicitly). */
  async function approvedRecord(volunteerId: string, fromHour: number, toHour: number): Promise<TAttendanceRecord> {
    const created = await w.coordinator.post(records(), {
      volunteerId,
      opportunityId: a.id,
      clockInAt: yesterdayAt(fromHour).toISOString(),
      clockOutAt: yesterdayAt(toHour).toISOString(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const record: TAttendanceRecord = created.json();
    if (record.status === 'approved') return record;
    const approved = await w.coordinator.post(`${records()}/${record.id}/approve`, { reason: '確認済み' });
    expect(approved.statusCode, approved.body).toBe(200);
    return approved.json();
  }

  async function memberBalance(volunteerId: string): Promise<number> {
    const response = await w.coordinator.get(`${ledger()}/accounts`);
    const accounts: TLedgerAccount[] = response.json().accounts;
    return accounts
      .filter((account) => account.ownerKind === 'member' && account.volunteerId === volunteerId)
      .reduce((sum, account) => sum + account.balance, 0);
  }

  async function transfer(id: string): Promise<TLedgerTransfer> {
    const response = await w.coordinator.get(`${ledger()}/transfers/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const correct = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.post(`${records()}/${id}/correct`, body);

  const reconcile = async () => (await w.coordinator.get(`${ledger()}/reconciliation`)).json();

  it('corrects an approved record: the credit is reversed (pointing at it) and the corrected minutes credited', async () => {
    const v = await w.volunteer('訂正 太郎');
    const first = await approvedRecord(v, 10, 12);
    expect(first).toMatchObject({ status: 'approved', creditedMinutes: 120 });
    expect(await memberBalance(v)).toBe(120);

    const corrected = await correct(w.coordinator, first.id, {
      clockInAt: yesterdayAt(10).toISOString(),
      clockOutAt: yesterdayAt(11, 30).toISOString(),
      reason: '終了時刻の入力誤り',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const second: TAttendanceRecord = corrected.json();
    expect(second).toMatchObject({
      status: 'approved',
      creditedMinutes: 90,
      decisionReason: '終了時刻の入力誤り',
      flags: expect.arrayContaining(['corrected']),
    });
    expect(second.ledgerTransferId).not.toBe(first.ledgerTransferId);
    expect(await memberBalance(v)).toBe(90);

    // The first credit stands in the ledger, reversed by a transfer that points at it.
    const original = await transfer(first.ledgerTransferId as string);
    expect(original.reversedByTransferId).toEqual(expect.any(String));
    const reversal = await transfer(original.reversedByTransferId as string);
    expect(reversal).toMatchObject({ kind: 'reverse', reversesTransferId: original.id, reason: '終了時刻の入力誤り' });
    expect(reversal.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(0);

    // A second correction reverses the second credit in turn: nothing is counted twice.
    const third = await correct(w.coordinator, first.id, {
      clockInAt: yesterdayAt(9, 30).toISOString(),
      clockOutAt: yesterdayAt(11, 30).toISOString(),
      reason: '開始時刻も紙の記録で確認',
    });
    expect(third.json()).toMatchObject({ status: 'approved', creditedMinutes: 120 });
    expect(await memberBalance(v)).toBe(120);
    expect((await transfer(second.ledgerTransferId as string)).reversedByTransferId).toEqual(expect.any(String));

    const audit = await queryRows<{ action: string; summary: Record<string, unknown> }>(
      w.t.database.db,
      sql`select action, summary from audit_entry where target_id = ${first.id} order by id`,
    );
    expect(audit.map((row) => row.action)).toEqual([
      'ATTENDANCE_RECORDED',
      'ATTENDANCE_APPROVED',
      'ATTENDANCE_CORRECTED',
      'ATTENDANCE_CORRECTED',
    ]);
    expect(audit[2]?.summary).toMatchObject({
      previousStatus: 'approved',
      previousMinutes: 120,
      creditedMinutes: 90,
      reversedTransferId: first.ledgerTransferId,
      reason: '終了時刻の入力誤り',
    });
    expect(await reconcile()).toMatchObject({ ok: true });
  });

  it('corrects a rejected record into an approved, credited one', async () => {
    const v = await w.volunteer();
    const created = await w.coordinator.post(records(), {
      volunteerId: v,
      opportunityId: a.id,
      clockInAt: yesterdayAt(13).toISOString(),
      clockOutAt: yesterdayAt(14).toISOString(),
    });
    // Without a shift the entry is flagged and waits for a decision.
    expect(created.json()).toMatchObject({ status: 'pending', flags: ['no_shift'] });
    const id = created.json().id;
    expect((await w.coordinator.post(`${records()}/${id}/reject`, { reason: '別の日' })).statusCode).toBe(200);
    const fixed = await correct(w.coordinator, id, {
      clockInAt: yesterdayAt(13).toISOString(),
      clockOutAt: yesterdayAt(14).toISOString(),
      reason: '日付は正しかった',
    });
    expect(fixed.json()).toMatchObject({
      status: 'approved',
      creditedMinutes: 60,
      ledgerTransferId: expect.any(String),
    });
    expect(await memberBalance(v)).toBe(60);
  });

  it('refuses to correct a record whose credits were already spent, and changes nothing', async () => {
    const v = await w.volunteer();
    const record = await approvedRecord(v, 15, 17);
    const accounts: TLedgerAccount[] = (await w.coordinator.get(`${ledger()}/accounts`)).json().accounts;
    const member = accounts.find((account) => account.ownerKind === 'member' && account.volunteerId === v);
    const spend = await w.coordinator.request(
      'POST',
      `${ledger()}/spends`,
      { fromAccountId: member?.id, minutes: 90, memo: '家事援助を受けた' },
      { 'idempotency-key': v7() },
    );
    expect(spend.statusCode, spend.body).toBe(201);

    const refused = await correct(w.coordinator, record.id, {
      clockInAt: yesterdayAt(15).toISOString(),
      clockOutAt: yesterdayAt(16).toISOString(),
      reason: '実際は1時間',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('ATTENDANCE_CREDIT_ALREADY_USED');
    const after = (await w.coordinator.get(`${records()}/${record.id}`)).json();
    expect(after).toMatchObject({
      status: 'approved',
      creditedMinutes: 120,
      ledgerTransferId: record.ledgerTransferId,
    });
    expect((await transfer(record.ledgerTransferId as string)).reversedByTransferId).toBeNull();
    expect(await memberBalance(v)).toBe(30);
  });

  it('corrects a record whose credit a coordinator already reversed in the ledger, without reversing it twice', async () => {
    const v = await w.volunteer();
    const record = await approvedRecord(v, 18, 19);
    const reversed = await w.coordinator.request(
      'POST',
      `${ledger()}/transfers/${record.ledgerTransferId}/reversal`,
      { reason: '台帳で取り消し' },
      { 'idempotency-key': v7() },
    );
    expect(reversed.statusCode, reversed.body).toBe(201);
    expect(await memberBalance(v)).toBe(0);
    const fixed = await correct(w.coordinator, record.id, {
      clockInAt: yesterdayAt(18).toISOString(),
      clockOutAt: yesterdayAt(18, 30).toISOString(),
      reason: '実際は30分',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ status: 'approved', creditedMinutes: 30 });
    expect(await memberBalance(v)).toBe(30);
    const reversals = await queryRows<{ n: number }>(
      w.t.database.db,
      sql`select count(*)::int as n from ledger_transfer where reverses_transfer_id = ${record.ledgerTransferId}`,
    );
    expect(reversals[0]?.n).toBe(1);
  });

  it('links a visit to a case the volunteer serves; in mutual exchange the recipient pays', async () => {
    const helper = await w.person('訪問 ボランティア');
    const stranger = await w.volunteer('担当外 さん');
    const recipient = await w.coordinator.post(`${w.base}/recipients`, {
      name: '交換 トメ',
      consents: [{ purpose: 'record_keeping', granted: true, method: 'phone' }],
    });
    expect(recipient.statusCode, recipient.body).toBe(201);
    const recipientId = recipient.json().id;
    const need = await w.coordinator.post(`${w.base}/needs`, {
      kind: 'shopping',
      title: '交換 トメさんの買い物支援',
      channel: 'phone',
      recipientId,
    });
    expect(need.statusCode, need.body).toBe(201);
    const needId = need.json().id;
    const line = await w.coordinator.post(`${w.base}/needs/${needId}/resource-lines`, {
      kind: 'volunteer_time',
      volunteerId: helper.volunteerId,
      status: 'confirmed',
    });
    expect(line.statusCode, line.body).toBe(201);

    // The cases each volunteer serves: the helper's, and none for the other.
    const cases = await w.coordinator.get(`${w.base}/attendance/cases?volunteerId=${helper.volunteerId}`);
    expect(cases.json().cases).toEqual([
      { id: needId, number: need.json().number, title: '交換 トメさんの買い物支援' },
    ]);
    expect((await w.coordinator.get(`${w.base}/attendance/cases?volunteerId=${stranger}`)).json().cases).toEqual([]);
    expect((await w.staff.get(`${w.base}/attendance/cases?volunteerId=${stranger}`)).statusCode).toBe(403);

    const rulesUrl = `${ledger()}/rules`;
    const { unit: _unit, updatedAt: _updatedAt, ...rules } = (await w.coordinator.get(rulesUrl)).json();
    expect((await w.coordinator.put(rulesUrl, { ...rules, mode: 'mutual_exchange' })).statusCode).toBe(200);
    try {
      const recipientAccount = await w.coordinator.post(`${ledger()}/accounts`, { recipientId });
      expect(recipientAccount.statusCode, recipientAccount.body).toBeLessThan(300);
      const funded = await w.coordinator.request(
        'POST',
        `${ledger()}/adjustments`,
        { accountId: recipientAccount.json().id, amount: 300, reason: '入会時の持ち時間' },
        { 'idempotency-key': v7() },
      );
      expect(funded.statusCode, funded.body).toBe(201);

      // Someone who does not serve the case cannot be recorded for it: nothing is written.
      const before = (
        await queryRows<{ n: number }>(w.t.database.db, sql`select count(*)::int as n from attendance_record`)
      )[0]?.n;
      const refused = await w.coordinator.post(records(), {
        volunteerId: stranger,
        opportunityId: a.id,
        clockInAt: yesterdayAt(9).toISOString(),
        clockOutAt: yesterdayAt(10).toISOString(),
        needId,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('ATTENDANCE_CASE_NOT_SERVED');
      const after = (
        await queryRows<{ n: number }>(w.t.database.db, sql`select count(*)::int as n from attendance_record`)
      )[0]?.n;
      expect(after).toBe(before);

      const visit = await w.coordinator.post(records(), {
        volunteerId: helper.volunteerId,
        opportunityId: a.id,
        clockInAt: yesterdayAt(9).toISOString(),
        clockOutAt: yesterdayAt(10).toISOString(),
        needId,
      });
      expect(visit.statusCode, visit.body).toBe(201);
      expect(visit.json()).toMatchObject({
        needId,
        needNumber: need.json().number,
        needTitle: '交換 トメさんの買い物支援',
      });
      const approved = await w.coordinator.post(`${records()}/${visit.json().id}/approve`, {});
      expect(approved.statusCode, approved.body).toBe(200);
      const credit = await transfer(approved.json().ledgerTransferId);
      expect(credit.kind).toBe('exchange');
      expect(credit.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ownerKind: 'recipient', amount: -60 }),
          expect.objectContaining({ ownerKind: 'member', amount: 60 }),
        ]),
      );
      const account = (await w.coordinator.get(`${ledger()}/accounts/${recipientAccount.json().id}`)).json();
      expect(account.balance).toBe(240);

      // The case's timeline shows the visit: who, which day, the time credited.
      const timeline = async () => {
        const response = await w.coordinator.get(
          `${w.base}/needs/${needId}/timeline?kinds=visit_approved,visit_reversed`,
        );
        expect(response.statusCode, response.body).toBe(200);
        return response.json().entries as TNeedTimelineEntry[];
      };
      const serviceDate = visit.json().serviceDate;
      expect(await timeline()).toEqual([
        expect.objectContaining({
          kind: 'visit_approved',
          data: {
            attendanceId: visit.json().id,
            volunteerName: '訪問 ボランティア',
            serviceDate,
            minutes: 60,
            corrected: false,
          },
        }),
      ]);

      // The volunteer sees the case's number in their own list, never its title.
      const mine = (await helper.client.get('/api/v1/me/attendance')).json().records;
      expect(mine.find((r: TAttendanceRecord) => r.id === visit.json().id)).toMatchObject({
        needNumber: need.json().number,
        needTitle: null,
      });

      // Unlinking the case in a correction: the recipient's credits come back, the pool pays instead.
      const unlinked = await correct(w.coordinator, visit.json().id, {
        clockInAt: yesterdayAt(9).toISOString(),
        clockOutAt: yesterdayAt(10).toISOString(),
        reason: '事務所での作業だった',
        needId: null,
      });
      expect(unlinked.json()).toMatchObject({ status: 'approved', needId: null, needNumber: null });
      expect((await w.coordinator.get(`${ledger()}/accounts/${recipientAccount.json().id}`)).json().balance).toBe(300);
      // The case's timeline shows the credit taken back, with the reason, and no new one.
      const afterUnlink = await timeline();
      expect(afterUnlink.map((entry) => entry.kind).sort()).toEqual(['visit_approved', 'visit_reversed']);
      expect(afterUnlink.find((entry) => entry.kind === 'visit_reversed')).toMatchObject({
        data: { attendanceId: visit.json().id, minutes: 60, serviceDate, reason: '事務所での作業だった' },
      });
    } finally {
      await w.coordinator.put(rulesUrl, rules);
    }
    expect(await reconcile()).toMatchObject({ ok: true });
  });
});
