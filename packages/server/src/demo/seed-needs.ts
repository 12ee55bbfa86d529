import type {
  TCreateNeedRequest,
  TCreateRecipientRequest,
  TCreateResourceLineRequest,
  TNeedClosureReason,
  TNeedStatus,
} from '@musubi/shared';
import { recordFollowUp } from '../modules/needs/follow-ups.service';
import { transitionNeed } from '../modules/needs/lifecycle.service';
import { createNeed, logContact } from '../modules/needs/needs.service';
import { createRecipient } from '../modules/needs/recipients.service';
import { addResourceLine, updateResourceLine } from '../modules/needs/resource-lines.service';
import { addSensitiveNote } from '../modules/needs/sensitive-notes.service';
import { findVolunteerByAccount } from '../modules/volunteers';
import type { Db } from '../platform/db/client';
import { DEMO_ORG_KEYS, type DemoNetwork } from './demo-data';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
/** A weekday morning `days` from now, 10:00 in Tokyo. */
const morningIn = (days: number) => {
  const d = new Date(Date.now() + days * DAY_MS);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 1, 0)).toISOString();
};

/** Elderly people the council helps; most gave their consent on the phone or through someone. */
const RECIPIENTS = {
  haru: {
    name: '佐々木 ハル',
    nameReading: 'ささき はる',
    birthDate: '1938-02-11',
    phone: '03-5555-8101',
    postalCode: '189-0021',
    address: '結び野市東町3-2-1',
    area: '東地区',
    location: { lat: 35.6899, lng: 139.7811 },
    notes: '玄関のチャイムが鳴りにくいので、戸を軽くたたいてください。',
  },
  kiyo: {
    name: '大野 キヨ',
    nameReading: 'おおの きよ',
    birthDate: '1934-07-03',
    phone: '03-5555-8102',
    postalCode: '189-0022',
    address: '結び野市東町5-11-4 東町団地2号棟105',
    area: '東地区',
    location: { lat: 35.6912, lng: 139.7839 },
    notes: '耳が遠いので、電話はゆっくり大きめの声で。',
  },
  tsuru: {
    name: '森 ツル',
    nameReading: 'もり つる',
    birthDate: '1941-11-20',
    phone: '03-5555-8103',
    postalCode: '189-0031',
    address: '結び野市北町2-7-9',
    area: '北地区',
    location: { lat: 35.6958, lng: 139.7618 },
    notes: null,
  },
  shoichi: {
    name: '山口 正一',
    nameReading: 'やまぐち しょういち',
    birthDate: '1946-04-29',
    phone: '03-5555-8104',
    postalCode: '189-0041',
    address: '結び野市西町4-3-12',
    area: '西地区',
    location: { lat: 35.6747, lng: 139.7489 },
    notes: '庭に面した勝手口から声をかけてください。',
  },
  mitsu: {
    name: '石井 ミツ',
    nameReading: 'いしい みつ',
    birthDate: '1937-09-15',
    phone: '03-5555-8105',
    postalCode: '189-0043',
    address: '結び野市南台1-4-6',
    area: '南地区',
    location: { lat: 35.6693, lng: 139.7672 },
    notes: '8月の大雨で床下浸水。現在は長女宅と自宅を行き来。',
  },
} as const;

type RecipientKey = keyof typeof RECIPIENTS;

interface DemoNeed {
  recipient: RecipientKey | null;
  need: TCreateNeedRequest;
  /** Where the case stands now, reached through the legal steps. */
  path: TNeedStatus[];
  closureReason?: TNeedClosureReason;
  /** Indexes into the council's active volunteers. */
  volunteers?: { index: number; status: 'planned' | 'confirmed' | 'done'; minutes?: number }[];
  lines?: TCreateResourceLineRequest[];
  referToCareHome?: { status: 'pending' | 'accepted'; note: string };
  contacts?: {
    daysAgo: number;
    kind: 'call' | 'visit' | 'message';
    party: 'recipient' | 'requester' | 'volunteer' | 'partner';
    note: string;
  }[];
  sensitiveNote?: { category: 'health' | 'family'; body: string };
}

