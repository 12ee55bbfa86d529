/**
 * Deterministic demo data: a small volunteer-coordination network in the
 * fictional city of 結び野市 (むすびのし, Musubino-shi).
 *
 * The city, its organizations and its people are invented, so no real
 * organization or person is impersonated. Contact data stays out of real use:
 * e-mail addresses live under the RFC 2606 reserved domains (`example.org`,
 * `example.com`, `example.net`), phone numbers use the 555 exchange
 * (03-5555-…, 090-5555-…) and addresses name only the fictional city.
 *
 * The module is pure: no I/O, no clock, no `Math.random`. All variation comes
 * from a seeded PRNG ({@link mulberry32}), so the same seed always yields the
 * same network. Organizations, staff and the well-known demo logins
 * ({@link DEMO_LOGINS}) are fixed; only the ~300 generated volunteers change
 * with the seed.
 *
 * Some family names use variant characters on purpose (髙橋 and 山﨑 are
 * CP932 extensions, 𠮷田 is outside the BMP and outside CP932) so that CSV
 * exports and search get exercised by realistic data (see
 * `shared/research/domain.md` §1.8).
 */

/** Password of every demo account. Demo servers only: never used with real data. */
export const DEMO_PASSWORD = 'musubi-demo-2026';

/** Seed used when {@link generateDemoNetwork} is called without one. */
export const DEFAULT_DEMO_SEED = 20260401;

/** Number of generated volunteers and members (on top of staff and the fixed demo volunteer). */
export const DEMO_VOLUNTEER_COUNT = 300;

export type DemoLocale = 'ja' | 'en' | 'zh-CN' | 'ko';
export type DemoRole = 'network_admin' | 'org_admin' | 'coordinator' | 'staff' | 'volunteer' | 'member' | 'partner';
export type DemoOrganizationKind =
  | 'volunteer_center'
  | 'welfare_council'
  | 'npo_support_center'
  | 'npo'
  | 'care_facility'
  | 'company'
  | 'government'
  | 'time_bank'
  | 'community_group'
  | 'other';

export interface DemoOrganization {
  /** Stable key, used by memberships and by seeding code to find the row again. */
  key: string;
  name: string;
  kind: DemoOrganizationKind;
  locale: DemoLocale;
  timeZone: string;
  fiscalYearStartMonth: number;
  email: string;
  phone: string;
  postalCode: string;
  address: string;
  website: string | null;
  description: string;
  /** True for the one organization that runs the network. */
  isHub: boolean;
}

export interface DemoMembership {
  orgKey: string;
  role: DemoRole;
}

export interface DemoPerson {
  /** Stable key: a readable slug for staff, `v0001`… for generated volunteers. */
  key: string;
  /** Family name first for Japanese, Chinese and Korean names; given name first for English names. */
  name: string;
  /** Reading as a Japanese office registers it: hiragana for Japanese names, katakana otherwise, or null. */
  nameReading: string | null;
  /** Unique, lowercase ASCII; sign-in uses it. */
  email: string;
  /** Unique when present. */
  phone: string | null;
  locale: DemoLocale;
  /** One role per organization; the first entry is the person's main organization. */
  memberships: DemoMembership[];
}

export interface DemoNetwork {
  organizations: DemoOrganization[];
  people: DemoPerson[];
}

export interface DemoLogin {
  email: string;
  role: DemoRole;
  orgKey: string;
  /** English, for the README and the demo sign-in page. */
  description: string;
}

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

/**
 * mulberry32: a tiny 32-bit PRNG (Tommy Ettinger's public-domain design).
 * Returns a function yielding floats in [0, 1). Good enough for demo data,
 * not for anything security-related. The seed is reduced to an unsigned
 * 32-bit integer (`seed >>> 0`), so fractions are truncated, negatives wrap
 * and NaN or Infinity act as 0.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function randomInt(rng: Rng, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(rng() * (maxInclusive - minInclusive + 1));
}

function pickUniform<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function pickWeighted<T>(rng: Rng, items: readonly T[], weightOf: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let threshold = rng() * total;
  for (const item of items) {
    threshold -= weightOf(item);
    if (threshold < 0) return item;
  }
  return items[items.length - 1];
}

/** Fisher–Yates shuffle in place. */
function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

// ---------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------

const DOMAIN = 'musubino.example.org';

export const DEMO_ORG_KEYS = {
  hub: 'hub',
  welfareCouncil: 'welfare-council',
  npoSupport: 'npo-support',
  kodomoShokudo: 'kodomo-shokudo',
  mimamori: 'mimamori',
  careHome: 'care-home',
  company: 'company',
  cityOffice: 'city-office',
} as const;

const K = DEMO_ORG_KEYS;

type OrgSeed = Omit<DemoOrganization, 'locale' | 'timeZone' | 'fiscalYearStartMonth'>;

