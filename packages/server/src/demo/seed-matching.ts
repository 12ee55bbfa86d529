import { prepareMatching, rankWithPrefilter } from '../modules/matching/candidates.service';
import { answerIn, proposeIn } from '../modules/matching/proposals.service';
import { transitionNeed } from '../modules/needs/lifecycle.service';
import { listNeeds } from '../modules/needs/needs.service';
import type { Db } from '../platform/db/client';
import { DEMO_ORG_KEYS, type DemoNetwork } from './demo-data';

/**
 * Matching in the demo council: the flood clean-up asks its two best
 * candidates from the ranking, with a personal line (the first said yes on
 * the phone and waits for a coordinator to confirm), and the request for a
 * Chinese-speaking visitor moves to matching for the visitor to rank. No
 * mail: the demo coordinator calls people. Deterministic but for ties between
 * equal scores, which go to the smaller record id.
 */
export async function seedMatching(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
) {
  const orgKey = DEMO_ORG_KEYS.welfareCouncil;
  const orgId = orgIds.get(orgKey)!;
  const coordinator = network.people.find((p) =>
    p.memberships.some((m) => m.orgKey === orgKey && ['coordinator', 'org_admin', 'network_admin'].includes(m.role)),
  )!;
  const actor = { accountId: accountIds.get(coordinator.key)!, name: coordinator.name, requestId: 'demo-seed' };
  const needNamed = async (title: string) => {
    const [need] = (await listNeeds(tx, orgId, { q: title, limit: 1 })).needs;
    return need;
  };

  /** Asks the best `count` candidates; someone with a warning is asked with the reason a coordinator would give. */
  const askBest = async (needId: string, count: number, message: string | null) => {
    const setup = await prepareMatching(tx, orgId, needId);
    const { ranking } = await rankWithPrefilter(tx, setup, 20);
    const chosen = ranking.ranked.slice(0, count);
    if (chosen.length === 0) return [];
    return proposeIn(tx, null, actor, setup, ranking, {
      proposals: chosen.map((c) => ({
        volunteerId: c.volunteerId,
        overrideReason: c.hasWarnings ? '電話で事情を確認したうえで依頼' : null,
      })),
      limit: 20,
      message,
    });
  };

  const cleanup = await needNamed('災害後の片付け');
  if (cleanup?.status === 'matching') {
    const [first] = await askBest(cleanup.id, 2, '長女の石井さんが立ち会います。長靴と軍手をお持ちください。');
    if (first) await answerIn(tx, actor, 'coordinator', orgId, first.id, { answer: 'accept', reason: null });
  }

  // Left in matching for the visitor to try: the ranking puts Chinese speakers first.
  const visitor = await needNamed('中国語で話せる方に');
  if (visitor?.status === 'new') {
    await transitionNeed(tx, actor, orgId, visitor.id, { to: 'matching', reason: '中国語を話せる方を探す' });
  }
}
