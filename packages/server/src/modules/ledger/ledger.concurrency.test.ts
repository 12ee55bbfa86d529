import type { TLedgerAccount } from '@musubi/shared';
import { sql } from 'drizzle-orm';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ledgerFixture } from './ledger-test-fixture';
import { DEFAULT_RULES } from './rules.service';

/**
 * Parallel transfers need a server with real concurrent transactions and row
 * locks: PGlite runs one connection, so this file runs only on PostgreSQL
 * (DATABASE_URL set); on PGlite the whole describe is not run.
 */
const onPostgres = !!process.env.DATABASE_URL;

describe.runIf(onPostgres)('ledger under concurrency (PostgreSQL only)', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof ledgerFixture>>;
  let hot: string[];
  let cold: string[];
  const START = 2_000;

  beforeAll(async () => {
    t = await createTestApp();
    f = await ledgerFixture(t, 28);
    const rules = await f.coordinator.put(`${f.ledger}/rules`, { ...DEFAULT_RULES, mode: 'mutual_exchange' });
    expect(rules.statusCode).toBe(200);
    const ids: string[] = [];
    for (const v of f.volunteers) {
      const id = await f.openAccount({ volunteerId: v.id });
      const topUp = await f.coordinator.request(
        'POST',
        `${f.ledger}/adjustments`,
        { accountId: id, amount: START, reason: '初期残高' },
        { 'idempotency-key': v7() },
      );
      expect(topUp.statusCode).toBe(201);
      ids.push(id);
    }
    hot = ids.slice(0, 3);
    cold = ids.slice(3);
  }, 120_000);
  afterAll(() => t?.close());

  it('applies each accepted key exactly once, never deadlocks or overdraws, and reconciles', async () => {
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    const operations = Array.from({ length: 400 }, () => {
      const fromHot = Math.random() < 0.6;
      const from = fromHot ? pick(hot) : pick(cold);
      let to = Math.random() < 0.6 ? pick(hot) : pick(cold);
      while (to === from) to = pick([...hot, ...cold]);
      return {
        key: v7(),
        body: { fromAccountId: from, toAccountId: to, minutes: 1 + Math.floor(Math.random() * 900) },
        copies: 1 + Math.floor(Math.random() * 3),
      };
    });
    const submissions = operations.flatMap((op) => Array.from({ length: op.copies }, () => op));
    submissions.sort(() => Math.random() - 0.5);

    const outcomes = new Map<string, Set<string>>();
    const statuses: number[] = [];
    const CLIENTS = 24;
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < submissions.length) {
          const op = submissions[next++];
          const response = await f.coordinator.request('POST', `${f.ledger}/spends`, op.body, {
            'idempotency-key': op.key,
          });
          statuses.push(response.statusCode);
          const seen = outcomes.get(op.key) ?? new Set<string>();
          seen.add(response.statusCode === 201 ? `ok:${response.json().id}` : response.json().error.code);
          outcomes.set(op.key, seen);
        }
      }),
    );

    // Only acceptances and overdraft refusals: no deadlock, serialization failure or other 5xx.
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const perKey = await queryRows<{ key: string; n: number }>(
      t.database.db,
      sql`select idempotency_key as key, count(*)::int as n from ledger_transfer
          where org_id = ${f.orgId} and kind = 'spend' group by idempotency_key`,
    );
    const written = new Map(perKey.map((row) => [row.key, row.n]));
    let accepted = 0;
    for (const op of operations) {
      const seen = [...(outcomes.get(op.key) ?? [])];
      const oks = seen.filter((s) => s.startsWith('ok:'));
      // Every copy of one key got the same answer: one transfer id, or refusals only.
      expect(new Set(oks).size).toBeLessThanOrEqual(1);
      if (oks.length === 1) {
        accepted += 1;
        expect(written.get(op.key)).toBe(1);
      } else {
        expect(seen).toEqual(['LEDGER_INSUFFICIENT_BALANCE']);
        expect(written.has(op.key)).toBe(false);
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(written.size).toBe(accepted);

    const reconciliation = (await f.coordinator.get(`${f.ledger}/reconciliation`)).json();
    expect(reconciliation.ok).toBe(true);
    const accounts: TLedgerAccount[] = (await f.coordinator.get(`${f.ledger}/accounts?ownerKind=member`)).json()
      .accounts;
    expect(accounts.every((a) => a.balance >= 0)).toBe(true);
    // Spends between members move credits, never create them.
    expect(accounts.reduce((sum, a) => sum + a.balance, 0)).toBe(START * f.volunteers.length);
  }, 300_000);
  it('applies parallel atomic batches (with duplicates, next to single transfers) all or nothing, each key once', async () => {
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    const spend = () => {
      const from = Math.random() < 0.6 ? pick(hot) : pick(cold);
      let to = Math.random() < 0.6 ? pick(hot) : pick(cold);
      while (to === from) to = pick([...hot, ...cold]);
      return { fromAccountId: from, toAccountId: to, minutes: 1 + Math.floor(Math.random() * 300) };
    };
    const before = (await f.coordinator.get(`${f.ledger}/accounts?ownerKind=member`)).json()
      .accounts as TLedgerAccount[];
    const operations = Array.from({ length: 120 }, (_, i) => {
      const batch = i % 3 !== 0;
      return {
        key: v7(),
        batch,
        body: batch
          ? {
              transfers: Array.from({ length: 1 + Math.floor(Math.random() * 12) }, () => ({
                kind: 'spend',
                ...spend(),
              })),
            }
          : spend(),
        copies: 1 + Math.floor(Math.random() * 3),
      };
    });
    const submissions = operations.flatMap((op) => Array.from({ length: op.copies }, () => op));
    submissions.sort(() => Math.random() - 0.5);
    const outcomes = new Map<string, Set<string>>();
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 24 }, async () => {
        while (next < submissions.length) {
          const op = submissions[next++];
          const path = op.batch ? '/transfer-batches' : '/spends';
          const response = await f.coordinator.request('POST', `${f.ledger}${path}`, op.body, {
            'idempotency-key': op.key,
          });
          statuses.push(response.statusCode);
          const seen = outcomes.get(op.key) ?? new Set<string>();
          seen.add(response.statusCode === 201 ? `ok:${response.json().id}` : response.json().error.code);
          outcomes.set(op.key, seen);
        }
      }),
    );
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const batches = new Map(
      (
        await queryRows<{ key: string; n: number; found: number }>(
          t.database.db,
          sql`select b.idempotency_key as key, cardinality(b.transfer_ids)::int as n,
                (select count(*)::int from ledger_transfer x where x.org_id = b.org_id and x.id = any (b.transfer_ids)) as found
              from ledger_batch b where b.org_id = ${f.orgId}`,
        )
      ).map((row) => [row.key, row]),
    );
    let applied = 0;
    for (const op of operations.filter((o) => o.batch)) {
      const seen = [...(outcomes.get(op.key) ?? [])];
      const oks = seen.filter((s) => s.startsWith('ok:'));
      expect(new Set(oks).size).toBeLessThanOrEqual(1);
      const row = batches.get(op.key);
      if (oks.length === 1) {
        applied += 1;
        const size = (op.body as { transfers: unknown[] }).transfers.length;
        expect(row).toMatchObject({ n: size, found: size });
      } else {
        // Refused as a whole: nothing of it written.
        expect(seen).toEqual(['LEDGER_BATCH_ITEM_REFUSED']);
        expect(row).toBeUndefined();
      }
    }
    expect(applied).toBeGreaterThan(20);
    expect(batches.size).toBe(applied);
    const reconciliation = (await f.coordinator.get(`${f.ledger}/reconciliation`)).json();
    expect(reconciliation.ok).toBe(true);
    const after = (await f.coordinator.get(`${f.ledger}/accounts?ownerKind=member`)).json()
      .accounts as TLedgerAccount[];
    expect(after.every((a) => a.balance >= 0)).toBe(true);
    const total = (list: TLedgerAccount[]) => list.reduce((sum, a) => sum + a.balance, 0);
    expect(total(after)).toBe(total(before));
  }, 300_000);
});