const ORGANIZATIONS: readonly OrgSeed[] = [
  {
    key: K.hub,
    name: '結び野市ボランティア・市民活動センター',
    kind: 'volunteer_center',
    email: `info@center.${DOMAIN}`,
    phone: '03-5555-0101',
    postalCode: '189-0012',
    address: '結び野市本町2-14-1 結び野市民プラザ3階',
    website: `https://center.${DOMAIN}/`,
    description:
      '結び野市のボランティア活動と市民活動を支える中間支援の拠点です。ボランティアをしたい人と、手助けを求める人や団体をつなぐ相談窓口を開き、活動先の紹介、ボランティア講座や体験プログラム、団体同士のネットワークづくりを行っています。社会福祉協議会、NPOサポートセンター、福祉施設、企業、市役所と連携し、地域の「結び目」として人と情報をつないでいます。',
    isHub: true,
  },
  {
    key: K.welfareCouncil,
    name: '結び野市社会福祉協議会 ボランティアセンター',
    kind: 'welfare_council',
    email: `vc@shakyo.${DOMAIN}`,
    phone: '03-5555-0102',
    postalCode: '189-0014',
    address: '結び野市若葉町1-8-3 結び野市総合福祉センター1階',
    website: `https://shakyo.${DOMAIN}/`,
    description:
      '社会福祉協議会が運営するボランティアセンターです。高齢の方や障害のある方の暮らしを支える福祉ボランティアの登録と紹介、ボランティア活動保険の受付、災害ボランティアセンターの設置運営訓練を担っています。生活支援コーディネーターとともに地域の困りごとを把握し、サロンや配食など住民同士の支え合い活動を広げています。',
    isHub: false,
  },
  {
    key: K.npoSupport,
    name: '結び野市NPOサポートセンター',
    kind: 'npo_support_center',
    email: `info@npo.${DOMAIN}`,
    phone: '03-5555-0103',
    postalCode: '189-0012',
    address: '結び野市本町2-14-1 結び野市民プラザ4階',
    website: `https://npo.${DOMAIN}/`,
    description:
      'NPO法人や市民活動団体の立ち上げと運営を支援する施設です。法人設立や会計・労務の相談、助成金申請書の書き方講座、会議室と印刷機の貸し出しを行い、団体同士や企業・行政との協働のきっかけをつくっています。市内で活動する団体の情報をまとめた団体ガイドも毎年発行しています。',
    isHub: false,
  },
  {
    key: K.kodomoShokudo,
    name: 'NPO法人 結び野こども食堂ネットワーク',
    kind: 'npo',
    email: `info@kodomo.${DOMAIN}`,
    phone: '03-5555-0104',
    postalCode: '189-0023',
    address: '結び野市緑が丘3-5-12',
    website: `https://kodomo.${DOMAIN}/`,
    description:
      '市内12か所のこども食堂をつなぐネットワーク団体です。家庭や企業から寄せられた食品を集めるフードバンクを運営し、各食堂への食材の配分、衛生講習、運営ボランティアの交流会を行っています。子どもたちが安心して食事と居場所を得られる地域をめざし、学習支援団体や小中学校とも連携しています。',
    isHub: false,
  },
  {
    key: K.mimamori,
    name: 'NPO法人 むすびの見守りネット',
    kind: 'npo',
    email: `info@mimamori.${DOMAIN}`,
    phone: '03-5555-0105',
    postalCode: '189-0031',
    address: '結び野市東町4-2-7 東町会館内',
    website: null,
    description:
      'ひとり暮らしの高齢者の見守り活動を行う住民主体の団体です。会員が担当地区のお宅を定期的に訪問し、電話での安否確認や、ごみ出し・買い物などのちょっとした手助けをしています。民生委員や地域包括支援センターと情報を共有し、異変に早く気づける地域づくりを進めています。',
    isHub: false,
  },
  {
    key: K.careHome,
    name: '特別養護老人ホーム 結び野の里',
    kind: 'care_facility',
    email: `info@sato.${DOMAIN}`,
    phone: '03-5555-0106',
    postalCode: '189-0045',
    address: '結び野市南台5-21-3',
    website: `https://sato.${DOMAIN}/`,
    description:
      '社会福祉法人結び野福祉会が運営する定員80名の特別養護老人ホームです。ボランティアの受け入れに力を入れており、傾聴、レクリエーションの補助、季節行事の手伝い、車いすの清掃、園芸などの活動の場を用意しています。地域交流スペースは住民の集まりや認知症カフェにも開放しています。',
    isHub: false,
  },
  {
    key: K.company,
    name: '結び野精機株式会社 CSR推進室',
    kind: 'company',
    email: 'csr@musubino-seiki.example.com',
    phone: '03-5555-0107',
    postalCode: '189-0052',
    address: '結び野市工業団地1-3',
    website: 'https://musubino-seiki.example.com/',
    description:
      '市内に本社工場を置く精密部品メーカーのCSR推進室です。社員のボランティア休暇制度を運営し、地域の清掃活動、こども食堂への食品や備品の寄付、工場見学を兼ねた子ども向けものづくり教室などを行っています。センターを通じて地域の団体と協働し、社員が参加できる機会を広げています。',
    isHub: false,
  },
  {
    key: K.cityOffice,
    name: '結び野市 市民協働部 地域活動推進課',
    kind: 'government',
    email: `kyodo@city.${DOMAIN}`,
    phone: '03-5555-0108',
    postalCode: '189-8501',
    address: '結び野市本町1-1-1 結び野市役所本庁舎2階',
    website: `https://city.${DOMAIN}/`,
    description:
      '市民活動と協働を担当する市役所の部署です。ボランティア・市民活動センターとNPOサポートセンターの運営を所管し、協働事業提案制度、地域活動への補助金、町会・自治会の支援を行っています。災害時には社会福祉協議会と連携して災害ボランティアセンターの立ち上げを支えます。',
    isHub: false,
  },
];

// ---------------------------------------------------------------------------
// Staff and the fixed demo volunteer (the same for every seed)
// ---------------------------------------------------------------------------