const NEEDS: DemoNeed[] = [
  {
    recipient: 'haru',
    need: {
      kind: 'shopping',
      title: '買い物支援（毎週木曜・スーパー結び野まで）',
      description: '膝を痛めて重い物が持てないため、週1回の買い物に同行してほしい。品物はご本人が選びたいとのこと。',
      channel: 'phone',
      requesterName: '佐々木 ハル',
      requesterRelation: 'self',
      requesterPhone: '03-5555-8101',
      timeWindows: [{ weekday: 4, start: '13:00', end: '15:00' }],
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      urgency: 'normal',
      costNote: '買い物代金はご本人。ボランティアの交通費は社協の助成。',
      onBehalfOf: { consentMethod: 'phone', consentNote: 'ご本人から電話で依頼、記録の保管に同意' },
    },
    path: ['assessing', 'matching', 'confirmed', 'in_progress'],
    volunteers: [{ index: 0, status: 'confirmed' }],
    contacts: [
      {
        daysAgo: 9,
        kind: 'call',
        party: 'recipient',
        note: '初回の買い物の様子を確認。次回も同じボランティアを希望。',
      },
    ],
  },
  {
    recipient: 'kiyo',
    need: {
      kind: 'transport_escort',
      title: '通院付き添い（結び野市民病院・眼科）',
      description: '白内障の術後検診。バスの乗り換えが不安なので、病院の受付まで付き添ってほしい。',
      channel: 'phone',
      requesterName: '田村 和子',
      requesterRelation: 'welfare_commissioner',
      requesterPhone: '090-5555-8201',
      timeWindows: [{ date: morningIn(9).slice(0, 10), start: '09:00', end: '12:00' }],
      helperGender: 'female',
      urgency: 'high',
      costNote: 'バス代はご本人負担。',
      onBehalfOf: { consentMethod: 'through_someone', consentNote: '民生委員の田村さんがご本人に確認' },
    },
    path: ['assessing', 'matching', 'proposed', 'confirmed'],
    volunteers: [{ index: 1, status: 'planned' }],
    sensitiveNote: {
      category: 'health',
      body: '軽度の認知症の診断あり（要介護1）。日付の確認は前日にもう一度電話で。',
    },
    contacts: [
      { daysAgo: 6, kind: 'call', party: 'requester', note: '民生委員の田村さんから依頼の電話。' },
      { daysAgo: 2, kind: 'call', party: 'volunteer', note: 'ボランティアに打診、引き受けてもらえた。' },
    ],
  },
  {
    recipient: 'tsuru',
    need: {
      kind: 'visit_conversation',
      title: '話し相手（週1回・1時間ほど）',
      description: '夫を亡くしてから外出が減り、人と話す機会がほとんどない。昔の結び野の話が好き。',
      channel: 'partner_referral',
      requesterName: '結び野地域包括支援センター 北',
      requesterRelation: 'care_professional',
      requesterPhone: '03-5555-8301',
      timeWindows: [{ weekday: 2, start: '14:00', end: '15:00' }],
      urgency: 'normal',
      onBehalfOf: { consentMethod: 'through_someone', consentNote: '包括の担当者が訪問時に確認' },
    },
    path: ['assessing', 'matching', 'confirmed', 'in_progress', 'completed'],
    volunteers: [{ index: 2, status: 'done', minutes: 60 }],
    sensitiveNote: { category: 'family', body: '長男とは疎遠。緊急時の連絡は姪（市内在住）へ。' },
  },
  {
    recipient: 'shoichi',
    need: {
      kind: 'household_help',
      title: '庭の草取り（夏の間に1回）',
      description: '腰を痛めて庭の手入れができない。隣家から草が伸びていると言われて気にしている。',
      channel: 'walk_in',
      requesterName: '山口 正一',
      requesterRelation: 'self',
      requesterPhone: '03-5555-8104',
      headcount: 2,
      urgency: 'normal',
      costNote: 'ごみ袋はご本人が用意。',
    },
    path: ['matching', 'confirmed', 'completed'],
    volunteers: [
      { index: 3, status: 'done', minutes: 120 },
      { index: 0, status: 'done', minutes: 120 },
    ],
  },
  {
    recipient: 'mitsu',
    need: {
      kind: 'disaster_cleanup',
      title: '災害後の片付け（床下の泥出し・家具の運び出し）',
      description: '大雨による床下浸水。畳と家具を運び出し、床下の泥を出したい。長女が立ち会う。',
      channel: 'phone',
      requesterName: '石井 由美',
      requesterRelation: 'family',
      requesterPhone: '080-5555-8501',
      headcount: 4,
      urgency: 'urgent',
      costNote: '資材は災害ボランティアセンターから貸し出し。',
      onBehalfOf: { consentMethod: 'phone', consentNote: '長女を通じてご本人が同意' },
    },
    path: ['assessing', 'matching'],
    contacts: [{ daysAgo: 1, kind: 'visit', party: 'recipient', note: '現地確認。床下に泥が10cmほど。' }],
  },
  {
    recipient: 'mitsu',
    need: {
      kind: 'other',
      title: '当面の生活物資（毛布・飲料水）',
      description: '片付けが終わるまでの間、自宅で過ごすための物資。',
      channel: 'phone',
      requesterName: '石井 由美',
      requesterRelation: 'family',
      requesterPhone: '080-5555-8501',
      urgency: 'high',
    },
    path: ['assessing', 'matching', 'proposed'],
    lines: [
      { kind: 'goods', description: '毛布', quantity: 2, unit: '枚' },
      { kind: 'goods', description: '飲料水 2L', quantity: 12, unit: '本' },
    ],
  },
  {
    recipient: 'haru',
    need: {
      kind: 'household_help',
      title: '電球の交換（台所と廊下）',
      description: '脚立に上れないため。',
      channel: 'phone',
      requesterName: '佐々木 ハル',
      requesterRelation: 'self',
      requesterPhone: '03-5555-8101',
      urgency: 'low',
    },
    path: ['matching', 'confirmed', 'completed', 'followed_up'],
    volunteers: [{ index: 1, status: 'done', minutes: 30 }],
  },
  {
    recipient: 'kiyo',
    need: {
      kind: 'care_support',
      title: '入浴の見守り・介護保険サービスの相談',
      description: '一人での入浴が不安との相談。ボランティアではなく介護保険サービスの利用を勧めたい。',
      channel: 'walk_in',
      requesterName: '大野 キヨ',
      requesterRelation: 'self',
      urgency: 'normal',
    },
    path: ['assessing'],
    referToCareHome: { status: 'accepted', note: 'ショートステイと通所の相談。ケアマネジャーにつないでもらう。' },
  },
  {
    recipient: null,
    need: {
      kind: 'event_help',
      title: '東地区敬老会の会場設営と受付',
      description: '9月の敬老会で、会場の椅子並べと受付を手伝ってほしい。',
      channel: 'fax_paper',
      requesterName: '東地区自治会 福祉部',
      requesterRelation: 'partner_organization',
      requesterPhone: '03-5555-8601',
      headcount: 5,
      urgency: 'low',
      area: '東地区',
      address: '結び野市東町2-8 東地区集会所',
    },
    path: ['assessing'],
  },
  {
    recipient: 'tsuru',
    need: {
      kind: 'care_support',
      title: 'ごみ出しの手伝い（燃えるごみの日）',
      description: '集積所まで坂道があり、冬場が心配。',
      channel: 'walk_in',
      requesterName: '森 ツル',
      requesterRelation: 'self',
      urgency: 'normal',
      timeWindows: [
        { weekday: 1, start: '07:30', end: '08:30' },
        { weekday: 4, start: '07:30', end: '08:30' },
      ],
    },
    path: [],
  },
  {
    recipient: null,
    need: {
      kind: 'transport_escort',
      title: '選挙の投票所への付き添い',
      description: '車いすでの移動。投票日当日の午前中。',
      channel: 'email',
      requesterName: '橋本 綾',
      requesterRelation: 'family',
      requesterEmail: 'aya.hashimoto@example.org',
      recipientName: '橋本 清',
      urgency: 'normal',
    },
    path: ['assessing', 'closed'],
    closureReason: 'withdrawn',
  },
  {
    recipient: null,
    need: {
      kind: 'visit_conversation',
      title: '中国語で話せる方に、父を訪ねてほしい',
      description: '父は日本語があまり話せず、近所に話し相手がいない。月に2回ほど。',
      channel: 'email',
      requesterName: '王 麗',
      requesterRelation: 'family',
      requesterEmail: 'li.wang@example.org',
      recipientName: '王 建国',
      languages: ['zh'],
      urgency: 'normal',
    },
    path: [],
  },
];

