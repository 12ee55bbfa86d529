import {
  ACTIVITY_CATEGORIES,
  calendarDateIn,
  type TActivityCategory,
  type TConsentGrant,
  type TLanguage,
  ZPhone,
} from '@musubi/shared';
import { createPlan, enroll } from '../modules/insurance/insurance.service';
import { createOpportunity, createShifts } from '../modules/opportunities/opportunities.service';
import { createSkill } from '../modules/volunteers/skills.service';
import { insertVolunteer } from '../modules/volunteers/volunteers.service';
import type { Db } from '../platform/db/client';
import { DEMO_ORG_KEYS, type DemoNetwork, demoGenderOf, mulberry32 } from './demo-data';

/** The first person who coordinates (or administers) an organization: the demo's recorder there. */
function coordinatorOf(network: DemoNetwork, orgKey: string) {
  return network.people.find((p) =>
    p.memberships.some((m) => m.orgKey === orgKey && ['coordinator', 'org_admin', 'network_admin'].includes(m.role)),
  )!;
}

/** Organizations that keep a volunteer register, insurance counter and skills taxonomy in the demo. */
const REGISTERS = [
  DEMO_ORG_KEYS.hub,
  DEMO_ORG_KEYS.welfareCouncil,
  DEMO_ORG_KEYS.kodomoShokudo,
  DEMO_ORG_KEYS.mimamori,
];

const SKILLS = [
  {
    kind: 'qualification',
    names: { ja: '普通自動車免許', en: "Driver's licence", 'zh-CN': '机动车驾驶证', ko: '운전면허' },
  },
  {
    kind: 'qualification',
    names: {
      ja: '介護職員初任者研修',
      en: 'Care worker basic training',
      'zh-CN': '护理员初级培训',
      ko: '요양보호 기초 연수',
    },
  },
  {
    kind: 'qualification',
    names: { ja: '普通救命講習', en: 'First aid (CPR)', 'zh-CN': '急救培训', ko: '심폐소생술 교육' },
  },
  { kind: 'skill', names: { ja: '傾聴', en: 'Active listening', 'zh-CN': '倾听陪伴', ko: '경청' } },
  { kind: 'skill', names: { ja: '調理', en: 'Cooking', 'zh-CN': '烹饪', ko: '조리' } },
  { kind: 'skill', names: { ja: '通訳・翻訳', en: 'Interpreting', 'zh-CN': '口笔译', ko: '통역·번역' } },
  {
    kind: 'skill',
    names: {
      ja: 'パソコン・スマホ支援',
      en: 'Computer and phone help',
      'zh-CN': '电脑手机辅导',
      ko: '컴퓨터·스마트폰 도움',
    },
  },
] as const;

const LANGUAGE_BY_LOCALE: Record<string, TLanguage[]> = {
  ja: ['ja'],
  en: ['en', 'ja'],
  'zh-CN': ['zh', 'ja'],
  ko: ['ko', 'ja'],
};

/** People registered at the counter who have no smartphone and no account (assisted registration). */
const COUNTER_ONLY = [
  { name: '松本 フミ', nameReading: 'まつもと ふみ', birthDate: '1941-09-03', phone: '03-5555-7101' },
  { name: '井上 正雄', nameReading: 'いのうえ まさお', birthDate: '1944-02-18', phone: '03-5555-7102' },
  { name: '木下 トシ子', nameReading: 'きのした としこ', birthDate: '1939-12-25', phone: '03-5555-7103' },
  { name: '髙橋 﨑子', nameReading: 'たかはし さきこ', birthDate: '1947-06-30', phone: '03-5555-7104' },
  { name: '𠮷田 一', nameReading: 'よしだ はじめ', birthDate: '1950-11-11', phone: '03-5555-7105' },
];

/**
 * The demo's volunteer registers: skills, insurance plans (basic ¥350,
 * natural disaster ¥500), a record per volunteer membership with consents,
 * most verified and insured, a few applicants waiting, a few people with no
 * account registered at the counter, and one likely duplicate to merge.
 */