const STAFF: readonly DemoPerson[] = [
  // Hub: 結び野市ボランティア・市民活動センター
  {
    key: 'network-admin',
    name: '中村 由美子',
    nameReading: 'なかむら ゆみこ',
    email: `admin@${DOMAIN}`,
    phone: '03-5555-0201',
    locale: 'ja',
    memberships: [{ orgKey: K.hub, role: 'network_admin' }],
  },
  {
    key: 'hub-director',
    name: '松井 健一',
    nameReading: 'まつい けんいち',
    email: `kenichi.matsui@center.${DOMAIN}`,
    phone: '03-5555-0202',
    locale: 'ja',
    memberships: [{ orgKey: K.hub, role: 'org_admin' }],
  },
  {
    key: 'hub-coordinator',
    name: '小島 美穂',
    nameReading: 'こじま みほ',
    email: `coordinator@${DOMAIN}`,
    phone: '03-5555-0203',
    locale: 'ja',
    memberships: [{ orgKey: K.hub, role: 'coordinator' }],
  },
  {
    // Concurrent post (兼務): coordinator at the hub, staff at the NPO support center.
    key: 'hub-coordinator-2',
    name: '野口 拓也',
    nameReading: 'のぐち たくや',
    email: `takuya.noguchi@center.${DOMAIN}`,
    phone: null,
    locale: 'ja',
    memberships: [
      { orgKey: K.hub, role: 'coordinator' },
      { orgKey: K.npoSupport, role: 'staff' },
    ],
  },
  {
    key: 'hub-staff',
    name: '内田 彩',
    nameReading: 'うちだ あや',
    email: `aya.uchida@center.${DOMAIN}`,
    phone: null,
    locale: 'ja',
    memberships: [{ orgKey: K.hub, role: 'staff' }],
  },
  // 社会福祉協議会 ボランティアセンター
  {
    key: 'wc-director',
    name: '菊地 浩',
    nameReading: 'きくち ひろし',
    email: `hiroshi.kikuchi@shakyo.${DOMAIN}`,
    phone: '03-5555-0211',
    locale: 'ja',
    memberships: [{ orgKey: K.welfareCouncil, role: 'org_admin' }],
  },
  {
    key: 'wc-coordinator',
    name: '平田 恵美',
    nameReading: 'ひらた えみ',
    email: `welfare@${DOMAIN}`,
    phone: '03-5555-0212',
    locale: 'ja',
    memberships: [
      { orgKey: K.welfareCouncil, role: 'coordinator' },
      { orgKey: K.kodomoShokudo, role: 'volunteer' },
    ],
  },
  {
    // 生活支援コーディネーター, also a member of the watch-over NPO.
    key: 'wc-life-support',
    name: '安藤 誠',
    nameReading: 'あんどう まこと',
    email: `makoto.ando@shakyo.${DOMAIN}`,
    phone: '03-5555-0213',
    locale: 'ja',
    memberships: [
      { orgKey: K.welfareCouncil, role: 'coordinator' },
      { orgKey: K.mimamori, role: 'member' },
    ],
  },
  {
    key: 'wc-staff',
    name: '杉山 真紀',
    nameReading: 'すぎやま まき',
    email: `maki.sugiyama@shakyo.${DOMAIN}`,
    phone: null,
    locale: 'ja',
    memberships: [{ orgKey: K.welfareCouncil, role: 'staff' }],
  },
  // NPOサポートセンター
  {
    // Director, and a board member (理事) of the children's cafeteria network.
    key: 'ns-director',
    name: '久保 直樹',
    nameReading: 'くぼ なおき',
    email: `naoki.kubo@npo.${DOMAIN}`,
    phone: '03-5555-0221',
    locale: 'ja',
    memberships: [
      { orgKey: K.npoSupport, role: 'org_admin' },
      { orgKey: K.kodomoShokudo, role: 'member' },
    ],
  },
  {
    key: 'ns-staff',
    name: '千葉 沙織',
    nameReading: 'ちば さおり',
    email: `saori.chiba@npo.${DOMAIN}`,
    phone: null,
    locale: 'ja',
    memberships: [{ orgKey: K.npoSupport, role: 'staff' }],
  },
  // こども食堂ネットワーク
  {
    key: 'ks-director',
    name: '西田 香織',
    nameReading: 'にしだ かおり',
    email: `npo@${DOMAIN}`,
    phone: '090-5555-0231',
    locale: 'ja',
    memberships: [{ orgKey: K.kodomoShokudo, role: 'org_admin' }],
  },
  {
    key: 'ks-coordinator',
    name: '横山 達也',
    nameReading: 'よこやま たつや',
    email: `tatsuya.yokoyama@kodomo.${DOMAIN}`,
    phone: '090-5555-0232',
    locale: 'ja',
    memberships: [
      { orgKey: K.kodomoShokudo, role: 'coordinator' },
      { orgKey: K.hub, role: 'volunteer' },
    ],
  },
  // 見守りネット
  {
    // Representative, former 民生委員: volunteers at the hub, member of the welfare council.
    key: 'mm-director',
    name: '宮本 幸雄',
    nameReading: 'みやもと ゆきお',
    email: `yukio.miyamoto@mimamori.${DOMAIN}`,
    phone: '03-5555-0241',
    locale: 'ja',
    memberships: [
      { orgKey: K.mimamori, role: 'org_admin' },
      { orgKey: K.hub, role: 'volunteer' },
      { orgKey: K.welfareCouncil, role: 'member' },
    ],
  },
  {
    key: 'mm-coordinator',
    name: '荒木 節子',
    nameReading: 'あらき せつこ',
    email: `setsuko.araki@mimamori.${DOMAIN}`,
    phone: '03-5555-0242',
    locale: 'ja',
    memberships: [{ orgKey: K.mimamori, role: 'coordinator' }],
  },
  // 特別養護老人ホーム
  {
    key: 'ch-director',
    name: '北村 隆',
    nameReading: 'きたむら たかし',
    email: `takashi.kitamura@sato.${DOMAIN}`,
    phone: '03-5555-0251',
    locale: 'ja',
    memberships: [{ orgKey: K.careHome, role: 'org_admin' }],
  },
  {
    // 生活相談員 in charge of accepting volunteers; member of the watch-over NPO.
    key: 'ch-coordinator',
    name: '大塚 陽子',
    nameReading: 'おおつか ようこ',
    email: `facility@${DOMAIN}`,
    phone: '03-5555-0252',
    locale: 'ja',
    memberships: [
      { orgKey: K.careHome, role: 'coordinator' },
      { orgKey: K.mimamori, role: 'member' },
    ],
  },
  {
    key: 'ch-staff',
    name: '酒井 翔太',
    nameReading: 'さかい しょうた',
    email: `shota.sakai@sato.${DOMAIN}`,
    phone: null,
    locale: 'ja',
    memberships: [{ orgKey: K.careHome, role: 'staff' }],
  },
  // 結び野精機 CSR推進室
  {
    key: 'co-manager',
    name: '菅原 雅之',
    nameReading: 'すがわら まさゆき',
    email: 'masayuki.sugawara@musubino-seiki.example.com',
    phone: '03-5555-0261',
    locale: 'ja',
    memberships: [{ orgKey: K.company, role: 'org_admin' }],
  },
  {
    // Employee volunteer: partner at the company, volunteer at the children's cafeteria network.
    key: 'co-partner',
    name: '望月 千尋',
    nameReading: 'もちづき ちひろ',
    email: `partner@${DOMAIN}`,
    phone: '03-5555-0262',
    locale: 'ja',
    memberships: [
      { orgKey: K.company, role: 'partner' },
      { orgKey: K.kodomoShokudo, role: 'volunteer' },
    ],
  },
  {
    key: 'co-partner-2',
    name: '桑原 大輔',
    nameReading: 'くわばら だいすけ',
    email: 'daisuke.kuwabara@musubino-seiki.example.com',
    phone: null,
    locale: 'ja',
    memberships: [{ orgKey: K.company, role: 'partner' }],
  },
  {
    key: 'co-partner-3',
    name: '今井 美咲',
    nameReading: 'いまい みさき',
    email: 'misaki.imai@musubino-seiki.example.com',
    phone: null,
    locale: 'ja',
    memberships: [{ orgKey: K.company, role: 'partner' }],
  },
  // 市民協働部 地域活動推進課
  {
    key: 'city-manager',
    name: '堀 康弘',
    nameReading: 'ほり やすひろ',
    email: `yasuhiro.hori@city.${DOMAIN}`,
    phone: '03-5555-0271',
    locale: 'ja',
    memberships: [{ orgKey: K.cityOffice, role: 'org_admin' }],
  },
  {
    // Liaison officer: staff at the city office, partner of the hub center.
    key: 'city-staff',
    name: '関 直子',
    nameReading: 'せき なおこ',
    email: `city@${DOMAIN}`,
    phone: '03-5555-0272',
    locale: 'ja',
    memberships: [
      { orgKey: K.cityOffice, role: 'staff' },
      { orgKey: K.hub, role: 'partner' },
    ],
  },
  // The demo volunteer with a memorable login.
  {
    key: 'demo-volunteer',
    name: '小野寺 さくら',
    nameReading: 'おのでら さくら',
    email: `volunteer@${DOMAIN}`,
    phone: '090-5555-0281',
    locale: 'ja',
    memberships: [
      { orgKey: K.hub, role: 'volunteer' },
      { orgKey: K.mimamori, role: 'volunteer' },
      { orgKey: K.kodomoShokudo, role: 'member' },
    ],
  },
];

