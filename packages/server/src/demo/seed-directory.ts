import type {
  TCreateDirectoryLocationRequest,
  TCreateDirectoryOrganizationRequest,
  TCreateDirectoryServiceRequest,
  TDirectoryScheduleInput,
} from '@musubi/shared';
import { createDirectoryLocation, createDirectoryOrganization, createDirectoryService } from '../modules/directory';
import type { Db } from '../platform/db/client';
import { DEMO_ORG_KEYS, type DemoNetwork } from './demo-data';

/** Organizations that keep a community resource directory in the demo. */
const DIRECTORY_KEEPERS = [DEMO_ORG_KEYS.welfareCouncil, DEMO_ORG_KEYS.hub];

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
/** A city office's counter hours. */
const OFFICE_HOURS: TDirectoryScheduleInput = {
  freq: 'WEEKLY',
  byday: WEEKDAYS,
  opensAt: '08:30',
  closesAt: '17:15',
  description: '土日祝日・年末年始は休み',
};

interface PlaceSeed extends Omit<TCreateDirectoryLocationRequest, 'organizationId'> {
  key: string;
}
interface ServiceSeed extends Omit<TCreateDirectoryServiceRequest, 'organizationId' | 'locationIds'> {
  /** Keys of places (of any organization above) where it is offered. */
  at?: string[];
}
interface EntrySeed {
  organization: TCreateDirectoryOrganizationRequest;
  places: PlaceSeed[];
  services: ServiceSeed[];
}

/**
 * The resources of 結び野市 a coordinator refers people to: community general support
 * centers, the council's own services, children's cafeterias, a food bank, city hall
 * counters, a consultation desk for foreign residents with its languages, and so on.
 */