export async function seedParticipation(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
) {
  const rng = mulberry32(20260402);
  const today = calendarDateIn('Asia/Tokyo');

  for (const orgKey of REGISTERS) {
    const orgId = orgIds.get(orgKey)!;
    const coordinator = coordinatorOf(network, orgKey);
    const actor = { accountId: accountIds.get(coordinator.key)!, name: coordinator.name, requestId: 'demo-seed' };
    const staffRecorder = { ...actor, self: false };
    const skillIds: string[] = [];
    for (const skill of SKILLS) skillIds.push((await createSkill(tx, actor, orgId, skill)).id);
    const basic = await createPlan(tx, actor, orgId, { name: '基本プラン', code: 'A', annualPremium: 350 });
    const disaster = await createPlan(tx, actor, orgId, {
      name: '天災・地震補償プラン',
      code: 'B',
      coversNaturalDisaster: true,
      annualPremium: 500,
    });

    const members = network.people.filter((p) =>
      p.memberships.some((m) => m.orgKey === orgKey && m.role === 'volunteer'),
    );
    for (const person of members) {
      const roll = rng();
      const status = roll < 0.08 ? 'applicant' : roll < 0.14 ? 'inactive' : 'active';
      const interests = ACTIVITY_CATEGORIES.filter(() => rng() < 0.2).slice(0, 3) as TActivityCategory[];
      const consents: TConsentGrant[] = [
        { purpose: 'contact', granted: true },
        { purpose: 'network_sharing', granted: rng() < 0.6 },
        { purpose: 'photos', granted: rng() < 0.5 },
      ];
      const row = await insertVolunteer(tx, orgId, {
        fields: {
          name: person.name,
          nameReading: person.nameReading ?? undefined,
          gender: demoGenderOf(person.name),
          email: person.email,
          phone: person.phone ? ZPhone.parse(person.phone) : null,
          preferredChannel: 'email',
          // Every fourth person prefers one summary mail a day.
          mailDigest: members.indexOf(person) % 4 === 3,
          locale: person.locale,
          languages: LANGUAGE_BY_LOCALE[person.locale],
          interests: interests.length > 0 ? interests : ['community'],
          skillIds: skillIds.filter(() => rng() < 0.15),
          availability: rng() < 0.7 ? [{ weekday: 1 + Math.floor(rng() * 6), start: '09:00', end: '12:00' }] : [],
        },
        consents,
        registeredVia: 'self',
        recorder: { accountId: accountIds.get(person.key)!, requestId: 'demo-seed', self: true },
        accountId: accountIds.get(person.key)!,
        status,
        refuseDuplicates: false,
      });
      if (status === 'active' && rng() < 0.85) {
        const aprilFirst = `${today.slice(0, 4)}-04-01`;
        await enroll(tx, actor, orgId, row.id, {
          planId: rng() < 0.2 ? disaster.id : basic.id,
          enrolledOn: aprilFirst <= today ? aprilFirst : today,
        });
      }
    }

    if (orgKey === DEMO_ORG_KEYS.welfareCouncil) {
      for (const person of COUNTER_ONLY) {
        const row = await insertVolunteer(tx, orgId, {
          fields: {
            ...person,
            gender: demoGenderOf(person.name),
            phone: ZPhone.parse(person.phone),
            preferredChannel: 'phone',
            languages: ['ja'],
            interests: ['elderly'],
          },
          consents: [{ purpose: 'contact', granted: true }],
          registeredVia: 'on_behalf_of',
          recorder: staffRecorder,
          status: 'active',
          refuseDuplicates: false,
        });
        await enroll(tx, actor, orgId, row.id, { planId: basic.id, enrolledOn: today });
      }
      // The same person registered twice (once in katakana): waiting on the duplicates page.
      await insertVolunteer(tx, orgId, {
        fields: { name: '松本 ふみ', nameReading: 'マツモト フミ', birthDate: '1941-09-03', preferredChannel: 'phone' },
        consents: [],
        registeredVia: 'on_behalf_of',
        recorder: staffRecorder,
        refuseDuplicates: false,
      });
    }
  }
}

