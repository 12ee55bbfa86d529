import type { TLedgerAccount, TLedgerTransfer } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ledgerFixture } from './ledger-test-fixture';

/**
 * Atomic transfer batches (reliability.md L5): a batch equals the same
 * transfers posted one by one, all or nothing; the first refused item names
 * its index and nothing is written; the key covers the whole batch.
 *
 * Two mirror sets of accounts with the same balances: set A takes batches,
 * set B the same items one by one; after every step their balances (and the
 * system accounts' movements) must agree.
 */

const CAP = 1500;
const SIDE = 3;

type Item =
  | { kind: 'spend'; holder: number; recipient: boolean; minutes: number }
  | { kind: 'donate'; holder: number; minutes: number }
  | { kind: 'gift'; holder: number; beneficiaryOf: number; minutes: number }
  | { kind: 'adjust'; holder: number; recipient: boolean; amount: number };

const holder = fc.integer({ min: 0, max: SIDE - 1 });
const minutes = fc.integer({ min: 1, max: 500 });
const item: fc.Arbitrary<Item> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('spend'), holder, recipient: fc.boolean(), minutes }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('donate'), holder, minutes }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('gift'), holder, beneficiaryOf: holder, minutes }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('adjust'),
      holder,
      recipient: fc.boolean(),
      amount: fc.integer({ min: -400, max: 700 }).filter((n) => n !== 0),
    }),
  },
) as fc.Arbitrary<Item>;

interface Side {
  members: string[];
  recipients: string[];
  beneficiaries: string[];
}

