import { postServiceCredit } from '../modules/ledger';
import { addLedgerBeneficiary } from '../modules/ledger/beneficiaries.service';
import { recordDonation, recordGift, recordSpend, reverseTransfer } from '../modules/ledger/flows.service';
import * as ledgerRepo from '../modules/ledger/ledger.repository';
import { updateLedgerRules } from '../modules/ledger/rules.service';
import { insertRecipientIn } from '../modules/needs/recipients.service';
import { organizationToday, volunteersOfAccount } from '../modules/volunteers';
import { listVolunteers } from '../modules/volunteers/volunteers.service';
import type { Db } from '../platform/db/client';
import { DEMO_ORG_KEYS, type DemoNetwork } from './demo-data';

/** A calendar date `days` before `today` (both YYYY-MM-DD). */
function daysBefore(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/**
 * The watch-over NPO runs a time bank (時間預託): hours of visits, shopping and
 * escorts are stored and used later for the volunteer's own care or given to
 * an aged parent. Four months of credits for the demo volunteer and a few
 * others, spends, a gift to a named mother, a donation and one corrected
 * (reversed) spend, so the passbook, the pool statement and reconcile all
 * have something to show. Deterministic for a given seed and day.
 */
export async function seedLedger(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
) {
  const orgKey = DEMO_ORG_KEYS.mimamori;
  const orgId = orgIds.get(orgKey)!;
  const coordinator = network.people.find((p) =>
    p.memberships.some((m) => m.orgKey === orgKey && ['coordinator', 'org_admin'].includes(m.role)),
  );
  if (!coordinator) return;
  const actor = { accountId: accountIds.get(coordinator.key)!, name: coordinator.name, requestId: 'demo-seed' };
  const today = await organizationToday(tx, orgId);

  await updateLedgerRules(tx, actor, orgId, {
    mode: 'deposit',
    earningRates: { visit_conversation: 100, transport_escort: 120, care_support: 150 },
    defaultRatePercent: 100,
    groupServiceKinds: ['event_help'],
    balanceCapMinutes: 300 * 60,
    excessPolicy: 'donate',
    dailyMaxMinutes: 8 * 60,
    expiryMonths: 60,
    giftsAllowed: true,
    giftMinAge: 60,
    poolFloorMinutes: -50 * 60,
  });

  const demoVolunteer = (await volunteersOfAccount(tx, accountIds.get('demo-volunteer')!)).find(
    (v) => v.orgId === orgId,
  );
  const others = (await listVolunteers(tx, orgId, { status: 'active', limit: 6 })).volunteers
    .map((v) => v.id)
    .filter((id) => id !== demoVolunteer?.id);
  const members = [...(demoVolunteer ? [demoVolunteer.id] : []), ...others].slice(0, 6);
  if (members.length === 0) return;

  const kinds = ['visit_conversation', 'transport_escort', 'care_support'];
  let n = 0;
  for (const [i, volunteerId] of members.entries()) {
    // About one service a week over four months, fewer for the later members.
    for (let day = 120; day > 0; day -= 6 + i) {
      n += 1;
      await postServiceCredit(tx, {
        orgId,
        volunteerId,
        minutes: [60, 90, 120, 150][(n + i) % 4],
        serviceDate: daysBefore(today, day),
        serviceKind: n % 7 === 0 ? 'event_help' : kinds[n % 3],
        sourceId: `demo-${n}`,
        idempotencyKey: `demo:service:${n}`,
        actorAccountId: actor.accountId,
      });
    }
  }

  const memberAccount = async (volunteerId: string) =>
    (await ledgerRepo.ensureHolderAccount(tx, orgId, 'hours', { ownerKind: 'member', volunteerId })).row;
  for (const [i, volunteerId] of members.slice(1).entries()) {
    const account = await memberAccount(volunteerId);
    const minutes = Math.min(120 + 30 * i, Math.floor(account.balance / 2));
    if (minutes < 30) continue;
    await recordSpend(tx, actor, orgId, `demo:spend:${i}`, {
      fromAccountId: account.id,
      minutes,
      valueDate: daysBefore(today, 20 + i),
      memo: '通院の付き添いを利用',
    });
  }

  const first = await memberAccount(members[0]);
  await recordSpend(tx, actor, orgId, 'demo:spend:first', {
    fromAccountId: first.id,
    minutes: 180,
    valueDate: daysBefore(today, 14),
    memo: '引っ越しの片付けを手伝ってもらった',
  });
  // A spend entered twice by mistake: corrected by a reversal, never deleted.
  const twice = await recordSpend(tx, actor, orgId, 'demo:spend:twice', {
    fromAccountId: first.id,
    minutes: 180,
    valueDate: daysBefore(today, 14),
    memo: '引っ越しの片付けを手伝ってもらった',
  });
  await reverseTransfer(tx, actor, orgId, twice.transfer.id, 'demo:reverse:twice', {
    reason: '二重に入力したため取り消し',
  });
  await recordDonation(tx, actor, orgId, 'demo:donate:first', {
    fromAccountId: first.id,
    minutes: 60,
    valueDate: daysBefore(today, 7),
    memo: '地域の見守り基金へ',
  });
  const mother = await insertRecipientIn(tx, actor, orgId, {
    name: '小野寺 キヨ',
    nameReading: 'おのでら きよ',
    birthDate: '1946-03-12',
    area: '北地区',
    languages: ['ja'],
    consents: [{ purpose: 'record_keeping', granted: true, method: 'in_person' }],
  });
  const { beneficiary } = await addLedgerBeneficiary(tx, actor, orgId, {
    giverAccountId: first.id,
    recipientId: mother.id,
    relation: 'parent',
  });
  await recordGift(tx, actor, orgId, 'demo:gift:mother', {
    fromAccountId: first.id,
    beneficiaryId: beneficiary.id,
    minutes: 240,
    valueDate: daysBefore(today, 5),
    memo: '母の通院付き添いに使ってもらう',
  });
}
