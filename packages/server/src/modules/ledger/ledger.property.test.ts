import type { TLedgerAccount } from '@musubi/shared';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { postServiceCredit } from './index';
import { ledgerFixture } from './ledger-test-fixture';

const CAP = 600;
const MEMBERS = 4;

/** One step of a random history; indexes are taken modulo what exists when the step runs. */
type Command =
  | { kind: 'credit'; member: number; minutes: number; group: boolean; day: number }
  | { kind: 'spend'; member: number; minutes: number }
  | { kind: 'donate'; member: number; minutes: number; restricted: boolean }
  | { kind: 'gift'; member: number; minutes: number }
  | { kind: 'adjust'; member: number; amount: number }
  | { kind: 'reverse'; transfer: number }
  | { kind: 'expire'; day: number }
  | { kind: 'replay'; write: number };

const member = fc.integer({ min: 0, max: MEMBERS - 1 });
const minutes = fc.integer({ min: 1, max: 400 });
const day = fc.integer({ min: 0, max: 700 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('credit'), member, minutes, group: fc.boolean(), day }),
  fc.record({ kind: fc.constant('spend'), member, minutes }),
  fc.record({ kind: fc.constant('donate'), member, minutes, restricted: fc.boolean() }),
  fc.record({ kind: fc.constant('gift'), member, minutes }),
  fc.record({
    kind: fc.constant('adjust'),
    member,
    amount: fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0),
  }),
  fc.record({ kind: fc.constant('reverse'), transfer: fc.nat() }),
  fc.record({ kind: fc.constant('expire'), day }),
  fc.record({ kind: fc.constant('replay'), write: fc.nat() }),
) as fc.Arbitrary<Command>;

const dateOf = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

describe('ledger properties over random histories of transfers, reversals, expiries and gifts', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof ledgerFixture>>;
  let memberAccounts: string[];
  let beneficiaries: string[];

  beforeAll(async () => {
    t = await createTestApp();
    f = await ledgerFixture(t, MEMBERS);
    const rules = await f.coordinator.put(`${f.ledger}/rules`, {
      mode: 'deposit',
      earningRates: { care: 150 },
      defaultRatePercent: 100,
      groupServiceKinds: ['group'],
      balanceCapMinutes: CAP,
      excessPolicy: 'donate',
      dailyMaxMinutes: 480,
      expiryMonths: 12,
      giftsAllowed: true,
      giftMinAge: 60,
      poolFloorMinutes: -1000,
    });
    expect(rules.statusCode, rules.body).toBe(200);
    memberAccounts = [];
    beneficiaries = [];
    for (const [i, v] of f.volunteers.entries()) {
      const accountId = await f.openAccount({ volunteerId: v.id });
      memberAccounts.push(accountId);
      const recipientId = await f.createRecipient(`受取人 ${i}`, '1940-01-01');
      const named = await f.coordinator.post(`${f.ledger}/beneficiaries`, {
        giverAccountId: accountId,
        recipientId,
        relation: 'parent',
      });
      beneficiaries.push(named.json().id);
    }
  }, 180_000);
  afterAll(() => t.close());

  const accounts = async (): Promise<TLedgerAccount[]> =>
    (await f.coordinator.get(`${f.ledger}/accounts`)).json().accounts;

  it('keeps every invariant: zero-sum transfers, reconciled projections, floors, caps, idempotent replays', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        const written: { path: string; body: Record<string, unknown>; key: string; transferId: string }[] = [];
        const transferIds: string[] = [];
        for (const c of commands) {
          const before = await f.count('ledger_transfer');
          let response: Awaited<ReturnType<typeof f.coordinator.request>> | null = null;
          let path = '';
          let body: Record<string, unknown> = {};
          const key = v7();
          switch (c.kind) {
            case 'credit': {
              const result = await t.database.db.transaction((tx) =>
                postServiceCredit(tx, {
                  orgId: f.orgId,
                  volunteerId: f.volunteers[c.member].id,
                  minutes: c.minutes,
                  serviceDate: dateOf(c.day),
                  serviceKind: c.group ? 'group' : 'care',
                  sourceId: key,
                  idempotencyKey: `attendance:${key}`,
                  actorAccountId: null,
                }),
              );
              expect(result.creditedMinutes).toBeGreaterThanOrEqual(0);
              transferIds.push(result.transferId);
              continue;
            }
            case 'spend':
              path = '/spends';
              body = { fromAccountId: memberAccounts[c.member], minutes: c.minutes };
              break;
            case 'donate': {
              const restricted = (await accounts()).find(
                (a) => a.volunteerId === f.volunteers[c.member].id && a.ownerKind === 'member_restricted',
              );
              path = '/donations';
              body = {
                fromAccountId: c.restricted && restricted ? restricted.id : memberAccounts[c.member],
                minutes: c.minutes,
              };
              break;
            }
            case 'gift':
              path = '/gifts';
              body = {
                fromAccountId: memberAccounts[c.member],
                beneficiaryId: beneficiaries[c.member],
                minutes: c.minutes,
              };
              break;
            case 'adjust':
              path = '/adjustments';
              body = { accountId: memberAccounts[c.member], amount: c.amount, reason: 'property test' };
              break;
            case 'reverse':
              if (transferIds.length === 0) continue;
              path = `/transfers/${transferIds[c.transfer % transferIds.length]}/reversal`;
              body = { reason: 'property test' };
              break;
            case 'expire': {
              const run = await f.coordinator.post(`${f.ledger}/expiry-runs`, { asOf: dateOf(c.day + 365) });
              expect(run.statusCode, run.body).toBe(200);
              continue;
            }
            case 'replay': {
              if (written.length === 0) continue;
              const earlier = written[c.write % written.length];
              const balances = (await accounts()).map((a) => [a.id, a.balance]);
              const replay = await f.coordinator.request('POST', `${f.ledger}${earlier.path}`, earlier.body, {
                'idempotency-key': earlier.key,
              });
              expect(replay.statusCode).toBe(201);
              expect(replay.json().id).toBe(earlier.transferId);
              expect(await f.count('ledger_transfer')).toBe(before);
              expect((await accounts()).map((a) => [a.id, a.balance])).toEqual(balances);
              continue;
            }
          }
          response = await f.coordinator.request('POST', `${f.ledger}${path}`, body, { 'idempotency-key': key });
          expect(response.statusCode, response.body).toBeLessThan(500);
          if (response.statusCode === 201) {
            accepted += 1;
            written.push({ path, body, key, transferId: response.json().id });
            transferIds.push(response.json().id);
          } else {
            // A refusal writes nothing.
            refused += 1;
            expect(response.statusCode).toBe(409);
            expect(await f.count('ledger_transfer')).toBe(before);
          }
        }

        const reconciliation = (await f.coordinator.get(`${f.ledger}/reconciliation`)).json();
        expect(reconciliation.unbalancedTransferIds).toEqual([]);
        expect(reconciliation.differences).toEqual([]);
        for (const account of await accounts()) {
          if (account.floor !== null) expect(account.balance).toBeGreaterThanOrEqual(account.floor);
          if (account.ownerKind === 'member') expect(account.balance).toBeLessThanOrEqual(CAP);
        }
        for (const transferId of transferIds.slice(-5)) {
          const transfer = (await f.staff.get(`${f.ledger}/transfers/${transferId}`)).json();
          expect(transfer.entries.reduce((sum: number, e: { amount: number }) => sum + e.amount, 0)).toBe(0);
        }
      }),
      { numRuns: 12 },
    );
    // The histories exercised both sides: writes that went through and refusals.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(0);
  }, 300_000);
});