/** Activities of the demo network, each with a weekly series of shifts from next week. */
const ACTIVITIES = [
  {
    orgKey: DEMO_ORG_KEYS.hub,
    title: '【体験】駅前花壇の手入れ',
    category: 'environment',
    area: '中央地区',
    address: '結び野市中央1-2 結び野駅前広場',
    location: { lat: 35.6812, lng: 139.7671 },
    trial: true,
    beginnerFriendly: true,
    weekday: 'SA',
    hour: 9,
    hours: 2,
    capacity: 8,
  },
  {
    orgKey: DEMO_ORG_KEYS.hub,
    title: '外国人住民のための日本語おしゃべり会',
    category: 'international',
    area: '中央地区',
    address: '結び野市中央3-5 市民活動センター 会議室A',
    location: { lat: 35.6838, lng: 139.7702 },
    trial: false,
    beginnerFriendly: true,
    weekday: 'WE',
    hour: 18,
    hours: 2,
    capacity: 6,
  },
  {
    orgKey: DEMO_ORG_KEYS.welfareCouncil,
    title: 'ふれあい・いきいきサロンのお手伝い',
    category: 'elderly',
    area: '東地区',
    address: '結び野市東町2-8 東地区集会所',
    location: { lat: 35.6895, lng: 139.7802 },
    trial: true,
    beginnerFriendly: true,
    weekday: 'TU',
    hour: 10,
    hours: 3,
    capacity: 5,
  },
  {
    orgKey: DEMO_ORG_KEYS.welfareCouncil,
    title: '買い物支援（車の運転）',
    category: 'elderly',
    area: '西地区',
    address: '結び野市西町1-1 西地区センター',
    location: { lat: 35.6751, lng: 139.7504 },
    trial: false,
    beginnerFriendly: false,
    weekday: 'TH',
    hour: 13,
    hours: 3,
    capacity: 3,
  },
  {
    orgKey: DEMO_ORG_KEYS.kodomoShokudo,
    title: '子ども食堂の調理・配膳',
    category: 'children',
    area: '南地区',
    address: '結び野市南町4-3 南公民館 調理室',
    location: { lat: 35.6702, lng: 139.7655 },
    trial: true,
    beginnerFriendly: true,
    weekday: 'FR',
    hour: 16,
    hours: 3,
    capacity: 6,
  },
  {
    orgKey: DEMO_ORG_KEYS.mimamori,
    title: '一人暮らし高齢者への見守り訪問',
    category: 'elderly',
    area: '北地区',
    address: '結び野市北町5-1 見守りネット事務所',
    location: { lat: 35.6961, lng: 139.7633 },
    trial: false,
    beginnerFriendly: false,
    weekday: 'MO',
    hour: 10,
    hours: 2,
    capacity: 4,
  },
] as const;

/** Next week's given weekday at a Tokyo wall-clock hour, as an instant. */
function nextWeekAt(weekday: string, hour: number): Date {
  const days = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 7));
  while (days[d.getUTCDay()] !== weekday) d.setUTCDate(d.getUTCDate() + 1);
  return new Date(d.getTime() + (hour - 9) * 3_600_000);
}

export async function seedActivities(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
) {
  for (const item of ACTIVITIES) {
    const orgId = orgIds.get(item.orgKey)!;
    const coordinator = network.people.find((p) =>
      p.memberships.some(
        (m) => m.orgKey === item.orgKey && ['coordinator', 'org_admin', 'network_admin'].includes(m.role),
      ),
    )!;
    const actor = { accountId: accountIds.get(coordinator.key)!, name: coordinator.name, requestId: 'demo-seed' };
    const opportunity = await createOpportunity(tx, actor, orgId, {
      title: item.title,
      description: null,
      category: item.category,
      area: item.area,
      address: item.address,
      location: item.location,
      trial: item.trial,
      beginnerFriendly: item.beginnerFriendly,
      contactName: coordinator.name,
      visibility: 'public',
      status: 'published',
    });
    const start = nextWeekAt(item.weekday, item.hour);
    await createShifts(tx, actor, orgId, opportunity.id, {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + item.hours * 3_600_000).toISOString(),
      roles: [{ name: null, capacity: item.capacity }],
      signupClosesHoursBefore: 12,
      rrule: `FREQ=WEEKLY;BYDAY=${item.weekday};COUNT=12`,
    });
  }
}
