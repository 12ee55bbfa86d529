import { type TDirectoryService, ZDirectoryServiceSearchQuery } from '@musubi/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, setUpFirstOrganization, type TestApp, TestClient } from '../../test/test-app';
import { createOrganization } from '../organizations';
import { addMembershipDirectly, createAccount } from '../people';
import { searchDirectoryServices } from './directory.service';

const PASSWORD = 'directory-password-1';

/** Weekday mornings at a community center; its hours belong to the place, not the service. */
const WEEKDAY_MORNINGS = { freq: 'WEEKLY', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '12:00' };

const names = (services: { name: string }[]) => services.map((s) => s.name);

describe('the community resource directory', () => {
  let t: TestApp;
  let admin: TestClient;
  let orgId: string;
  let base: string;
  let volunteer: TestClient;
  let partner: TestClient;
  let otherCoordinator: TestClient;
  let otherBase: string;
  /** 結び野市地域包括支援センター: a place with weekday hours and two services. */
  let houkatsu: { id: string };
  let houkatsuPlace: { id: string };
  let consultation: TDirectoryService;
  /** A foreign residents' desk open Tuesdays and Thursdays in four languages. */
  let foreignDesk: TDirectoryService;

  async function member(role: 'volunteer' | 'partner', email: string) {
    const account = await createAccount(t.database.db, { name: role, email, password: PASSWORD, locale: 'en' });
    await addMembershipDirectly(t.database.db, orgId, account.id, role);
    const client = new TestClient(t.app);
    await client.signIn(email, PASSWORD);
    return client;
  }

  const auditActions = async () =>
    ((await admin.get(`${base}/audit-entries?limit=200`)).json().entries as { action: string }[]).map((e) => e.action);

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    volunteer = await member('volunteer', 'volunteer@directory.test');
    partner = await member('partner', 'partner@directory.test');

    const other = await createOrganization(
      t.database.db,
      {
        name: '隣町社会福祉協議会',
        kind: 'welfare_council',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
      },
      { accountId: null },
    );
    const account = await createAccount(t.database.db, {
      name: '隣町 コーディネーター',
      email: 'coordinator@other.test',
      password: PASSWORD,
      locale: 'ja',
    });
    await addMembershipDirectly(t.database.db, other.id, account.id, 'coordinator');
    otherCoordinator = new TestClient(t.app, 'ja');
    await otherCoordinator.signIn('coordinator@other.test', PASSWORD);
    otherBase = `/api/v1/organizations/${other.id}`;
  });
  afterAll(() => t.close());

  it('adds organizations, places with hours and services, each with an audit entry', async () => {
    const created = await admin.post(`${base}/directory/organizations`, {
      name: '結び野市地域包括支援センター',
      alternateName: '包括',
      kind: 'government',
      phone: '03-5555-1200',
      website: 'https://houkatsu.example.org/',
    });
    expect(created.statusCode).toBe(201);
    houkatsu = created.json();
    expect(houkatsu).toMatchObject({ phone: '0355551200', serviceCount: 0 });

    const place = await admin.post(`${base}/directory/locations`, {
      organizationId: houkatsu.id,
      name: '東町地区センター',
      postalCode: '1890031',
      address: '結び野市東町4-2-7',
      area: '東町地区',
      location: { lat: 35.7, lng: 139.4 },
      accessibility: '段差なし、エレベーターあり',
      schedules: [WEEKDAY_MORNINGS],
    });
    expect(place.statusCode).toBe(201);
    houkatsuPlace = place.json();
    expect(place.json()).toMatchObject({ postalCode: '189-0031', area: '東町地区', schedules: [WEEKDAY_MORNINGS] });

    const service = await admin.post(`${base}/directory/services`, {
      organizationId: houkatsu.id,
      name: '高齢者総合相談',
      description: '介護や暮らしの困りごとの相談を受けます。',
      categories: ['elderly_care', 'counseling'],
      languages: ['ja'],
      eligibility: '市内に住む65歳以上の方とその家族',
      fees: '無料',
      contactName: '相談係',
      contactPhone: '03-5555-1201',
      locationIds: [houkatsuPlace.id],
    });
    expect(service.statusCode).toBe(201);
    consultation = service.json();
    expect(consultation).toMatchObject({
      organizationName: '結び野市地域包括支援センター',
      categories: ['elderly_care', 'counseling'],
      schedules: [],
      locations: [{ id: houkatsuPlace.id, name: '東町地区センター', schedules: [WEEKDAY_MORNINGS] }],
    });

    const desk = await admin.post(`${base}/directory/organizations`, { name: '結び野市国際交流協会', kind: 'npo' });
    foreignDesk = (
      await admin.post(`${base}/directory/services`, {
        organizationId: desk.json().id,
        name: '外国人相談窓口',
        categories: ['multicultural', 'counseling'],
        languages: ['en', 'zh', 'vi', 'ja'],
        schedules: [
          { freq: 'WEEKLY', byday: ['TH', 'TU'], opensAt: '13:00', closesAt: '17:00', description: '祝日は休み' },
        ],
      })
    ).json();
    // Days are kept Monday first, whatever order they came in.
    expect(foreignDesk.schedules[0].byday).toEqual(['TU', 'TH']);

    const shokudo = await admin.post(`${base}/directory/organizations`, { name: 'むすびのこども食堂', kind: 'group' });
    // A children's cafeteria open on the 2nd and 4th Saturday.
    await admin.post(`${base}/directory/services`, {
      organizationId: shokudo.json().id,
      name: 'こども食堂',
      categories: ['food', 'child_family'],
      schedules: [{ freq: 'MONTHLY', byday: ['2SA', '4SA'], opensAt: '11:00', closesAt: '14:00' }],
    });

    const detail = (await admin.get(`${base}/directory/organizations/${houkatsu.id}`)).json();
    expect(detail).toMatchObject({ serviceCount: 1, locationCount: 1 });
    expect(names(detail.services)).toEqual(['高齢者総合相談']);
    expect(detail.locations[0].schedules).toEqual([
      { ...WEEKDAY_MORNINGS, validFrom: null, validTo: null, description: null },
    ]);

    const actions = await auditActions();
    expect(actions.filter((a) => a === 'DIRECTORY_ORGANIZATION_CREATED')).toHaveLength(3);
    expect(actions.filter((a) => a === 'DIRECTORY_SERVICE_CREATED')).toHaveLength(3);
    expect(actions).toContain('DIRECTORY_LOCATION_CREATED');
  });

  it('finds services by words, category, area, language and weekday', async () => {
    const search = async (query: string) =>
      names((await admin.get(`${base}/directory/services?${query}`)).json().services);
    expect(await search('')).toEqual(['こども食堂', '外国人相談窓口', '高齢者総合相談'].sort());
    expect(await search(`q=${encodeURIComponent('介護')}`)).toEqual(['高齢者総合相談']);
    // The organization's name finds its services too.
    expect(await search(`q=${encodeURIComponent('国際交流')}`)).toEqual(['外国人相談窓口']);
    expect(await search('category=counseling')).toEqual(['外国人相談窓口', '高齢者総合相談'].sort());
    expect(await search(`area=${encodeURIComponent('東町地区')}`)).toEqual(['高齢者総合相談']);
    expect(await search('language=vi')).toEqual(['外国人相談窓口']);
    // Tuesday: the desk's own hours, and the consultation through its place's hours.
    expect(await search('openOn=TU')).toEqual(['外国人相談窓口', '高齢者総合相談'].sort());
    expect(await search('openOn=MO')).toEqual(['高齢者総合相談']);
    expect(await search('openOn=SA')).toEqual(['こども食堂']);
    expect(await search('openOn=TU&language=zh')).toEqual(['外国人相談窓口']);
    expect(await search('openOn=SU')).toEqual([]);
  });

  it('tells what is open at a moment, on the organization’s clock, including nth weekdays of the month', async () => {
    const at = async (iso: string) => {
      const query = ZDirectoryServiceSearchQuery.parse({ openNow: 'true' });
      return names((await searchDirectoryServices(t.database.db, orgId, query, new Date(iso))).services);
    };
    // Tuesday 2026-06-09 10:30 in Tokyo (01:30 UTC): the place's morning hours.
    expect(await at('2026-06-09T01:30:00Z')).toEqual(['高齢者総合相談']);
    // Tuesday 14:00 in Tokyo: the desk.
    expect(await at('2026-06-09T05:00:00Z')).toEqual(['外国人相談窓口']);
    // Closing time is not open any more.
    expect(await at('2026-06-09T08:00:00Z')).toEqual([]);
    // 2026-06-13 is the second Saturday of June, 2026-06-20 the third.
    expect(await at('2026-06-13T03:00:00Z')).toEqual(['こども食堂']);
    expect(await at('2026-06-20T03:00:00Z')).toEqual([]);
    const all = await searchDirectoryServices(
      t.database.db,
      orgId,
      ZDirectoryServiceSearchQuery.parse({}),
      new Date('2026-06-13T03:00:00Z'),
    );
    expect(all.services.find((s) => s.name === 'こども食堂')?.openNow).toBe(true);
    expect(all.services.find((s) => s.name === '外国人相談窓口')?.openNow).toBe(false);
  });

  it('pages through services by name', async () => {
    const first = (await admin.get(`${base}/directory/services?limit=2`)).json();
    expect(first.services).toHaveLength(2);
    expect(first.nextCursor).toBe(first.services[1].id);
    const second = (await admin.get(`${base}/directory/services?limit=2&after=${first.nextCursor}`)).json();
    expect(names([...first.services, ...second.services])).toEqual(
      ['こども食堂', '外国人相談窓口', '高齢者総合相談'].sort(),
    );
    expect(second.nextCursor).toBeNull();
  });

  it('changes and deletes entries; deleting an organization takes its services and places with it', async () => {
    const changed = await admin.patch(`${base}/directory/services/${consultation.id}`, {
      languages: ['ja', 'ko'],
      schedules: [{ freq: 'WEEKLY', byday: ['SA'], opensAt: '10:00', closesAt: '12:00' }],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ languages: ['ja', 'ko'], schedules: [{ byday: ['SA'] }] });
    // Its own hours now override the place's.
    const saturday = names((await admin.get(`${base}/directory/services?openOn=SA`)).json().services);
    expect(saturday).toContain('高齢者総合相談');
    const monday = names((await admin.get(`${base}/directory/services?openOn=MO`)).json().services);
    expect(monday).not.toContain('高齢者総合相談');

    const temporary = (
      await admin.post(`${base}/directory/organizations`, { name: '一時的な団体', kind: 'other' })
    ).json();
    const place = (
      await admin.post(`${base}/directory/locations`, { organizationId: temporary.id, name: '仮設会場' })
    ).json();
    const service = (
      await admin.post(`${base}/directory/services`, {
        organizationId: temporary.id,
        name: '仮設の相談',
        locationIds: [place.id],
      })
    ).json();
    expect((await admin.delete(`${base}/directory/organizations/${temporary.id}`)).statusCode).toBe(204);
    expect((await admin.get(`${base}/directory/services/${service.id}`)).statusCode).toBe(404);
    expect((await admin.get(`${base}/directory/locations/${place.id}`)).json().error.code).toBe(
      'DIRECTORY_LOCATION_NOT_FOUND',
    );
    expect(await auditActions()).toContain('DIRECTORY_ORGANIZATION_DELETED');
  });

  it('lets partners read and refuses volunteers; only coordinators write', async () => {
    expect((await partner.get(`${base}/directory/services`)).statusCode).toBe(200);
    expect((await partner.get(`${base}/directory/export.json`)).statusCode).toBe(200);
    const refused = await partner.post(`${base}/directory/organizations`, { name: '勝手な登録', kind: 'other' });
    expect(refused.statusCode).toBe(403);
    expect((await volunteer.get(`${base}/directory/services`)).statusCode).toBe(403);
    expect((await volunteer.get(`${base}/directory/organizations/${houkatsu.id}`)).statusCode).toBe(403);
    // Another organization's coordinator does not see this directory.
    expect((await otherCoordinator.get(`${base}/directory/services`)).statusCode).toBe(403);
    expect((await otherCoordinator.get(`${otherBase}/directory/services`)).json().services).toEqual([]);
    const list = (await admin.get(`${base}/directory/organizations?limit=50`)).json();
    expect(names(list.organizations)).not.toContain('勝手な登録');
  });

  it('refuses bad input with translated field messages and writes nothing', async () => {
    const before = (await admin.get(`${base}/directory/services?limit=200&status=all`)).json().services.length;
    const response = await admin.request(
      'POST',
      `${base}/directory/services`,
      {
        organizationId: houkatsu.id,
        name: '',
        contactEmail: 'not-an-address',
        schedules: [
          { freq: 'WEEKLY', byday: ['2MO'], opensAt: '17:00', closesAt: '09:00' },
          { freq: 'DAILY', byday: ['MO'], opensAt: '09:00', closesAt: '10:00' },
        ],
      },
      { 'accept-language': 'ja' },
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; message: string }[];
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.message]));
    expect(byPath.name).toBe('入力してください。');
    expect(byPath.contactEmail).toBe('メールアドレスの形式が正しくありません。');
    expect(byPath['schedules.0.closesAt']).toBe('終了は開始より後にしてください。');
    expect(byPath['schedules.0.byday']).toContain('毎月');
    expect(byPath['schedules.1.freq']).toBe('選択肢から選んでください。');

    const unknownPlace = await admin.post(`${base}/directory/services`, {
      organizationId: houkatsu.id,
      name: '場所違い',
      locationIds: ['01900000-0000-7000-8000-00000000dead'],
    });
    expect(unknownPlace.json().error.code).toBe('DIRECTORY_LOCATION_NOT_FOUND');
    const after = (await admin.get(`${base}/directory/services?limit=200&status=all`)).json().services.length;
    expect(after).toBe(before);
  });
});