const consentsFor = (key: RecipientKey): TCreateRecipientRequest['consents'] => [
  {
    purpose: 'record_keeping',
    granted: true,
    method: key === 'kiyo' || key === 'tsuru' ? 'through_someone' : 'phone',
    note: null,
  },
  { purpose: 'sensitive_data', granted: key === 'kiyo' || key === 'tsuru', method: 'in_person', note: null },
];

/**
 * Needs of the demo council: elderly recipients and a dozen cases across the
 * lifecycle (new intakes, matching, confirmed, in progress, two completed and
 * awaiting follow-up, one followed up, one referred, one withdrawn), a few
 * sensitive notes, contacts and resource lines. Deterministic: fixed data,
 * dates relative to today.
 */
export async function seedNeeds(
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

  const volunteerIds: string[] = [];
  for (const person of network.people) {
    if (!person.memberships.some((m) => m.orgKey === orgKey && m.role === 'volunteer')) continue;
    const record = await findVolunteerByAccount(tx, orgId, accountIds.get(person.key)!);
    if (record?.status === 'active') volunteerIds.push(record.id);
    if (volunteerIds.length === 4) break;
  }

  const recipientIds = new Map<RecipientKey, string>();
  for (const [key, fields] of Object.entries(RECIPIENTS) as [RecipientKey, (typeof RECIPIENTS)[RecipientKey]][]) {
    const recipient = await createRecipient(tx, actor, orgId, {
      ...fields,
      languages: ['ja'],
      consents: consentsFor(key),
    });
    recipientIds.set(key, recipient.id);
  }

  for (const item of NEEDS) {
    const need = await createNeed(tx, actor, orgId, {
      ...item.need,
      recipientId: item.recipient ? recipientIds.get(item.recipient) : null,
    });
    for (const contact of item.contacts ?? []) {
      await logContact(tx, actor, orgId, need.id, {
        kind: contact.kind,
        party: contact.party,
        note: contact.note,
        at: daysAgo(contact.daysAgo),
      });
    }
    if (item.sensitiveNote) await addSensitiveNote(tx, actor, orgId, { needId: need.id }, item.sensitiveNote);
    for (const line of item.lines ?? []) await addResourceLine(tx, actor, orgId, need.id, line);
    if (item.referToCareHome) {
      await addResourceLine(tx, actor, orgId, need.id, {
        kind: 'referral',
        target: { kind: 'network_organization', id: orgIds.get(DEMO_ORG_KEYS.careHome)! },
        status: item.referToCareHome.status,
        note: item.referToCareHome.note,
      });
    }
    // Volunteers join the case as planned when it reaches matching, and their
    // lines reach their final state (confirmed, done with the time served) by the end.
    const lineIds: { id: string; status: 'planned' | 'confirmed' | 'done'; minutes?: number }[] = [];
    const settleLines = async () => {
      for (const line of lineIds.splice(0)) {
        if (line.status === 'planned') continue;
        await updateResourceLine(tx, actor, orgId, need.id, line.id, {
          status: line.status,
          ...(line.minutes ? { minutes: line.minutes } : {}),
        });
      }
    };
    for (const to of item.path) {
      if (to === 'followed_up') {
        await recordFollowUp(tx, actor, orgId, need.id, {
          respondent: 'recipient',
          method: 'phone',
          satisfaction: 5,
          shouldContinue: 'no',
          comment: '明るくなって助かりました。また何かあればお願いしたい。',
        });
        continue;
      }
      if (to === 'completed') await settleLines();
      await transitionNeed(tx, actor, orgId, need.id, {
        to,
        ...(to === 'closed' ? { closureReason: item.closureReason ?? 'fulfilled' } : {}),
      });
      if (to !== 'matching') continue;
      for (const v of item.volunteers ?? []) {
        if (!volunteerIds[v.index]) continue;
        const line = await addResourceLine(tx, actor, orgId, need.id, {
          kind: 'volunteer_time',
          volunteerId: volunteerIds[v.index],
          plannedStart: item.path.includes('completed') ? daysAgo(4) : morningIn(7),
        });
        lineIds.push({ id: line.id, status: v.status, minutes: v.minutes });
      }
    }
    await settleLines();
    if (item.referToCareHome && item.path.at(-1) !== 'closed') {
      await transitionNeed(tx, actor, orgId, need.id, {
        to: 'closed',
        closureReason: 'referred_elsewhere',
        reason: '介護保険サービスの利用につないだため',
      });
    }
  }
}