/** Well-known accounts for the README and the demo sign-in page; all use {@link DEMO_PASSWORD}. */
export const DEMO_LOGINS: DemoLogin[] = [
  {
    email: `admin@${DOMAIN}`,
    role: 'network_admin',
    orgKey: K.hub,
    description:
      'Network administrator at the city volunteer & civic activity center (the hub): sees every member organization and network-wide reports.',
  },
  {
    email: `coordinator@${DOMAIN}`,
    role: 'coordinator',
    orgKey: K.hub,
    description:
      'Volunteer coordinator at the hub center: takes requests, registers volunteers, matches them and follows up.',
  },
  {
    email: `welfare@${DOMAIN}`,
    role: 'coordinator',
    orgKey: K.welfareCouncil,
    description:
      "Coordinator at the social welfare council's volunteer center who also volunteers at the children's cafeteria network (two memberships).",
  },
  {
    email: `npo@${DOMAIN}`,
    role: 'org_admin',
    orgKey: K.kodomoShokudo,
    description: "Organization administrator of the children's cafeteria and food bank NPO.",
  },
  {
    email: `facility@${DOMAIN}`,
    role: 'coordinator',
    orgKey: K.careHome,
    description:
      'Volunteer coordinator at the nursing home (special elderly care home); also a member of the watch-over NPO.',
  },
  {
    email: `partner@${DOMAIN}`,
    role: 'partner',
    orgKey: K.company,
    description: "CSR partner at a local manufacturer who also volunteers at the children's cafeteria network.",
  },
  {
    email: `city@${DOMAIN}`,
    role: 'staff',
    orgKey: K.cityOffice,
    description: "Officer of the city's community activity section; also a partner of the hub center.",
  },
  {
    email: `volunteer@${DOMAIN}`,
    role: 'volunteer',
    orgKey: K.hub,
    description:
      "Volunteer registered at the hub center and the watch-over NPO, and a member of the children's cafeteria network.",
  },
];

// ---------------------------------------------------------------------------
// Name lists
// ---------------------------------------------------------------------------

/** [written, reading, romanization for e-mail, relative frequency]. */
type FamilyName = readonly [string, string, string, number];
/** Generation of a given name: it hints at age, and age at how people can be reached. */
type Generation = 'older' | 'middle' | 'younger';
/** [written, reading, romanization, generation]. */
type GivenName = readonly [string, string, string, Generation];
/** [written, katakana reading, romanization]. */
type ForeignName = readonly [string, string, string];