describe('Open Referral HSDS 3.0 export and import', () => {
  let t: TestApp;
  let admin: TestClient;
  let base: string;
  let secondBase: string;
  let second: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    let orgId: string;
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    const other = await createOrganization(
      t.database.db,
      { name: '第二の社協', kind: 'welfare_council', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
      { accountId: null },
    );
    const account = await createAccount(t.database.db, {
      name: '第二 コーディネーター',
      email: 'second@hsds.test',
      password: PASSWORD,
      locale: 'en',
    });
    await addMembershipDirectly(t.database.db, other.id, account.id, 'coordinator');
    second = new TestClient(t.app);
    await second.signIn('second@hsds.test', PASSWORD);
    secondBase = `/api/v1/organizations/${other.id}`;

    const bank = (
      await admin.post(`${base}/directory/organizations`, {
        name: 'フードバンクむすびの',
        kind: 'npo',
        description: '食品の寄付を集めて届けます。',
        email: 'food@example.org',
        phone: '03-5555-3000',
        website: 'https://food.example.org/',
      })
    ).json();
    const warehouse = (
      await admin.post(`${base}/directory/locations`, {
        organizationId: bank.id,
        name: '緑が丘倉庫',
        postalCode: '189-0023',
        address: '結び野市緑が丘3-5-12',
        area: '緑が丘地区',
        location: { lat: 35.71, lng: 139.41 },
        accessibility: '車いすで入れます',
        schedules: [
          { freq: 'WEEKLY', byday: ['WE', 'SA'], opensAt: '10:00', closesAt: '15:00', validFrom: '2026-04-01' },
        ],
      })
    ).json();
    await admin.post(`${base}/directory/services`, {
      organizationId: bank.id,
      name: '食料の緊急支援',
      description: '3日分の食料をお渡しします。',
      categories: ['food', 'livelihood'],
      languages: ['ja', 'en', 'vi'],
      eligibility: '生活に困っている方',
      fees: '無料',
      contactName: '支援係',
      contactPhone: '03-5555-3001',
      contactEmail: 'help@food.example.org',
      website: 'https://food.example.org/help',
      locationIds: [warehouse.id],
      schedules: [
        { freq: 'MONTHLY', byday: ['-1FR'], opensAt: '18:00', closesAt: '20:00', description: '夜の受け取り日' },
      ],
    });
    await admin.post(`${base}/directory/organizations`, { name: '結び野市役所 福祉課', kind: 'government' });
  });
  afterAll(() => t.close());

  const exportOf = async (client: TestClient, at: string) => {
    const response = await client.get(`${at}/directory/export.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    return response.json();
  };

  it('exports a page of compiled HSDS organizations with services, places and RFC 5545 schedules', async () => {
    const page = await exportOf(admin, base);
    expect(page).toMatchObject({ total_items: 2, page_number: 1, total_pages: 1, empty: false });
    const bank = page.contents.find((o: { name: string }) => o.name === 'フードバンクむすびの');
    expect(bank.phones).toEqual([expect.objectContaining({ number: '0355553000', organization_id: bank.id })]);
    expect(bank.attributes[0].taxonomy_term).toMatchObject({ code: 'npo', name: 'NPO・市民活動団体' });
    const [location] = bank.locations;
    expect(location.addresses[0]).toMatchObject({
      address_1: '結び野市緑が丘3-5-12',
      region: '緑が丘地区',
      postal_code: '189-0023',
      country: 'JP',
      address_type: 'physical',
    });
    expect(location.schedules[0]).toMatchObject({
      location_id: location.id,
      freq: 'WEEKLY',
      byday: 'WE,SA',
      opens_at: '10:00+09:00',
      closes_at: '15:00+09:00',
      timezone: 9,
      valid_from: '2026-04-01',
    });
    const [service] = bank.services;
    expect(service).toMatchObject({
      organization_id: bank.id,
      status: 'active',
      email: 'help@food.example.org',
      url: 'https://food.example.org/help',
      eligibility_description: '生活に困っている方',
      fees_description: '無料',
      service_at_locations: [expect.objectContaining({ service_id: service.id, location_id: location.id })],
    });
    expect(service.languages.map((l: { code: string }) => l.code)).toEqual(['ja', 'en', 'vi']);
    expect(service.schedules[0]).toMatchObject({ freq: 'MONTHLY', byday: '-1FR', description: '夜の受け取り日' });
    expect(service.attributes.map((a: { value: string }) => a.value)).toEqual(['food', 'livelihood']);
    const government = page.contents.find((o: { name: string }) => o.name === '結び野市役所 福祉課');
    // Required by HSDS even when empty.
    expect(government.description).toBe('');
    expect(JSON.stringify(page)).not.toContain('null');
  });

  it('previews an import without writing, then imports it into another organization with the same data', async () => {
    const file = await exportOf(admin, base);
    const preview = await second.post(`${secondBase}/directory/import`, file);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, counts: { create: 4, update: 0, reject: 0 } });
    expect((await second.get(`${secondBase}/directory/organizations`)).json().organizations).toEqual([]);

    const imported = await second.post(`${secondBase}/directory/import?dryRun=false`, file);
    expect(imported.json()).toMatchObject({ dryRun: false, counts: { create: 4, update: 0, reject: 0 } });
    expect(await exportOf(second, secondBase)).toEqual(file);
  });

  it('updates entries on a second import instead of duplicating them', async () => {
    const file = await exportOf(second, secondBase);
    const bank = file.contents.find((o: { name: string }) => o.name === 'フードバンクむすびの');
    bank.services[0].name = '食料の緊急支援（改）';
    bank.services[0].languages = [{ code: 'zh-Hans', name: 'Chinese' }];
    const again = await second.post(`${secondBase}/directory/import?dryRun=false`, file);
    expect(again.json().counts).toEqual({ create: 0, update: 4, reject: 0 });
    const services = (await second.get(`${secondBase}/directory/services`)).json().services as TDirectoryService[];
    expect(services).toHaveLength(1);
    expect(services[0]).toMatchObject({ name: '食料の緊急支援（改）', languages: ['zh'] });
    expect((await second.get(`${secondBase}/directory/organizations`)).json().organizations).toHaveLength(2);
  });

  it('rejects bad entries with their reasons and keeps the good ones; unsupported hours are left out', async () => {
    const file = [
      {
        id: '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0a01',
        name: 'よりそい相談室',
        description: '',
        services: [
          {
            id: '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0a02',
            name: '電話相談',
            status: 'active',
            languages: [{ code: 'tlh' }],
            schedules: [
              { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '10:00:00', closes_at: '16:00:00' },
              { freq: 'WEEKLY', interval: 2, byday: 'FR', opens_at: '10:00', closes_at: '12:00' },
            ],
            service_at_locations: [{ location_id: '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0aff' }],
          },
          { id: 'not-a-uuid', name: '名前だけ', status: 'active' },
          { id: '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0a03', name: '', email: 'broken', status: 'active' },
        ],
      },
      {
        id: '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0a04',
        name: '',
        services: [{ id: '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0a05', name: '子', status: 'active' }],
      },
    ];
    const preview = (await admin.request('POST', `${base}/directory/import`, file, { 'accept-language': 'ja' })).json();
    expect(preview.counts).toEqual({ create: 2, update: 0, reject: 4 });
    const row = (name: string) => preview.rows.find((r: { name: string | null }) => r.name === name);
    expect(row('電話相談')).toMatchObject({ action: 'create' });
    expect(
      row('電話相談')
        .issues.map((i: { messageKey: string }) => i.messageKey)
        .sort(),
    ).toEqual([
      'directory.import_issues.language_unknown',
      'directory.import_issues.location_unknown',
      'directory.import_issues.schedule_unsupported',
    ]);
    expect(row('名前だけ').issues).toEqual([{ field: 'id', messageKey: 'validation.uuid' }]);
    const broken = preview.rows.find((r: { hsdsId: string }) => r.hsdsId === '0b8f4a52-6e0e-4c43-9c55-2b1f4d1c0a03');
    expect(broken.issues.map((i: { field: string }) => i.field).sort()).toEqual(['email', 'name']);
    expect(row('子').issues).toEqual([{ field: null, messageKey: 'directory.import_issues.organization_rejected' }]);

    const before = (await admin.get(`${base}/audit-entries?limit=200`)).json().entries.length;
    await admin.post(`${base}/directory/import?dryRun=false`, file);
    const entries = (await admin.get(`${base}/audit-entries?limit=200`)).json().entries;
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ action: 'DIRECTORY_IMPORTED', summary: { create: 2, update: 0, reject: 4 } });
    const found = (await admin.get(`${base}/directory/services?q=${encodeURIComponent('電話相談')}`)).json().services;
    expect(found).toHaveLength(1);
    expect(found[0].schedules).toEqual([
      {
        freq: 'WEEKLY',
        byday: ['MO', 'WE'],
        opensAt: '10:00',
        closesAt: '16:00',
        validFrom: null,
        validTo: null,
        description: null,
      },
    ]);
    expect((await admin.get(`${base}/directory/services?q=${encodeURIComponent('名前だけ')}`)).json().services).toEqual(
      [],
    );
  });

  it('refuses a file without organizations', async () => {
    const response = await admin.post(`${base}/directory/import`, { hello: 'world' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('DIRECTORY_IMPORT_UNREADABLE');
  });
});