describe('ledger: atomic transfer batches', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof ledgerFixture>>;
  const sides: Side[] = [
    { members: [], recipients: [], beneficiaries: [] },
    { members: [], recipients: [], beneficiaries: [] },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    f = await ledgerFixture(t, SIDE * 2);
    const rules = await f.coordinator.put(`${f.ledger}/rules`, {
      mode: 'deposit',
      earningRates: {},
      defaultRatePercent: 100,
      groupServiceKinds: [],
      balanceCapMinutes: CAP,
      excessPolicy: 'donate',
      dailyMaxMinutes: null,
      expiryMonths: null,
      giftsAllowed: true,
      giftMinAge: 60,
      poolFloorMinutes: -1000,
    });
    expect(rules.statusCode, rules.body).toBe(200);
    for (const [s, side] of sides.entries()) {
      for (let i = 0; i < SIDE; i++) {
        const volunteer = f.volunteers[s * SIDE + i];
        const accountId = await f.openAccount({ volunteerId: volunteer.id });
        // The last holder's beneficiary is too young for gifts (a refusal of the rules, not of balances).
        const recipientId = await f.createRecipient(`家族 ${s}-${i}`, i === SIDE - 1 ? '2001-04-01' : '1941-04-01');
        const named = await f.coordinator.post(`${f.ledger}/beneficiaries`, {
          giverAccountId: accountId,
          recipientId,
          relation: 'parent',
        });
        expect(named.statusCode, named.body).toBe(201);
        side.members.push(accountId);
        side.recipients.push(named.json().accountId);
        side.beneficiaries.push(named.json().id);
        const topUp = await f.coordinator.request(
          'POST',
          `${f.ledger}/adjustments`,
          { accountId, amount: 600, reason: '初期残高' },
          { 'idempotency-key': v7() },
        );
        expect(topUp.statusCode, topUp.body).toBe(201);
      }
    }
  }, 180_000);
  afterAll(() => t.close());

  const bodyOf = (side: Side, it: Item): Record<string, unknown> => {
    switch (it.kind) {
      case 'spend':
        return {
          kind: 'spend',
          fromAccountId: (it.recipient ? side.recipients : side.members)[it.holder],
          minutes: it.minutes,
        };
      case 'donate':
        return { kind: 'donate', fromAccountId: side.members[it.holder], minutes: it.minutes };
      case 'gift':
        return {
          kind: 'gift',
          fromAccountId: side.members[it.holder],
          beneficiaryId: side.beneficiaries[it.beneficiaryOf],
          minutes: it.minutes,
        };
      case 'adjust':
        return {
          kind: 'adjust',
          accountId: (it.recipient ? side.recipients : side.members)[it.holder],
          amount: it.amount,
          reason: '一括テスト',
        };
    }
  };
  const ROUTE = { spend: '/spends', donate: '/donations', gift: '/gifts', adjust: '/adjustments' } as const;
  /** The coordinator's language is Japanese: refusals read in Japanese. */
  const postBatch = (transfers: Record<string, unknown>[], key = v7()) =>
    f.coordinator.request('POST', `${f.ledger}/transfer-batches`, { transfers }, { 'idempotency-key': key });
  const accounts = async (): Promise<TLedgerAccount[]> =>
    (await f.coordinator.get(`${f.ledger}/accounts`)).json().accounts;
  const balancesOf = async (side: Side) => {
    const byId = new Map((await accounts()).map((a) => [a.id, a.balance]));
    return [...side.members, ...side.recipients].map((id) => byId.get(id));
  };
  const systemBalances = async () =>
    Object.fromEntries(
      (await accounts())
        .filter((a) => ['pool', 'donation', 'issuance'].includes(a.ownerKind))
        .map((a) => [a.ownerKind, a.balance]),
    );
  const delta = (after: Record<string, number>, before: Record<string, number>) =>
    Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]));
  const batchAudits = async () =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from audit_entry where action = 'LEDGER_BATCH_POSTED'`,
      )
    )[0].n;
  /** A transfer's entries with the accounts named by their place on their side, to compare across sides. */
  const shapeOf = (side: Side, transfer: TLedgerTransfer) =>
    transfer.entries.map((e) => {
      const m = side.members.indexOf(e.accountId);
      const r = side.recipients.indexOf(e.accountId);
      return [e.ownerKind, m >= 0 ? `m${m}` : r >= 0 ? `r${r}` : e.ownerKind, e.amount];
    });

  it('equals the same transfers posted one by one, refuses all or nothing at the first refused item, and replays', async () => {
    const [a, b] = sides as [Side, Side];
    let refusedBatches = 0;
    let appliedTransfers = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 12 }), async (items) => {
        // One by one on side B, up to the first refusal.
        const systemBefore = await systemBalances();
        const singles: TLedgerTransfer[] = [];
        let refusedAt = -1;
        let refusedCode = '';
        for (const [i, it] of items.entries()) {
          const { kind: _kind, ...body } = bodyOf(b, it);
          const response = await f.coordinator.request('POST', `${f.ledger}${ROUTE[it.kind]}`, body, {
            'idempotency-key': v7(),
          });
          expect(response.statusCode, response.body).toBeLessThan(500);
          if (response.statusCode !== 201) {
            refusedAt = i;
            refusedCode = response.json().error.code;
            break;
          }
          singles.push(response.json());
        }
        const systemAfterSingles = await systemBalances();

        // The whole list as one batch on side A.
        const transfers = items.map((it) => bodyOf(a, it));
        if (refusedAt >= 0) {
          const before = { balances: await balancesOf(a), transfers: await f.count('ledger_transfer') };
          const audits = await batchAudits();
          const refused = await postBatch(transfers);
          expect(refused.statusCode, refused.body).toBe(409);
          const error = refused.json().error;
          expect(error.code).toBe('LEDGER_BATCH_ITEM_REFUSED');
          expect(error.details.index).toBe(refusedAt);
          expect(error.details.itemCode).toBe(refusedCode);
          expect(error.details.position).toBe(refusedAt + 1);
          expect(error.message).toContain(`${refusedAt + 1} 件目`);
          // Nothing written: no transfer, no balance moved, no audit entry.
          expect(await f.count('ledger_transfer')).toBe(before.transfers);
          expect(await balancesOf(a)).toEqual(before.balances);
          expect(await batchAudits()).toBe(audits);
          refusedBatches += 1;
        }
        const valid = refusedAt >= 0 ? transfers.slice(0, refusedAt) : transfers;
        if (valid.length > 0) {
          const key = v7();
          const posted = await postBatch(valid, key);
          expect(posted.statusCode, posted.body).toBe(201);
          const batch = posted.json();
          expect(batch.transferCount).toBe(valid.length);
          expect(batch.transferIds).toHaveLength(valid.length);
          appliedTransfers += valid.length;
          // The same entries, transfer by transfer, as the singles wrote.
          for (const [i, id] of batch.transferIds.entries()) {
            const transfer: TLedgerTransfer = (await f.staff.get(`${f.ledger}/transfers/${id}`)).json();
            expect(transfer.kind).toBe(singles[i].kind);
            expect(shapeOf(a, transfer)).toEqual(shapeOf(b, singles[i]));
          }
          // A replay answers the same batch and writes nothing; the key with another body is refused.
          const count = await f.count('ledger_transfer');
          const replay = await postBatch(valid, key);
          expect(replay.statusCode).toBe(201);
          expect(replay.headers['idempotent-replayed']).toBe('true');
          expect(replay.json()).toEqual(batch);
          const reused = await postBatch([...valid, valid[0]], key);
          expect(reused.statusCode).toBe(409);
          expect(reused.json().error.code).toBe('LEDGER_IDEMPOTENCY_KEY_REUSED');
          expect(await f.count('ledger_transfer')).toBe(count);
        }
        // Both sides agree, and so do the system accounts' movements.
        expect(await balancesOf(a)).toEqual(await balancesOf(b));
        expect(delta(await systemBalances(), systemAfterSingles)).toEqual(delta(systemAfterSingles, systemBefore));
        const reconciliation = (await f.coordinator.get(`${f.ledger}/reconciliation`)).json();
        expect(reconciliation.differences).toEqual([]);
        expect(reconciliation.unbalancedTransferIds).toEqual([]);
        expect(reconciliation.ok).toBe(true);
      }),
      { numRuns: 15, seed: 20261201 },
    );
    // The histories exercised both sides: batches applied and batches refused.
    expect(appliedTransfers).toBeGreaterThan(10);
    expect(refusedBatches).toBeGreaterThan(0);
  }, 300_000);

  it('refuses N valid transfers and 1 over the floor as a whole, in Japanese, and audits applied batches once', async () => {
    const [a] = sides as [Side];
    const before = { balances: await balancesOf(a), transfers: await f.count('ledger_transfer') };
    const audits = await batchAudits();
    const valid = [0, 1, 2].map((i) => ({ kind: 'adjust', accountId: a.members[i], amount: 1, reason: '少し' }));
    const overdraft = { kind: 'donate', fromAccountId: a.members[0], minutes: 1_000_000 };
    const refused = await postBatch([...valid, overdraft]);
    expect(refused.statusCode, refused.body).toBe(409);
    const error = refused.json().error;
    expect(error).toMatchObject({
      code: 'LEDGER_BATCH_ITEM_REFUSED',
      details: { index: 3, position: 4, itemCode: 'LEDGER_INSUFFICIENT_BALANCE', accountId: a.members[0] },
    });
    expect(error.message).toContain('4 件目');
    expect(await f.count('ledger_transfer')).toBe(before.transfers);
    expect(await balancesOf(a)).toEqual(before.balances);
    expect(await batchAudits()).toBe(audits);

    const posted = await postBatch(valid);
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ transferCount: 3, totalMinutes: 3 });
    const audit = (await f.admin.get(`${f.base}/audit-entries?limit=20`)).json().entries;
    const entry = audit.find((e: { action: string }) => e.action === 'LEDGER_BATCH_POSTED');
    expect(entry).toMatchObject({ targetType: 'ledger_batch', targetId: posted.json().id });
    expect(await batchAudits()).toBe(audits + 1);
    // Side A takes the minutes back, so it mirrors side B again.
    const undo = await postBatch(valid.map((v) => ({ ...v, amount: -1 })));
    expect(undo.statusCode, undo.body).toBe(201);
  });

  it('applies a batch sent several times at once exactly once', async () => {
    const [a] = sides as [Side];
    const key = v7();
    const transfers = [0, 1, 2].map((i) => ({ kind: 'spend', fromAccountId: a.members[i], minutes: 1 }));
    const count = await f.count('ledger_transfer');
    const answers = await Promise.all([1, 2, 3, 4].map(() => postBatch(transfers, key)));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    expect(await f.count('ledger_transfer')).toBe(count + 3);
    expect(await f.count('ledger_batch')).toBeGreaterThan(0);
  });

  it('checks the batch at the edge: a key, 1 to 500 items, known kinds', async () => {
    const [a] = sides as [Side];
    const one = { kind: 'spend', fromAccountId: a.members[0], minutes: 1 };
    const noKey = await f.coordinator.post(`${f.ledger}/transfer-batches`, { transfers: [one] });
    expect(noKey.json().error.code).toBe('LEDGER_IDEMPOTENCY_KEY_REQUIRED');
    for (const transfers of [[], Array.from({ length: 501 }, () => one), [{ ...one, kind: 'expire' }]]) {
      const response = await postBatch(transfers);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    const volunteer = await f.volunteers[0].client.request(
      'POST',
      `${f.ledger}/transfer-batches`,
      { transfers: [one] },
      { 'idempotency-key': v7() },
    );
    expect(volunteer.statusCode).toBe(403);
  });
});