/** Common Japanese family names, roughly by frequency (weights 3/2/1), plus rare variant spellings. */
const JA_FAMILY: readonly FamilyName[] = [
  ['佐藤', 'さとう', 'sato', 3],
  ['鈴木', 'すずき', 'suzuki', 3],
  ['高橋', 'たかはし', 'takahashi', 3],
  ['田中', 'たなか', 'tanaka', 3],
  ['伊藤', 'いとう', 'ito', 3],
  ['渡辺', 'わたなべ', 'watanabe', 3],
  ['山本', 'やまもと', 'yamamoto', 3],
  ['中村', 'なかむら', 'nakamura', 3],
  ['小林', 'こばやし', 'kobayashi', 3],
  ['加藤', 'かとう', 'kato', 3],
  ['吉田', 'よしだ', 'yoshida', 2],
  ['山田', 'やまだ', 'yamada', 2],
  ['佐々木', 'ささき', 'sasaki', 2],
  ['山口', 'やまぐち', 'yamaguchi', 2],
  ['松本', 'まつもと', 'matsumoto', 2],
  ['井上', 'いのうえ', 'inoue', 2],
  ['木村', 'きむら', 'kimura', 2],
  ['林', 'はやし', 'hayashi', 2],
  ['斎藤', 'さいとう', 'saito', 2],
  ['清水', 'しみず', 'shimizu', 2],
  ['山崎', 'やまざき', 'yamazaki', 2],
  ['森', 'もり', 'mori', 2],
  ['池田', 'いけだ', 'ikeda', 2],
  ['橋本', 'はしもと', 'hashimoto', 2],
  ['阿部', 'あべ', 'abe', 2],
  ['石川', 'いしかわ', 'ishikawa', 2],
  ['山下', 'やました', 'yamashita', 2],
  ['中島', 'なかじま', 'nakajima', 2],
  ['石井', 'いしい', 'ishii', 2],
  ['小川', 'おがわ', 'ogawa', 2],
  ['前田', 'まえだ', 'maeda', 1],
  ['岡田', 'おかだ', 'okada', 1],
  ['長谷川', 'はせがわ', 'hasegawa', 1],
  ['藤田', 'ふじた', 'fujita', 1],
  ['後藤', 'ごとう', 'goto', 1],
  ['近藤', 'こんどう', 'kondo', 1],
  ['村上', 'むらかみ', 'murakami', 1],
  ['遠藤', 'えんどう', 'endo', 1],
  ['青木', 'あおき', 'aoki', 1],
  ['坂本', 'さかもと', 'sakamoto', 1],
  ['斉藤', 'さいとう', 'saito', 1],
  ['福田', 'ふくだ', 'fukuda', 1],
  ['太田', 'おおた', 'ota', 1],
  ['西村', 'にしむら', 'nishimura', 1],
  ['藤井', 'ふじい', 'fujii', 1],
  ['金子', 'かねこ', 'kaneko', 1],
  ['岡本', 'おかもと', 'okamoto', 1],
  ['藤原', 'ふじわら', 'fujiwara', 1],
  ['中野', 'なかの', 'nakano', 1],
  ['三浦', 'みうら', 'miura', 1],
  ['原田', 'はらだ', 'harada', 1],
  ['松田', 'まつだ', 'matsuda', 1],
  ['竹内', 'たけうち', 'takeuchi', 1],
  ['小野', 'おの', 'ono', 1],
  ['田村', 'たむら', 'tamura', 1],
  ['上田', 'うえだ', 'ueda', 1],
  ['渡邉', 'わたなべ', 'watanabe', 0.4],
  ['髙橋', 'たかはし', 'takahashi', 0.4],
  ['山﨑', 'やまざき', 'yamazaki', 0.4],
  ['𠮷田', 'よしだ', 'yoshida', 0.3],
];

const JA_GIVEN_FEMALE: readonly GivenName[] = [
  ['花子', 'はなこ', 'hanako', 'older'],
  ['和子', 'かずこ', 'kazuko', 'older'],
  ['幸子', 'さちこ', 'sachiko', 'older'],
  ['節子', 'せつこ', 'setsuko', 'older'],
  ['洋子', 'ようこ', 'yoko', 'older'],
  ['恵子', 'けいこ', 'keiko', 'older'],
  ['京子', 'きょうこ', 'kyoko', 'older'],
  ['美智子', 'みちこ', 'michiko', 'older'],
  ['千代子', 'ちよこ', 'chiyoko', 'older'],
  ['文子', 'ふみこ', 'fumiko', 'older'],
  ['光子', 'みつこ', 'mitsuko', 'older'],
  ['典子', 'のりこ', 'noriko', 'older'],
  ['久美子', 'くみこ', 'kumiko', 'middle'],
  ['由美子', 'ゆみこ', 'yumiko', 'middle'],
  ['明美', 'あけみ', 'akemi', 'middle'],
  ['直子', 'なおこ', 'naoko', 'middle'],
  ['裕子', 'ゆうこ', 'yuko', 'middle'],
  ['真由美', 'まゆみ', 'mayumi', 'middle'],
  ['智子', 'ともこ', 'tomoko', 'middle'],
  ['陽子', 'ようこ', 'yoko', 'middle'],
  ['純子', 'じゅんこ', 'junko', 'middle'],
  ['恵美', 'えみ', 'emi', 'middle'],
  ['香織', 'かおり', 'kaori', 'middle'],
  ['美穂', 'みほ', 'miho', 'middle'],
  ['真紀', 'まき', 'maki', 'middle'],
  ['友美', 'ともみ', 'tomomi', 'middle'],
  ['静香', 'しずか', 'shizuka', 'middle'],
  ['愛', 'あい', 'ai', 'younger'],
  ['麻衣', 'まい', 'mai', 'younger'],
  ['舞', 'まい', 'mai', 'younger'],
  ['彩', 'あや', 'aya', 'younger'],
  ['沙織', 'さおり', 'saori', 'younger'],
  ['美咲', 'みさき', 'misaki', 'younger'],
  ['さくら', 'さくら', 'sakura', 'younger'],
  ['陽菜', 'ひな', 'hina', 'younger'],
  ['結衣', 'ゆい', 'yui', 'younger'],
  ['葵', 'あおい', 'aoi', 'younger'],
  ['凛', 'りん', 'rin', 'younger'],
  ['芽衣', 'めい', 'mei', 'younger'],
  ['結菜', 'ゆいな', 'yuina', 'younger'],
  ['千尋', 'ちひろ', 'chihiro', 'younger'],
  ['綾乃', 'あやの', 'ayano', 'younger'],
  ['菜々子', 'ななこ', 'nanako', 'younger'],
];

