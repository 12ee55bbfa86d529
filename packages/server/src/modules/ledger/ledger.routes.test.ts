import type { TLedgerAccount, TLedgerStatement, TLedgerTransfer } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { postServiceCredit } from './index';
import { ledgerFixture } from './ledger-test-fixture';

describe('ledger: rules, service credits, flows, statements, reconcile and policy', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof ledgerFixture>>;
  const RULES = {
    mode: 'deposit',
    earningRates: { care: 150, events: 100 },
    defaultRatePercent: 100,
    groupServiceKinds: ['group_cleanup'],
    balanceCapMinutes: null,
    excessPolicy: 'donate',
    dailyMaxMinutes: null,
    expiryMonths: null,
    giftsAllowed: true,
    giftMinAge: 60,
    poolFloorMinutes: -600,
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = await ledgerFixture(t, 4);
  }, 180_000);
  afterAll(() => t.close());

  const write = (client: TestClient, path: string, body: Record<string, unknown>, key: string | null = v7()) =>
    client.request('POST', `${f.ledger}${path}`, body, key ? { 'idempotency-key': key } : {});
  const putRules = async (changes: Record<string, unknown> = {}) => {
    const response = await f.coordinator.put(`${f.ledger}/rules`, { ...RULES, ...changes });
    expect(response.statusCode, response.body).toBe(200);
  };
  const accounts = async (): Promise<TLedgerAccount[]> =>
    (await f.coordinator.get(`${f.ledger}/accounts`)).json().accounts;
  const account = async (id: string): Promise<TLedgerAccount> =>
    (await f.coordinator.get(`${f.ledger}/accounts/${id}`)).json();
  const systemAccount = async (kind: 'pool' | 'donation' | 'issuance') =>
    (await accounts()).find((a) => a.ownerKind === kind)!;
  const credit = (volunteerId: string, minutes: number, extra: Record<string, unknown> = {}) =>
    t.database.db.transaction((tx) =>
      postServiceCredit(tx, {
        orgId: f.orgId,
        volunteerId,
        minutes,
        serviceDate: '2026-05-01',
        serviceKind: 'events',
        sourceId: v7(),
        idempotencyKey: `attendance:${v7()}`,
        actorAccountId: null,
        ...extra,
      }),
    );
  const memberAccount = async (volunteerId: string) =>
    (await accounts()).find((a) => a.volunteerId === volunteerId && a.ownerKind === 'member')!;
  const reconcileOk = async () => {
    const result = (await f.coordinator.get(`${f.ledger}/reconciliation`)).json();
    expect(result.differences).toEqual([]);
    expect(result.unbalancedTransferIds).toEqual([]);
    expect(result.ok).toBe(true);
  };

  // ------------------------------------------------------------ rules

  it('answers default rules until changed, then the saved rules with an audit entry', async () => {
    const before = (await f.staff.get(`${f.ledger}/rules`)).json();
    expect(before).toMatchObject({ unit: 'hours', mode: 'deposit', defaultRatePercent: 100, updatedAt: null });
    await putRules();
    const after = (await f.staff.get(`${f.ledger}/rules`)).json();
    expect(after).toMatchObject({ ...RULES, unit: 'hours' });
    expect((await systemAccount('pool')).floor).toBe(-600);
    const audit = (await f.admin.get(`${f.base}/audit-entries?limit=50`)).json().entries;
    expect(audit.some((e: { action: string }) => e.action === 'LEDGER_RULES_UPDATED')).toBe(true);
  });

  it('refuses invalid rules with translated field errors and keeps the old ones', async () => {
    const response = await f.coordinator.put(`${f.ledger}/rules`, { ...RULES, poolFloorMinutes: 10, mode: 'barter' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect((await f.staff.get(`${f.ledger}/rules`)).json().mode).toBe('deposit');
  });

  // ------------------------------------------------------------ service credits

  it('credits approved service from the issuance account at the rate of its kind, once per key', async () => {
    const [v] = f.volunteers;
    const key = `attendance:${v7()}`;
    const input = {
      orgId: f.orgId,
      volunteerId: v.id,
      minutes: 120,
      serviceDate: '2026-05-02',
      serviceKind: 'care',
      sourceId: 'att-1',
      idempotencyKey: key,
      actorAccountId: null,
    };
    const first = await t.database.db.transaction((tx) => postServiceCredit(tx, input));
    expect(first).toMatchObject({ creditedMinutes: 180, excessMinutes: 0 });
    const again = await t.database.db.transaction((tx) => postServiceCredit(tx, input));
    expect(again).toEqual(first);
    expect((await memberAccount(v.id)).balance).toBe(180);
    expect((await systemAccount('issuance')).balance).toBe(-180);
    const transfer: TLedgerTransfer = (await f.staff.get(`${f.ledger}/transfers/${first.transferId}`)).json();
    expect(transfer.kind).toBe('earn');
    expect(transfer.sourceId).toBe('att-1');
    expect(transfer.entries.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
    await expect(
      t.database.db.transaction((tx) => postServiceCredit(tx, { ...input, minutes: 60 })),
    ).rejects.toMatchObject({ code: 'LEDGER_IDEMPOTENCY_KEY_REUSED' });
    expect((await memberAccount(v.id)).balance).toBe(180);
  });

  it('caps credits per member and service date at the daily maximum', async () => {
    await putRules({ dailyMaxMinutes: 240 });
    const v = f.volunteers[1];
    const day = { serviceDate: '2026-05-03' };
    expect(await credit(v.id, 180, day)).toMatchObject({ creditedMinutes: 180 });
    expect(await credit(v.id, 180, day)).toMatchObject({ creditedMinutes: 60 });
    expect(await credit(v.id, 60, day)).toMatchObject({ creditedMinutes: 0 });
    expect(await credit(v.id, 60, { serviceDate: '2026-05-04' })).toMatchObject({ creditedMinutes: 60 });
    expect((await memberAccount(v.id)).balance).toBe(300);
    await putRules();
    await reconcileOk();
  });

  it('moves credits above the cap to the donation pool (donate) or the pool (forfeit)', async () => {
    const v = f.volunteers[2];
    await putRules({ balanceCapMinutes: 300 });
    const donationBefore = (await systemAccount('donation')).balance;
    expect(await credit(v.id, 240)).toMatchObject({ creditedMinutes: 240, excessMinutes: 0 });
    expect(await credit(v.id, 120)).toMatchObject({ creditedMinutes: 60, excessMinutes: 60 });
    expect((await systemAccount('donation')).balance).toBe(donationBefore + 60);
    await putRules({ balanceCapMinutes: 300, excessPolicy: 'forfeit' });
    const poolBefore = (await systemAccount('pool')).balance;
    expect(await credit(v.id, 30)).toMatchObject({ creditedMinutes: 0, excessMinutes: 30 });
    expect((await systemAccount('pool')).balance).toBe(poolBefore + 30);
    expect((await memberAccount(v.id)).balance).toBe(300);
    const adjust = await write(f.coordinator, '/adjustments', {
      accountId: (await memberAccount(v.id)).id,
      amount: 10,
      reason: '記録漏れ',
    });
    expect(adjust.statusCode).toBe(409);
    expect(adjust.json().error.code).toBe('LEDGER_BALANCE_CAP_EXCEEDED');
    await putRules();
  });

  it('puts group-earned credits in a restricted account that can only be donated', async () => {
    const v = f.volunteers[3];
    expect(await credit(v.id, 90, { serviceKind: 'group_cleanup' })).toMatchObject({ creditedMinutes: 90 });
    const restricted = (await accounts()).find((a) => a.volunteerId === v.id && a.ownerKind === 'member_restricted')!;
    expect(restricted.balance).toBe(90);
    const spend = await write(f.coordinator, '/spends', { fromAccountId: restricted.id, minutes: 30 });
    expect(spend.statusCode).toBe(409);
    expect(spend.json().error.code).toBe('LEDGER_RESTRICTED_DONATE_ONLY');
    const donation = await write(f.coordinator, '/donations', { fromAccountId: restricted.id, minutes: 30 });
    expect(donation.statusCode, donation.body).toBe(201);
    expect((await account(restricted.id)).balance).toBe(60);
  });

  it('moves credits from the recipient to the volunteer in mutual-exchange mode, refusing an overdraft', async () => {
    await putRules({ mode: 'mutual_exchange' });
    const recipientId = await f.createRecipient('交換 花子', '1950-01-01');
    const recipientAccount = await f.openAccount({ recipientId });
    const v = f.volunteers[0];
    const before = (await memberAccount(v.id)).balance;
    await expect(credit(v.id, 60, { recipientId })).rejects.toMatchObject({ code: 'LEDGER_INSUFFICIENT_BALANCE' });
    expect((await account(recipientAccount)).balance).toBe(0);
    const topUp = await write(f.coordinator, '/adjustments', {
      accountId: recipientAccount,
      amount: 100,
      reason: '入会時の付与',
    });
    expect(topUp.statusCode, topUp.body).toBe(201);
    const result = await credit(v.id, 60, { recipientId });
    expect(result.creditedMinutes).toBe(60);
    expect((await account(recipientAccount)).balance).toBe(40);
    expect((await memberAccount(v.id)).balance).toBe(before + 60);
    const transfer = (await f.staff.get(`${f.ledger}/transfers/${result.transferId}`)).json();
    expect(transfer.kind).toBe('exchange');
    // Spends name the serving volunteer in this mode.
    const missing = await write(f.coordinator, '/spends', { fromAccountId: recipientAccount, minutes: 10 });
    expect(missing.json().error.code).toBe('LEDGER_PROVIDER_REQUIRED');
    const paid = await write(f.coordinator, '/spends', {
      fromAccountId: recipientAccount,
      toAccountId: (await memberAccount(v.id)).id,
      minutes: 10,
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect((await account(recipientAccount)).balance).toBe(30);
    await putRules();
  });

  // ------------------------------------------------------------ spends and idempotency

  it('records a spend to the pool, replays the same key unchanged, and refuses the key with another body', async () => {
    const from = await memberAccount(f.volunteers[0].id);
    const pool = await systemAccount('pool');
    const key = v7();
    const body = { fromAccountId: from.id, minutes: 30, memo: '買い物の付き添い' };
    const first = await write(f.coordinator, '/spends', body, key);
    expect(first.statusCode, first.body).toBe(201);
    const replay = await write(f.coordinator, '/spends', body, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    // The body field works as well as the header.
    const viaBody = await write(f.coordinator, '/spends', { ...body, idempotencyKey: key }, null);
    expect(viaBody.json().id).toBe(first.json().id);
    expect((await account(from.id)).balance).toBe(from.balance - 30);
    expect((await systemAccount('pool')).balance).toBe(pool.balance + 30);
    const reused = await write(f.coordinator, '/spends', { ...body, minutes: 31 }, key);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('LEDGER_IDEMPOTENCY_KEY_REUSED');
    const audits = (await f.admin.get(`${f.base}/audit-entries?limit=200`)).json().entries;
    expect(audits.filter((e: { targetId: string }) => e.targetId === first.json().id)).toHaveLength(1);
  });

  it('refuses a write without an idempotency key', async () => {
    const from = await memberAccount(f.volunteers[0].id);
    const response = await write(f.coordinator, '/spends', { fromAccountId: from.id, minutes: 1 }, null);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('LEDGER_IDEMPOTENCY_KEY_REQUIRED');
    expect(response.json().error.message).toContain('キー');
  });

  it('refuses a spend below the floor in the caller language, writing nothing', async () => {
    const from = await memberAccount(f.volunteers[0].id);
    const transfers = await f.count('ledger_transfer');
    const entries = await f.count('ledger_entry');
    const response = await f.coordinator.request(
      'POST',
      `${f.ledger}/spends`,
      { fromAccountId: from.id, minutes: from.balance + 1 },
      { 'idempotency-key': v7(), 'accept-language': 'ja' },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('LEDGER_INSUFFICIENT_BALANCE');
    expect(response.json().error.message).toContain('残高');
    expect(await f.count('ledger_transfer')).toBe(transfers);
    expect(await f.count('ledger_entry')).toBe(entries);
    expect((await account(from.id)).balance).toBe(from.balance);
  });

  it('lets the pool go negative down to its floor and no further', async () => {
    const pool = await systemAccount('pool');
    const v = await memberAccount(f.volunteers[1].id);
    const allowed = pool.balance + 600;
    const ok = await write(f.coordinator, '/adjustments', { accountId: pool.id, amount: -allowed, reason: '繰越' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await account(pool.id)).balance).toBe(-600);
    const refused = await write(f.coordinator, '/adjustments', { accountId: pool.id, amount: -1, reason: '繰越' });
    expect(refused.json().error.code).toBe('LEDGER_INSUFFICIENT_BALANCE');
    const back = await write(f.coordinator, '/adjustments', { accountId: pool.id, amount: allowed, reason: '戻し' });
    expect(back.statusCode).toBe(201);
    expect(v.ownerKind).toBe('member');
  });

  // ------------------------------------------------------------ gifts and beneficiaries

  it('gives credits only to a named beneficiary old enough, when the rules allow gifts', async () => {
    const giver = await memberAccount(f.volunteers[1].id);
    const mother = await f.createRecipient('会員 1 の母', '1948-04-10');
    const child = await f.createRecipient('会員 1 の子', '2010-06-01');
    const named = await f.coordinator.post(`${f.ledger}/beneficiaries`, {
      giverAccountId: giver.id,
      recipientId: mother,
      relation: 'parent',
    });
    expect(named.statusCode, named.body).toBe(201);
    const again = await f.coordinator.post(`${f.ledger}/beneficiaries`, {
      giverAccountId: giver.id,
      recipientId: mother,
      relation: 'parent',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(named.json().id);
    const young = (
      await f.coordinator.post(`${f.ledger}/beneficiaries`, {
        giverAccountId: giver.id,
        recipientId: child,
        relation: 'relative',
      })
    ).json();
    const list = (await f.staff.get(`${f.ledger}/beneficiaries`)).json().beneficiaries;
    expect(list.find((b: { id: string }) => b.id === named.json().id)).toMatchObject({
      recipientName: '会員 1 の母',
      giverName: '会員 1',
      verifiedByName: 'coordinator 担当',
    });

    const tooYoung = await write(f.coordinator, '/gifts', {
      fromAccountId: giver.id,
      beneficiaryId: young.id,
      minutes: 30,
    });
    expect(tooYoung.json().error).toMatchObject({ code: 'LEDGER_BENEFICIARY_TOO_YOUNG', details: { minimumAge: 60 } });
    const other = await memberAccount(f.volunteers[0].id);
    const notTheirs = await write(f.coordinator, '/gifts', {
      fromAccountId: other.id,
      beneficiaryId: named.json().id,
      minutes: 30,
    });
    expect(notTheirs.json().error.code).toBe('LEDGER_BENEFICIARY_NOT_FOUND');
    const gift = await write(f.coordinator, '/gifts', {
      fromAccountId: giver.id,
      beneficiaryId: named.json().id,
      minutes: 30,
    });
    expect(gift.statusCode, gift.body).toBe(201);
    expect((await account(named.json().accountId)).balance).toBe(30);
    await putRules({ giftsAllowed: false });
    const closed = await write(f.coordinator, '/gifts', {
      fromAccountId: giver.id,
      beneficiaryId: named.json().id,
      minutes: 1,
    });
    expect(closed.json().error.code).toBe('LEDGER_GIFTS_NOT_ALLOWED');
    await putRules();
  });

  // ------------------------------------------------------------ adjustments and reversals

  it('adjusts with a reason and reverses a transfer exactly once; a reversal is not reversed', async () => {
    const target = await memberAccount(f.volunteers[0].id);
    const adjust = await write(f.coordinator, '/adjustments', {
      accountId: target.id,
      amount: 45,
      reason: '紙の記録から移行',
    });
    expect(adjust.statusCode, adjust.body).toBe(201);
    expect(adjust.json()).toMatchObject({
      kind: 'adjust',
      reason: '紙の記録から移行',
      createdByName: 'coordinator 担当',
    });
    const noReason = await write(f.coordinator, '/adjustments', { accountId: target.id, amount: 5 });
    expect(noReason.statusCode).toBe(400);
    const reversal = await write(f.coordinator, `/transfers/${adjust.json().id}/reversal`, { reason: '二重入力' });
    expect(reversal.statusCode, reversal.body).toBe(201);
    expect(reversal.json()).toMatchObject({ kind: 'reverse', reversesTransferId: adjust.json().id });
    expect((await account(target.id)).balance).toBe(target.balance);
    const original = (await f.staff.get(`${f.ledger}/transfers/${adjust.json().id}`)).json();
    expect(original.reversedByTransferId).toBe(reversal.json().id);
    const twice = await write(f.coordinator, `/transfers/${adjust.json().id}/reversal`, { reason: '再度' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('LEDGER_TRANSFER_ALREADY_REVERSED');
    const ofReversal = await write(f.coordinator, `/transfers/${reversal.json().id}/reversal`, { reason: '戻す' });
    expect(ofReversal.json().error.code).toBe('LEDGER_TRANSFER_NOT_REVERSIBLE');
    const unknown = await write(f.coordinator, `/transfers/${v7()}/reversal`, { reason: 'x' });
    expect(unknown.statusCode).toBe(404);
    const audits = (await f.admin.get(`${f.base}/audit-entries?limit=200`)).json().entries;
    expect(
      audits.some(
        (e: { action: string; targetId: string }) =>
          e.action === 'LEDGER_TRANSFER_REVERSED' && e.targetId === reversal.json().id,
      ),
    ).toBe(true);
    await reconcileOk();
  });

  // ------------------------------------------------------------ expiry

  it('expires unused credits older than the rule, oldest first, once per cutoff', async () => {
    const v = f.volunteers[3];
    const member = (await accounts()).find((a) => a.volunteerId === v.id && a.ownerKind === 'member');
    expect(member).toBeUndefined();
    await credit(v.id, 100, { serviceDate: '2025-01-10' });
    await credit(v.id, 50, { serviceDate: '2025-08-10' });
    const account1 = await memberAccount(v.id);
    const spent = await write(f.coordinator, '/spends', {
      fromAccountId: account1.id,
      minutes: 30,
      valueDate: '2025-09-01',
    });
    expect(spent.statusCode).toBe(201);
    await putRules({ expiryMonths: 12 });
    const donation = (await systemAccount('donation')).balance;
    // Cutoff 2025-06-15: 100 credited before it, 30 spent since: 70 expire; the August credits stay.
    const run = await f.coordinator.post(`${f.ledger}/expiry-runs`, { asOf: '2026-06-15' });
    expect(run.json()).toMatchObject({ cutoff: '2025-06-15', expiredMinutes: expect.any(Number) });
    expect((await account(account1.id)).balance).toBe(50);
    const again = await f.coordinator.post(`${f.ledger}/expiry-runs`, { asOf: '2026-06-15' });
    expect(again.json().expiredMinutes).toBe(0);
    const later = await f.coordinator.post(`${f.ledger}/expiry-runs`, { asOf: '2026-09-15' });
    expect(later.json().cutoff).toBe('2025-09-15');
    expect((await account(account1.id)).balance).toBe(0);
    expect((await systemAccount('donation')).balance).toBeGreaterThanOrEqual(donation + 120);
    const statement: TLedgerStatement = (await f.staff.get(`${f.ledger}/accounts/${account1.id}/statement`)).json();
    expect(statement.lines.filter((l) => l.kind === 'expire').map((l) => l.amount)).toEqual([-70, -50]);
    await putRules();
    await reconcileOk();
  });

  // ------------------------------------------------------------ statements and passbook

  it('shows statements with running balances between dates and the balance at any date', async () => {
    const v = f.volunteers[2];
    const member = await memberAccount(v.id);
    const all: TLedgerStatement = (await f.staff.get(`${f.ledger}/accounts/${member.id}/statement`)).json();
    expect(all.openingBalance).toBe(0);
    expect(all.closingBalance).toBe(member.balance);
    let running = 0;
    for (const line of all.lines) {
      running += line.amount;
      expect(line.runningBalance).toBe(running);
    }
    const part: TLedgerStatement = (
      await f.staff.get(`${f.ledger}/accounts/${member.id}/statement?from=2026-05-02&to=2026-05-31`)
    ).json();
    expect(part.openingBalance + part.lines.reduce((s, l) => s + l.amount, 0)).toBe(part.closingBalance);
    const at = (await f.staff.get(`${f.ledger}/accounts/${member.id}/balance?at=2026-04-30`)).json();
    expect(at.balance).toBe(0);
    const pool = await systemAccount('pool');
    const poolStatement = (await f.staff.get(`${f.ledger}/accounts/${pool.id}/statement`)).json();
    expect(poolStatement.closingBalance).toBe(pool.balance);
    expect(poolStatement.lines.some((l: { kind: string }) => l.kind === 'spend')).toBe(true);
    const found = (await f.staff.get(`${f.ledger}/accounts?search=${encodeURIComponent('会員 2')}`)).json().accounts;
    expect(found.map((a: TLedgerAccount) => a.holderName)).toEqual(['会員 2']);
  });

  it("shows a member their own passbook and statements, never another member's", async () => {
    const [mine, theirs] = f.volunteers;
    const passbook = (await mine.client.get('/api/v1/me/passbook')).json();
    expect(passbook.accounts.length).toBeGreaterThan(0);
    expect(passbook.accounts.every((a: { account: TLedgerAccount }) => a.account.volunteerId === mine.id)).toBe(true);
    const own = passbook.accounts[0].account;
    const statement = await mine.client.get(`/api/v1/me/passbook/accounts/${own.id}/statement`);
    expect(statement.statusCode).toBe(200);
    expect(statement.json().closingBalance).toBe(own.balance);
    const other = await memberAccount(theirs.id);
    const refused = await mine.client.get(`/api/v1/me/passbook/accounts/${other.id}/statement`);
    expect(refused.statusCode).toBe(404);
    // The printable passbook: the same statement as a PDF, the holder's name in it; another's is not found.
    const pdf = await mine.client.get(`/api/v1/me/passbook/accounts/${own.id}/statement.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain(own.holderName);
    expect((await mine.client.get(`/api/v1/me/passbook/accounts/${other.id}/statement.pdf`)).statusCode).toBe(404);
    expect((await mine.client.get(`${f.ledger}/accounts`)).statusCode).toBe(403);
  });

  it('lets staff read but not write, and keeps volunteers out of the coordinator routes', async () => {
    const from = await memberAccount(f.volunteers[0].id);
    expect((await f.staff.get(`${f.ledger}/accounts`)).statusCode).toBe(200);
    const spend = await write(f.staff, '/spends', { fromAccountId: from.id, minutes: 1 });
    expect(spend.statusCode).toBe(403);
    expect((await f.staff.get(`${f.ledger}/reconciliation`)).statusCode).toBe(403);
    expect((await write(f.volunteers[0].client, '/donations', { fromAccountId: from.id, minutes: 1 })).statusCode).toBe(
      403,
    );
    expect((await f.volunteers[0].client.put(`${f.ledger}/rules`, RULES)).statusCode).toBe(403);
  });

  // ------------------------------------------------------------ append-only and reconcile

  it('refuses to update or delete entries and transfers, and refuses an unbalanced transfer at commit', async () => {
    const db = t.database.db;
    const refusal = async (query: ReturnType<typeof sql>) => {
      try {
        await db.execute(query);
        return 'accepted';
      } catch (err) {
        return `${(err as Error).message} ${((err as Error).cause as Error | undefined)?.message ?? ''}`;
      }
    };
    const entries = await f.count('ledger_entry');
    expect(await refusal(sql`update ledger_entry set amount = amount + 1`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from ledger_entry`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate ledger_entry cascade`)).toMatch(/append-only/);
    expect(await refusal(sql`update ledger_transfer set memo = 'x'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from ledger_transfer`)).toMatch(/append-only/);
    expect(await f.count('ledger_entry')).toBe(entries);
    const [pool] = (await accounts()).filter((a) => a.ownerKind === 'pool');
    const id = v7();
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into ledger_transfer (org_id, id, unit, kind, value_date)
          values (${f.orgId}, ${id}, 'hours', 'adjust', '2026-05-01')`);
        await tx.execute(sql`insert into ledger_entry (org_id, id, transfer_id, account_id, amount, value_date)
          values (${f.orgId}, ${v7()}, ${id}, ${pool.id}, 10, '2026-05-01')`);
      }),
    ).rejects.toThrow();
    expect((await f.coordinator.get(`${f.ledger}/transfers/${id}`)).statusCode).toBe(404);
  });

  it('reconciles: every balance equals the sum of its entries and every transfer sums to zero', async () => {
    const result = (await f.coordinator.get(`${f.ledger}/reconciliation`)).json();
    expect(result.ok).toBe(true);
    expect(result.transferCount).toBeGreaterThan(10);
    expect(result.accountCount).toBeGreaterThan(5);
  });
});