const ENTRIES: readonly EntrySeed[] = [
  {
    organization: {
      name: '結び野市東地域包括支援センター',
      alternateName: '東包括',
      kind: 'facility',
      description:
        '高齢の方が住み慣れた地域で暮らし続けられるよう、介護・福祉・健康・医療の相談をまとめて受ける窓口です。',
      phone: '03-5555-2101',
      email: 'higashi-houkatsu@musubino.example.org',
    },
    places: [
      {
        key: 'higashi-houkatsu',
        name: '東町福祉会館 1階',
        postalCode: '189-0031',
        address: '結び野市東町3-1-5',
        area: '東町地区',
        location: { lat: 35.7421, lng: 139.4712 },
        accessibility: '段差なし。車いす用トイレあり。駐車場3台。東町バス停から徒歩2分。',
        schedules: [OFFICE_HOURS],
      },
    ],
    services: [
      {
        name: '高齢者の総合相談',
        description:
          '介護保険の申請、見守り、認知症、家族の介護の悩みなど、高齢の方の暮らしの相談を受けます。訪問もできます。',
        categories: ['elderly_care', 'counseling'],
        languages: ['ja'],
        eligibility: '東町・本町地区に住む65歳以上の方とその家族、近所の方',
        fees: '無料',
        contactName: '総合相談担当',
        contactPhone: '03-5555-2101',
        at: ['higashi-houkatsu'],
      },
      {
        name: '介護予防教室「いきいき体操」',
        description: '椅子に座ってできる体操と口の体操。最後にお茶を飲みながら交流します。',
        categories: ['elderly_care', 'health', 'community_space'],
        languages: ['ja'],
        eligibility: 'おおむね65歳以上の方',
        fees: '無料（申込み不要）',
        at: ['higashi-houkatsu'],
        schedules: [{ freq: 'MONTHLY', byday: ['2WE', '4WE'], opensAt: '10:00', closesAt: '11:30' }],
      },
    ],
  },
  {
    organization: {
      name: '結び野市西地域包括支援センター',
      alternateName: '西包括',
      kind: 'facility',
      description: '西が丘・南台地区の高齢の方の相談窓口です。成年後見や消費者被害の相談も受けます。',
      phone: '03-5555-2102',
    },
    places: [
      {
        key: 'nishi-houkatsu',
        name: '西が丘コミュニティセンター 2階',
        postalCode: '189-0042',
        address: '結び野市西が丘2-7-1',
        area: '西が丘地区',
        location: { lat: 35.7355, lng: 139.4521 },
        accessibility: 'エレベーターあり。',
        schedules: [OFFICE_HOURS, { freq: 'WEEKLY', byday: ['SA'], opensAt: '09:00', closesAt: '12:00' }],
      },
    ],
    services: [
      {
        name: '高齢者の総合相談・権利擁護',
        description: '暮らしや介護の相談に加え、お金の管理、成年後見制度、悪質商法の被害の相談を受けます。',
        categories: ['elderly_care', 'legal', 'counseling'],
        languages: ['ja'],
        eligibility: '西が丘・南台地区に住む65歳以上の方とその家族',
        fees: '無料',
        contactPhone: '03-5555-2102',
        at: ['nishi-houkatsu'],
      },
    ],
  },
  {
    organization: {
      name: '結び野市社会福祉協議会',
      alternateName: '社協',
      kind: 'npo',
      description:
        '地域福祉を進める社会福祉法人です。ボランティアセンターのほか、生活の困りごとの相談や貸付、移動の支援を行っています。',
      phone: '03-5555-0102',
      email: 'soudan@shakyo.musubino.example.org',
      website: 'https://shakyo.musubino.example.org/',
    },
    places: [
      {
        key: 'shakyo',
        name: '結び野市総合福祉センター',
        postalCode: '189-0014',
        address: '結び野市若葉町1-8-3',
        area: '若葉町地区',
        location: { lat: 35.7398, lng: 139.4633 },
        accessibility: '正面入口にスロープ。エレベーター、車いす用トイレ、補聴器用の磁気ループあり。',
        schedules: [OFFICE_HOURS],
      },
    ],
    services: [
      {
        name: '生活福祉資金の貸付相談',
        description: '一時的に生活が苦しいときの貸付（緊急小口資金など）と、返済の計画づくりを一緒に考えます。',
        categories: ['livelihood', 'counseling'],
        languages: ['ja'],
        eligibility: '市内に住む低所得の世帯、障害のある方や高齢の方のいる世帯',
        fees: '無料（貸付には条件があります）',
        contactName: '地域福祉係',
        contactPhone: '03-5555-0110',
        at: ['shakyo'],
      },
      {
        name: '日常生活自立支援事業（あんしんサポート）',
        description: '福祉サービスの利用手続きや、日々のお金の出し入れ、大切な書類の預かりを手伝います。',
        categories: ['elderly_care', 'disability', 'legal'],
        languages: ['ja'],
        eligibility: '判断に不安のある高齢の方、障害のある方',
        fees: '1回1,200円（生活保護世帯は無料）',
        contactPhone: '03-5555-0111',
        at: ['shakyo'],
      },
      {
        name: '福祉有償運送（おでかけ送迎）',
        description:
          '一人でバスやタクシーに乗るのが難しい方の通院や買い物を、登録ドライバーが送迎します。事前登録が必要です。',
        categories: ['transport', 'elderly_care', 'disability'],
        languages: ['ja'],
        eligibility: '要介護認定を受けた方、障害者手帳をお持ちの方',
        fees: '1km あたり100円程度',
        contactPhone: '03-5555-0112',
        at: ['shakyo'],
        schedules: [
          { freq: 'WEEKLY', byday: WEEKDAYS, opensAt: '09:00', closesAt: '16:00', description: '予約は3日前まで' },
        ],
      },
    ],
  },
  {
    organization: {
      name: 'フードバンクむすびの',
      kind: 'npo',
      description: '家庭や企業から寄せられた食品を、生活に困っている方や子ども食堂に届けています。',
      phone: '03-5555-3000',
      email: 'food@kodomo.musubino.example.org',
    },
    places: [
      {
        key: 'foodbank',
        name: '緑が丘倉庫',
        postalCode: '189-0023',
        address: '結び野市緑が丘3-5-12',
        area: '緑が丘地区',
        location: { lat: 35.7312, lng: 139.4688 },
        accessibility: '1階。入口に小さな段差（5cm）があります。',
        schedules: [{ freq: 'WEEKLY', byday: ['WE', 'SA'], opensAt: '10:00', closesAt: '15:00' }],
      },
    ],
    services: [
      {
        name: '食料の緊急支援',
        description: '3日分ほどの食料をお渡しします。相談窓口（社協・市役所・包括）からの紹介があるとスムーズです。',
        categories: ['food', 'livelihood'],
        languages: ['ja', 'en', 'vi'],
        eligibility: '食べ物に困っている方（紹介状がなくても相談できます）',
        fees: '無料',
        contactName: '受付担当',
        contactPhone: '03-5555-3001',
        at: ['foodbank'],
      },
      {
        name: 'フードドライブ（食品の寄付の受付）',
        description: '賞味期限が2か月以上ある未開封の食品を受け付けています。',
        categories: ['food'],
        languages: ['ja'],
        fees: '無料',
        at: ['foodbank'],
      },
    ],
  },
  {
    organization: {
      name: 'みどりが丘こども食堂',
      kind: 'group',
      description: '地域のボランティアが運営するこども食堂です。子どもは無料、大人は300円。宿題をする場所もあります。',
      phone: '03-5555-3101',
    },
    places: [
      {
        key: 'midori-kominkan',
        name: '緑が丘公民館 調理室',
        postalCode: '189-0023',
        address: '結び野市緑が丘1-2-3',
        area: '緑が丘地区',
        accessibility: '1階。ベビーカーのまま入れます。',
      },
    ],
    services: [
      {
        name: 'こども食堂（昼ごはん）',
        description: 'みんなで昼ごはんを食べます。予約はいりません。食物アレルギーのある方は事前にご相談ください。',
        categories: ['food', 'child_family', 'community_space'],
        languages: ['ja'],
        eligibility: '子どもとその家族、地域の方ならどなたでも',
        fees: '子ども無料、大人300円',
        at: ['midori-kominkan'],
        schedules: [
          { freq: 'MONTHLY', byday: ['2SA', '4SA'], opensAt: '11:30', closesAt: '14:00', description: '8月は休み' },
        ],
      },
    ],
  },
  {
    organization: {
      name: '東町こども食堂 ひだまり',
      kind: 'group',
      description: '東町会館で開く夕ごはんのこども食堂です。',
      phone: '03-5555-3102',
    },
    places: [
      {
        key: 'higashi-kaikan',
        name: '東町会館',
        postalCode: '189-0031',
        address: '結び野市東町4-2-7',
        area: '東町地区',
        accessibility: '2階（エレベーターなし）。',
      },
    ],
    services: [
      {
        name: 'こども食堂（夕ごはん）',
        categories: ['food', 'child_family'],
        languages: ['ja'],
        eligibility: '小中学生とその家族',
        fees: '子ども無料、大人300円',
        at: ['higashi-kaikan'],
        schedules: [{ freq: 'MONTHLY', byday: ['1WE', '3WE'], opensAt: '17:00', closesAt: '19:30' }],
      },
    ],
  },
  {
    organization: {
      name: '結び野市役所 福祉総合相談窓口',
      kind: 'government',
      description: '福祉のことならまずここへ。担当課につなぎ、複数の困りごとをまとめて相談できます。',
      phone: '03-5555-1000',
      website: 'https://city.musubino.example.org/fukushi/',
    },
    places: [
      {
        key: 'city-hall',
        name: '結び野市役所 本庁舎1階 福祉総合窓口',
        postalCode: '189-8501',
        address: '結び野市本町1-1-1',
        area: '本町地区',
        location: { lat: 35.7445, lng: 139.4598 },
        accessibility: '正面入口は自動ドア。筆談ボード、車いすの貸出しあり。',
        schedules: [
          OFFICE_HOURS,
          { freq: 'MONTHLY', byday: ['2SA'], opensAt: '09:00', closesAt: '12:00', description: '休日窓口' },
        ],
      },
    ],
    services: [
      {
        name: '福祉の総合相談',
        description: '介護、障害、子育て、お金、住まいなど、どこに相談すればよいかわからないときの窓口です。',
        categories: ['counseling', 'livelihood', 'elderly_care', 'child_family'],
        languages: ['ja', 'en'],
        fees: '無料',
        contactName: '福祉総合相談窓口',
        contactPhone: '03-5555-1001',
        at: ['city-hall'],
      },
      {
        name: '生活困窮者自立相談支援',
        description:
          '仕事や家計、住まいを失いそうなときの相談。家計の立て直しや就労、住居確保給付金の申請を支援します。',
        categories: ['livelihood', 'employment', 'housing'],
        languages: ['ja'],
        eligibility: '生活に困っている市民の方',
        fees: '無料',
        contactPhone: '03-5555-1002',
        at: ['city-hall'],
      },
      {
        name: '無料法律相談（弁護士）',
        description: '相続、借金、離婚、近隣トラブルなどを弁護士に相談できます（1人30分、前日までに予約）。',
        categories: ['legal', 'counseling'],
        languages: ['ja'],
        eligibility: '市内に住む方',
        fees: '無料',
        contactPhone: '03-5555-1003',
        at: ['city-hall'],
        schedules: [{ freq: 'MONTHLY', byday: ['4TH'], opensAt: '13:00', closesAt: '16:00', description: '要予約' }],
      },
    ],
  },
  {
    organization: {
      name: '結び野市国際交流協会',
      alternateName: 'MIA',
      kind: 'npo',
      description: '外国から来た方の暮らしの相談と、日本語教室、多文化の交流イベントを行っています。',
      phone: '03-5555-4000',
      email: 'soudan@mia.musubino.example.org',
      website: 'https://mia.musubino.example.org/',
    },
    places: [
      {
        key: 'plaza-2f',
        name: '結び野市民プラザ 2階 国際交流サロン',
        postalCode: '189-0012',
        address: '結び野市本町2-14-1',
        area: '本町地区',
        location: { lat: 35.7452, lng: 139.4611 },
        accessibility: 'エレベーターあり。結び野駅北口から徒歩3分。',
      },
    ],
    services: [
      {
        name: '外国人相談窓口',
        description:
          '在留手続き、仕事、子どもの学校、病院、税金など、暮らしの相談に通訳付きで応じます。電話・オンラインでも相談できます。',
        categories: ['multicultural', 'counseling', 'legal'],
        languages: ['ja', 'en', 'zh', 'ko', 'vi', 'tl', 'pt', 'ne'],
        eligibility: '市内に住む、または働く外国籍の方とその家族',
        fees: '無料',
        contactName: '相談員',
        contactPhone: '03-5555-4001',
        contactEmail: 'soudan@mia.musubino.example.org',
        at: ['plaza-2f'],
        schedules: [
          {
            freq: 'WEEKLY',
            byday: ['TU', 'TH'],
            opensAt: '13:00',
            closesAt: '17:00',
            description: 'ネパール語は木曜のみ',
          },
          { freq: 'MONTHLY', byday: ['1SA'], opensAt: '10:00', closesAt: '13:00' },
        ],
      },
      {
        name: 'やさしい日本語教室',
        description: 'ボランティアと一対一で、暮らしに必要な日本語を学びます。',
        categories: ['multicultural', 'community_space'],
        languages: ['ja', 'en', 'zh'],
        fees: '年間1,000円（教材費）',
        at: ['plaza-2f'],
        schedules: [{ freq: 'WEEKLY', byday: ['SA'], opensAt: '10:00', closesAt: '12:00' }],
      },
    ],
  },
  {
    organization: {
      name: '結び野市障害者相談支援センター「つむぎ」',
      kind: 'facility',
      description: '障害のある方と家族の相談、サービス等利用計画の作成、地域の居場所づくりを行っています。',
      phone: '03-5555-5000',
      email: 'tsumugi@musubino.example.org',
    },
    places: [
      {
        key: 'tsumugi',
        name: '結び野市総合福祉センター 2階',
        postalCode: '189-0014',
        address: '結び野市若葉町1-8-3',
        area: '若葉町地区',
        accessibility: 'エレベーターあり。手話通訳の手配ができます（要予約）。',
        schedules: [{ freq: 'WEEKLY', byday: WEEKDAYS, opensAt: '09:00', closesAt: '17:00' }],
      },
    ],
    services: [
      {
        name: '障害のある方の相談支援',
        description: '福祉サービスの使い方、仕事、暮らしの場、家族の悩みなどの相談を受けます。',
        categories: ['disability', 'counseling', 'employment'],
        languages: ['ja', 'jsl'],
        eligibility: '障害のある方（手帳の有無は問いません）とその家族',
        fees: '無料',
        contactPhone: '03-5555-5000',
        at: ['tsumugi'],
      },
    ],
  },
  {
    organization: {
      name: 'ハローワーク結び野',
      kind: 'government',
      description: '仕事探しと就職の相談、職業訓練の案内を行う国の機関です。',
      phone: '03-5555-6000',
    },
    places: [
      {
        key: 'hellowork',
        name: 'ハローワーク結び野',
        postalCode: '189-0016',
        address: '結び野市栄町2-3-4',
        area: '栄町地区',
        schedules: [{ freq: 'WEEKLY', byday: WEEKDAYS, opensAt: '08:30', closesAt: '17:15' }],
      },
    ],
    services: [
      {
        name: '仕事の相談・職業紹介',
        description:
          '求人の紹介、応募書類の書き方、面接の練習。高齢の方、障害のある方、外国人の方の専門窓口もあります。',
        categories: ['employment'],
        languages: ['ja', 'en', 'pt'],
        fees: '無料',
        at: ['hellowork'],
      },
    ],
  },
  {
    organization: {
      name: 'ふれあいサロン 東町',
      kind: 'group',
      description: '町会の有志が開く、お茶とおしゃべりの集いです。',
    },
    places: [],
    services: [
      {
        name: 'ふれあいいきいきサロン',
        description: '体操、歌、季節の行事。ひとり暮らしの方も気軽にどうぞ。',
        categories: ['elderly_care', 'community_space'],
        languages: ['ja'],
        fees: '1回100円（お茶代）',
        contactName: '世話人 山口',
        contactPhone: '03-5555-7201',
        at: ['higashi-kaikan'],
        schedules: [{ freq: 'MONTHLY', byday: ['2TU'], opensAt: '13:30', closesAt: '15:30' }],
      },
    ],
  },
  {
    organization: {
      name: '結び野銀座商店街振興組合',
      kind: 'business',
      description: '商店街の店が協力して、買い物が難しい方への配達と見守りをしています。',
      phone: '03-5555-8000',
    },
    places: [
      {
        key: 'ginza',
        name: '商店街事務所',
        postalCode: '189-0013',
        address: '結び野市本町3-2-10',
        area: '本町地区',
        schedules: [
          { freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'], opensAt: '10:00', closesAt: '18:00' },
        ],
      },
    ],
    services: [
      {
        name: '買い物お届けサービス',
        description: '電話で注文した商品を、商店街の店員が自宅まで届けます。届けたときに声かけもします。',
        categories: ['elderly_care', 'food', 'transport'],
        languages: ['ja'],
        eligibility: '商店街から3km以内にお住まいの方',
        fees: '配達1回100円（3,000円以上で無料）',
        contactPhone: '03-5555-8001',
        at: ['ginza'],
      },
    ],
  },
  {
    organization: {
      name: '結び野市子育て支援センター「すくすく」',
      kind: 'facility',
      description: '0歳から就学前の子どもと保護者が遊べるひろばと、子育ての相談の場です。',
      phone: '03-5555-9000',
    },
    places: [
      {
        key: 'sukusuku',
        name: '南台児童館 1階',
        postalCode: '189-0045',
        address: '結び野市南台2-11-8',
        area: '南台地区',
        accessibility: 'ベビーカー置き場、授乳室、おむつ交換台あり。',
        schedules: [
          { freq: 'WEEKLY', byday: WEEKDAYS, opensAt: '09:30', closesAt: '16:00' },
          { freq: 'WEEKLY', byday: ['SA'], opensAt: '09:30', closesAt: '12:00' },
        ],
      },
    ],
    services: [
      {
        name: '子育てひろば・子育て相談',
        description: '親子で自由に遊べます。保育士に子育ての相談ができます。',
        categories: ['child_family', 'community_space', 'counseling'],
        languages: ['ja', 'en'],
        eligibility: '就学前の子どもとその保護者、妊娠中の方',
        fees: '無料',
        at: ['sukusuku'],
      },
    ],
  },
  {
    organization: {
      name: '結び野市防災課',
      kind: 'government',
      description: '避難所の案内、防災訓練、災害時要配慮者の名簿の受付を担当しています。',
      phone: '03-5555-1100',
    },
    places: [],
    services: [
      {
        name: '避難行動要支援者名簿への登録',
        description:
          '災害時にひとりで避難するのが難しい方の名簿です。登録すると、平時から地域の支援者と情報を共有できます（同意が必要です）。',
        categories: ['disaster', 'elderly_care', 'disability'],
        languages: ['ja'],
        eligibility: '要介護3以上の方、障害のある方、ひとり暮らしの高齢の方など',
        fees: '無料',
        contactPhone: '03-5555-1101',
        at: ['city-hall'],
      },
    ],
  },
  {
    organization: {
      name: '結び野市営住宅・居住支援窓口',
      kind: 'government',
      description: '市営住宅の募集と、住まい探しが難しい方（高齢・障害・ひとり親など）の入居の相談を受けます。',
      phone: '03-5555-1200',
    },
    places: [],
    services: [
      {
        name: '住まい探しの相談（居住支援）',
        description:
          '保証人がいない、高齢で断られたなど、住まい探しに困っている方の相談を、居住支援法人と一緒に受けます。',
        categories: ['housing', 'counseling'],
        languages: ['ja'],
        fees: '無料',
        contactPhone: '03-5555-1201',
        at: ['city-hall'],
      },
    ],
  },
];

/** The first coordinator (or administrator) of an organization: the demo's recorder there. */
function keeperOf(network: DemoNetwork, orgKey: string) {
  return network.people.find((p) =>
    p.memberships.some((m) => m.orgKey === orgKey && ['coordinator', 'org_admin', 'network_admin'].includes(m.role)),
  )!;
}

/** The community resource directory of the demo city, kept by the council and by the hub. */
export async function seedDirectory(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
) {
  for (const orgKey of DIRECTORY_KEEPERS) {
    const orgId = orgIds.get(orgKey)!;
    const keeper = keeperOf(network, orgKey);
    const actor = { accountId: accountIds.get(keeper.key)!, name: keeper.name, requestId: 'demo-seed' };
    const placeIds = new Map<string, string>();
    const created: { organizationId: string; entry: EntrySeed }[] = [];
    for (const entry of ENTRIES) {
      const organization = await createDirectoryOrganization(tx, actor, orgId, entry.organization);
      created.push({ organizationId: organization.id, entry });
      for (const { key, ...place } of entry.places) {
        const location = await createDirectoryLocation(tx, actor, orgId, { ...place, organizationId: organization.id });
        placeIds.set(key, location.id);
      }
    }
    // Services after every place: some are offered at another organization's place.
    for (const { organizationId, entry } of created) {
      for (const { at, ...service } of entry.services) {
        await createDirectoryService(tx, actor, orgId, {
          ...service,
          organizationId,
          locationIds: (at ?? []).map((key) => placeIds.get(key)!),
        });
      }
    }
  }
}