const JA_GIVEN_MALE: readonly GivenName[] = [
  ['茂', 'しげる', 'shigeru', 'older'],
  ['博', 'ひろし', 'hiroshi', 'older'],
  ['清', 'きよし', 'kiyoshi', 'older'],
  ['勇', 'いさむ', 'isamu', 'older'],
  ['実', 'みのる', 'minoru', 'older'],
  ['進', 'すすむ', 'susumu', 'older'],
  ['正男', 'まさお', 'masao', 'older'],
  ['和夫', 'かずお', 'kazuo', 'older'],
  ['幸雄', 'ゆきお', 'yukio', 'older'],
  ['俊夫', 'としお', 'toshio', 'older'],
  ['義雄', 'よしお', 'yoshio', 'older'],
  ['光男', 'みつお', 'mitsuo', 'older'],
  ['功', 'いさお', 'isao', 'older'],
  ['一郎', 'いちろう', 'ichiro', 'older'],
  ['太郎', 'たろう', 'taro', 'middle'],
  ['健一', 'けんいち', 'kenichi', 'middle'],
  ['誠', 'まこと', 'makoto', 'middle'],
  ['修', 'おさむ', 'osamu', 'middle'],
  ['浩', 'ひろし', 'hiroshi', 'middle'],
  ['隆', 'たかし', 'takashi', 'middle'],
  ['明', 'あきら', 'akira', 'middle'],
  ['秀樹', 'ひでき', 'hideki', 'middle'],
  ['達也', 'たつや', 'tatsuya', 'middle'],
  ['直樹', 'なおき', 'naoki', 'middle'],
  ['哲也', 'てつや', 'tetsuya', 'middle'],
  ['康弘', 'やすひろ', 'yasuhiro', 'middle'],
  ['雅之', 'まさゆき', 'masayuki', 'middle'],
  ['信行', 'のぶゆき', 'nobuyuki', 'middle'],
  ['健二', 'けんじ', 'kenji', 'middle'],
  ['慎一', 'しんいち', 'shinichi', 'middle'],
  ['剛', 'つよし', 'tsuyoshi', 'middle'],
  ['大輔', 'だいすけ', 'daisuke', 'younger'],
  ['健太', 'けんた', 'kenta', 'younger'],
  ['翔太', 'しょうた', 'shota', 'younger'],
  ['拓也', 'たくや', 'takuya', 'younger'],
  ['大樹', 'だいき', 'daiki', 'younger'],
  ['亮', 'りょう', 'ryo', 'younger'],
  ['悠斗', 'ゆうと', 'yuto', 'younger'],
  ['蓮', 'れん', 'ren', 'younger'],
  ['陽翔', 'はると', 'haruto', 'younger'],
  ['湊', 'みなと', 'minato', 'younger'],
  ['颯太', 'そうた', 'sota', 'younger'],
  ['樹', 'いつき', 'itsuki', 'younger'],
  ['悠真', 'ゆうま', 'yuma', 'younger'],
  ['大和', 'やまと', 'yamato', 'younger'],
];

/** Chinese names in simplified characters; katakana approximating Mandarin, as offices in Japan often register them. */
const ZH_FAMILY: readonly ForeignName[] = [
  ['王', 'ワン', 'wang'],
  ['李', 'リー', 'li'],
  ['张', 'チャン', 'zhang'],
  ['刘', 'リウ', 'liu'],
  ['陈', 'チェン', 'chen'],
  ['杨', 'ヤン', 'yang'],
  ['赵', 'チャオ', 'zhao'],
  ['黄', 'ホアン', 'huang'],
  ['周', 'チョウ', 'zhou'],
  ['吴', 'ウー', 'wu'],
  ['徐', 'シュー', 'xu'],
  ['孙', 'スン', 'sun'],
  ['马', 'マー', 'ma'],
  ['朱', 'チュー', 'zhu'],
  ['胡', 'フー', 'hu'],
  ['林', 'リン', 'lin'],
  ['郭', 'グオ', 'guo'],
  ['何', 'ホー', 'he'],
  ['高', 'ガオ', 'gao'],
  ['罗', 'ルオ', 'luo'],
];

const ZH_GIVEN: readonly ForeignName[] = [
  ['伟', 'ウェイ', 'wei'],
  ['芳', 'ファン', 'fang'],
  ['娜', 'ナー', 'na'],
  ['敏', 'ミン', 'min'],
  ['静', 'ジン', 'jing'],
  ['丽', 'リー', 'li'],
  ['强', 'チアン', 'qiang'],
  ['磊', 'レイ', 'lei'],
  ['军', 'ジュン', 'jun'],
  ['洋', 'ヤン', 'yang'],
  ['艳', 'イエン', 'yan'],
  ['勇', 'ヨン', 'yong'],
  ['杰', 'ジエ', 'jie'],
  ['涛', 'タオ', 'tao'],
  ['明', 'ミン', 'ming'],
  ['秀英', 'シウイン', 'xiuying'],
  ['欣怡', 'シンイー', 'xinyi'],
  ['浩然', 'ハオラン', 'haoran'],
  ['子涵', 'ズーハン', 'zihan'],
  ['宇轩', 'ユーシュエン', 'yuxuan'],
  ['梓萱', 'ズーシュエン', 'zixuan'],
  ['俊杰', 'ジュンジエ', 'junjie'],
  ['晓燕', 'シャオイエン', 'xiaoyan'],
  ['建华', 'ジエンホア', 'jianhua'],
];

/** Korean names in Hangul with the katakana usually used in Japan. */
const KO_FAMILY: readonly ForeignName[] = [
  ['김', 'キム', 'kim'],
  ['이', 'イ', 'lee'],
  ['박', 'パク', 'park'],
  ['최', 'チェ', 'choi'],
  ['정', 'チョン', 'jung'],
  ['강', 'カン', 'kang'],
  ['조', 'チョ', 'cho'],
  ['윤', 'ユン', 'yoon'],
  ['장', 'チャン', 'jang'],
  ['임', 'イム', 'lim'],
  ['한', 'ハン', 'han'],
  ['오', 'オ', 'oh'],
  ['서', 'ソ', 'seo'],
  ['신', 'シン', 'shin'],
  ['권', 'クォン', 'kwon'],
  ['황', 'ファン', 'hwang'],
  ['송', 'ソン', 'song'],
  ['류', 'リュ', 'ryu'],
];

const KO_GIVEN: readonly ForeignName[] = [
  ['민준', 'ミンジュン', 'minjun'],
  ['서연', 'ソヨン', 'seoyeon'],
  ['지훈', 'ジフン', 'jihun'],
  ['수빈', 'スビン', 'subin'],
  ['현우', 'ヒョヌ', 'hyunwoo'],
  ['지은', 'ジウン', 'jieun'],
  ['영희', 'ヨンヒ', 'younghee'],
  ['은지', 'ウンジ', 'eunji'],
  ['도윤', 'ドユン', 'doyun'],
  ['하은', 'ハウン', 'haeun'],
  ['미경', 'ミギョン', 'mikyung'],
  ['성민', 'ソンミン', 'sungmin'],
  ['혜진', 'ヘジン', 'hyejin'],
  ['동현', 'ドンヒョン', 'donghyun'],
  ['유나', 'ユナ', 'yuna'],
  ['준호', 'ジュノ', 'junho'],
  ['상철', 'サンチョル', 'sangcheol'],
  ['순자', 'スンジャ', 'sunja'],
];

/** English names (given name first), katakana as commonly written in Japan. */
const EN_GIVEN: readonly ForeignName[] = [
  ['Emily', 'エミリー', 'emily'],
  ['James', 'ジェームズ', 'james'],
  ['Sarah', 'サラ', 'sarah'],
  ['Michael', 'マイケル', 'michael'],
  ['Olivia', 'オリビア', 'olivia'],
  ['David', 'デイビッド', 'david'],
  ['Emma', 'エマ', 'emma'],
  ['Daniel', 'ダニエル', 'daniel'],
  ['Sophie', 'ソフィー', 'sophie'],
  ['Thomas', 'トーマス', 'thomas'],
  ['Hannah', 'ハンナ', 'hannah'],
  ['Matthew', 'マシュー', 'matthew'],
  ['Grace', 'グレース', 'grace'],
  ['Benjamin', 'ベンジャミン', 'benjamin'],
  ['Chloe', 'クロエ', 'chloe'],
  ['Lucas', 'ルーカス', 'lucas'],
];

const EN_FAMILY: readonly ForeignName[] = [
  ['Smith', 'スミス', 'smith'],
  ['Johnson', 'ジョンソン', 'johnson'],
  ['Brown', 'ブラウン', 'brown'],
  ['Taylor', 'テイラー', 'taylor'],
  ['Wilson', 'ウィルソン', 'wilson'],
  ['Miller', 'ミラー', 'miller'],
  ['Davis', 'デイビス', 'davis'],
  ['Clark', 'クラーク', 'clark'],
  ['Walker', 'ウォーカー', 'walker'],
  ['Thompson', 'トンプソン', 'thompson'],
  ['Anderson', 'アンダーソン', 'anderson'],
  ['Martin', 'マーティン', 'martin'],
  ['Moore', 'ムーア', 'moore'],
  ['Evans', 'エバンス', 'evans'],
  ['Hughes', 'ヒューズ', 'hughes'],
];

// ---------------------------------------------------------------------------
// Volunteer generation
// ---------------------------------------------------------------------------

type Origin = 'japanese' | 'chinese' | 'korean' | 'english';

/** Exact shares of the generated volunteers (they sum to {@link DEMO_VOLUNTEER_COUNT}). */
const ORIGIN_COUNTS: Readonly<Record<Origin, number>> = {
  japanese: 255, // 85%
  chinese: 18, // 6%
  korean: 15, // 5%
  english: 12, // 4%
};

/** Age structure of the volunteer pool: mostly older residents, as in most Japanese centers. */
const GENERATION_WEIGHTS: Readonly<Record<Generation, number>> = { older: 45, middle: 35, younger: 20 };

/** Where volunteers register, by generation. The city office registers no volunteers. */
const ORG_WEIGHTS: Readonly<Record<Generation, Readonly<Record<string, number>>>> = {
  older: {
    [K.hub]: 25,
    [K.welfareCouncil]: 35,
    [K.npoSupport]: 4,
    [K.kodomoShokudo]: 8,
    [K.mimamori]: 20,
    [K.careHome]: 8,
    [K.company]: 0,
  },
  middle: {
    [K.hub]: 28,
    [K.welfareCouncil]: 20,
    [K.npoSupport]: 8,
    [K.kodomoShokudo]: 20,
    [K.mimamori]: 10,
    [K.careHome]: 10,
    [K.company]: 4,
  },
  younger: {
    [K.hub]: 30,
    [K.welfareCouncil]: 12,
    [K.npoSupport]: 6,
    [K.kodomoShokudo]: 24,
    [K.mimamori]: 3,
    [K.careHome]: 12,
    [K.company]: 13,
  },
};

/** Share of registrations that are 'member' (会員) rather than 'volunteer', per organization. */
const MEMBER_SHARE: Readonly<Record<string, number>> = {
  [K.hub]: 0.05,
  [K.welfareCouncil]: 0.1,
  [K.npoSupport]: 0.6,
  [K.kodomoShokudo]: 0.2,
  [K.mimamori]: 0.35,
  [K.careHome]: 0,
  [K.company]: 0,
};

/** Organizations a volunteer may join as a second or third organization (not the company or city office). */
const SECONDARY_ORGS: readonly string[] = [
  K.hub,
  K.welfareCouncil,
  K.npoSupport,
  K.kodomoShokudo,
  K.mimamori,
  K.careHome,
];

/** Chance of having a phone number on file, by generation; older people more often give a landline. */
const PHONE_SHARE: Readonly<Record<Generation, number>> = { older: 0.35, middle: 0.15, younger: 0.08 };
const LANDLINE_SHARE: Readonly<Record<Generation, number>> = { older: 0.6, middle: 0.3, younger: 0 };

const VOLUNTEER_EMAIL_DOMAIN = `volunteers.${DOMAIN}`;

interface GeneratedName {
  name: string;
  nameReading: string | null;
  /** ASCII local part before the numeric suffix, e.g. `hanako.sato`. */
  emailStem: string;
  generation: Generation;
  locale: DemoLocale;
}

function pickGeneration(rng: Rng): Generation {
  return pickWeighted(rng, ['older', 'middle', 'younger'] as const, (g) => GENERATION_WEIGHTS[g]);
}

function generateName(rng: Rng, origin: Origin): GeneratedName {
  switch (origin) {
    case 'japanese': {
      const family = pickWeighted(rng, JA_FAMILY, (entry) => entry[3]);
      const generation = pickGeneration(rng);
      // Volunteer pools lean female, about 60%.
      const givenList = rng() < 0.6 ? JA_GIVEN_FEMALE : JA_GIVEN_MALE;
      const given = pickUniform(
        rng,
        givenList.filter((entry) => entry[3] === generation),
      );
      return {
        name: `${family[0]} ${given[0]}`,
        nameReading: `${family[1]} ${given[1]}`,
        emailStem: `${given[2]}.${family[2]}`,
        generation,
        locale: 'ja',
      };
    }
    case 'chinese': {
      const family = pickUniform(rng, ZH_FAMILY);
      const given = pickUniform(rng, ZH_GIVEN);
      const generation: Generation = rng() < 0.6 ? 'younger' : 'middle';
      return {
        // Written without a space, as in Chinese; some offices leave the reading blank.
        name: `${family[0]}${given[0]}`,
        nameReading: rng() < 0.3 ? null : `${family[1]} ${given[1]}`,
        emailStem: `${given[2]}.${family[2]}`,
        generation,
        locale: rng() < 0.5 ? 'zh-CN' : 'ja',
      };
    }
    case 'korean': {
      const family = pickUniform(rng, KO_FAMILY);
      const given = pickUniform(rng, KO_GIVEN);
      const generation: Generation = rng() < 0.5 ? 'younger' : rng() < 0.7 ? 'middle' : 'older';
      return {
        name: `${family[0]}${given[0]}`,
        nameReading: `${family[1]} ${given[1]}`,
        emailStem: `${given[2]}.${family[2]}`,
        generation,
        // Long-settled residents often prefer Japanese.
        locale: rng() < 0.5 ? 'ko' : 'ja',
      };
    }
    case 'english': {
      const given = pickUniform(rng, EN_GIVEN);
      const family = pickUniform(rng, EN_FAMILY);
      const generation: Generation = rng() < 0.7 ? 'younger' : 'middle';
      return {
        name: `${given[0]} ${family[0]}`,
        nameReading: `${given[1]} ${family[1]}`,
        emailStem: `${given[2]}.${family[2]}`,
        generation,
        locale: 'en',
      };
    }
  }
}

function generatePhone(rng: Rng, generation: Generation, used: Set<string>): string {
  const landline = rng() < LANDLINE_SHARE[generation];
  for (;;) {
    const prefix = landline ? '03' : pickUniform(rng, ['090', '080', '070']);
    const phone = `${prefix}-5555-${pad4(randomInt(rng, 1000, 9999))}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function generateMemberships(rng: Rng, generation: Generation): DemoMembership[] {
  const weights = ORG_WEIGHTS[generation];
  const primary = pickWeighted(rng, Object.keys(weights), (key) => weights[key]);
  const orgKeys = [primary];
  // About 15% also register somewhere else, and a fifth of those at a third place.
  const extra = rng() < 0.15 ? (rng() < 0.2 ? 2 : 1) : 0;
  for (let n = 0; n < extra; n++) {
    const candidates = SECONDARY_ORGS.filter((key) => !orgKeys.includes(key));
    orgKeys.push(pickWeighted(rng, candidates, (key) => weights[key] + 1));
  }
  return orgKeys.map((orgKey) => ({
    orgKey,
    role: rng() < MEMBER_SHARE[orgKey] ? 'member' : 'volunteer',
  }));
}

function generateVolunteers(rng: Rng, usedNames: Set<string>, usedPhones: Set<string>): DemoPerson[] {
  const origins: Origin[] = [];
  for (const origin of Object.keys(ORIGIN_COUNTS) as Origin[]) {
    for (let n = 0; n < ORIGIN_COUNTS[origin]; n++) origins.push(origin);
  }
  shuffle(rng, origins);

  return origins.map((origin, index) => {
    const number = pad4(index + 1);
    // Same-name people exist, but in a demo they only confuse; draw again (bounded) on a clash.
    let generated = generateName(rng, origin);
    for (let attempt = 0; attempt < 20 && usedNames.has(generated.name); attempt++) {
      generated = generateName(rng, origin);
    }
    usedNames.add(generated.name);
    const phone =
      rng() < PHONE_SHARE[generated.generation] ? generatePhone(rng, generated.generation, usedPhones) : null;
    return {
      key: `v${number}`,
      name: generated.name,
      nameReading: generated.nameReading,
      email: `${generated.emailStem}.${number}@${VOLUNTEER_EMAIL_DOMAIN}`,
      phone,
      locale: generated.locale,
      memberships: generateMemberships(rng, generated.generation),
    };
  });
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

function clonePerson(person: DemoPerson): DemoPerson {
  return { ...person, memberships: person.memberships.map((m) => ({ ...m })) };
}

/**
 * Builds the demo network: 8 organizations of 結び野市 (the hub first), their
 * staff, one demo volunteer and {@link DEMO_VOLUNTEER_COUNT} generated
 * volunteers and members. Pure and deterministic: the same seed gives a
 * deep-equal result, and every call returns fresh objects the caller may mutate.
 */
/**
 * The gender a demo person's Japanese given name usually reads as (the lists
 * above), or null when the name does not say: the demo gives it to volunteers
 * who would plausibly have stated it; real records hold what people declare.
 */
export function demoGenderOf(name: string): 'female' | 'male' | null {
  const given = name.split(' ')[1];
  if (JA_GIVEN_FEMALE.some((entry) => entry[0] === given)) return 'female';
  if (JA_GIVEN_MALE.some((entry) => entry[0] === given)) return 'male';
  return null;
}

export function generateDemoNetwork(seed: number = DEFAULT_DEMO_SEED): DemoNetwork {
  const rng = mulberry32(seed);
  const organizations: DemoOrganization[] = ORGANIZATIONS.map((org) => ({
    ...org,
    locale: 'ja',
    timeZone: 'Asia/Tokyo',
    fiscalYearStartMonth: 4,
  }));
  const staff = STAFF.map(clonePerson);
  const usedNames = new Set(staff.map((p) => p.name));
  const usedPhones = new Set<string>([
    ...organizations.map((o) => o.phone),
    ...staff.flatMap((p) => (p.phone ? [p.phone] : [])),
  ]);
  const volunteers = generateVolunteers(rng, usedNames, usedPhones);
  return { organizations, people: [...staff, ...volunteers] };
}
