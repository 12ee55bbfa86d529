import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createTestApp, setUpFirstOrganization, type TestApp, type TestClient } from '../../test/test-app';

const BOM = '\uFEFF';

describe('roster CSV: import with preview, export in UTF-8 with BOM or CP932', () => {
  let t: TestApp;
  let admin: TestClient;
  let base: string;
  const count = async () =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from volunteer`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    let orgId: string;
    ({ admin, orgId } = await setUpFirstOrganization(t.app));
    base = `/api/v1/organizations/${orgId}`;
    await admin.post(`${base}/skills`, {
      kind: 'qualification',
      names: { ja: '普通自動車免許', en: "Driver's licence" },
    });
    await admin.post(`${base}/volunteers`, { name: '既存 太郎', phone: '0312345678' });
  });
  afterAll(() => t.close());

  // TestClient.request sends JSON bodies; CSV goes through inject directly.
  async function send(body: Buffer, commit: boolean) {
    return t.app.inject({
      method: 'POST',
      url: `${base}/volunteers/import?commit=${commit}`,
      headers: {
        cookie: admin.cookie!,
        'x-csrf-token': admin.csrfToken!,
        'content-type': 'text/csv',
        'accept-language': 'ja',
      },
      payload: body,
    });
  }

  const roster = [
    '氏名,ふりがな,生年月日,電話,言語,スキル・資格,関心分野',
    '山本 和子,ヤマモト カズコ,昭和23年4月5日,090-1111-2222,日本語、英語,普通自動車免許,高齢者',
    '既存 太郎,きそん たろう,,03-1234-5678,,,',
    ',なまえ なし,,,,,',
    '日付 不正,,1970-02-30,,,,',
    '言語 不明,,,,クリンゴン語,,',
    '山本 和子,やまもと かずこ,S23.4.5,,,,',
  ].join('\r\n');

  it('previews a UTF-8 file with a BOM and Japanese headers without writing anything', async () => {
    const before = await count();
    const response = await send(Buffer.from(BOM + roster, 'utf8'), false);
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ encoding: 'utf8', committed: false, counts: { create: 1, update: 1, reject: 4 } });
    const byLine = new Map(preview.rows.map((row: { line: number }) => [row.line, row]));
    expect(byLine.get(2)).toMatchObject({ action: 'create', name: '山本 和子' });
    expect(byLine.get(3)).toMatchObject({ action: 'update', name: '既存 太郎' });
    expect(byLine.get(4)).toMatchObject({
      action: 'reject',
      issues: [{ column: 'name', messageKey: 'validation.required' }],
    });
    expect(byLine.get(5)).toMatchObject({ issues: [{ column: 'birth_date', messageKey: 'validation.date' }] });
    expect(byLine.get(6)).toMatchObject({
      issues: [{ column: 'languages', messageKey: 'validation.language_unknown' }],
    });
    expect(byLine.get(7)).toMatchObject({ issues: [{ column: null, messageKey: 'validation.duplicate_in_file' }] });
    expect(await count()).toBe(before);
  });

  it('writes the accepted rows in one go when confirmed: era dates, labels and skills understood', async () => {
    const before = await count();
    const response = await send(Buffer.from(roster, 'utf8'), true);
    expect(response.json()).toMatchObject({ committed: true, counts: { create: 1, update: 1 } });
    expect(await count()).toBe(before + 1);
    const { volunteers } = (await admin.get(`${base}/volunteers?q=${encodeURIComponent('山本')}`)).json();
    const kazuko = (await admin.get(`${base}/volunteers/${volunteers[0].id}`)).json();
    expect(kazuko).toMatchObject({
      birthDate: '1948-04-05',
      phone: '09011112222',
      languages: ['ja', 'en'],
      interests: ['elderly'],
      registeredVia: 'import',
      status: 'active',
    });
    expect(kazuko.skillIds).toHaveLength(1);
    const existing = (await admin.get(`${base}/volunteers?q=${encodeURIComponent('既存')}`)).json().volunteers[0];
    expect(existing.nameReading).toBe('きそん たろう');
  });

  it('detects Shift_JIS (CP932) files, including 髙 and 﨑', async () => {
    const file = iconv.encode('氏名,ふりがな\r\n髙﨑 美咲,たかさき みさき\r\n', 'cp932');
    const response = await send(file, false);
    expect(response.json()).toMatchObject({ encoding: 'cp932', rows: [{ action: 'create', name: '髙﨑 美咲' }] });
  });

  it('refuses files it cannot use, with a translated reason', async () => {
    const noName = await send(Buffer.from('ふりがな,電話\r\nやまだ,0900000000\r\n'), false);
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error).toMatchObject({
      code: 'CSV_MISSING_COLUMNS',
      message: expect.stringContaining('氏名'),
    });
    const headerOnly = await send(Buffer.from('氏名\r\n'), false);
    expect(headerOnly.json().error.code).toBe('CSV_UNREADABLE');
  });

  it('exports UTF-8 with a BOM by default and CP932 on request, headed in the reader’s language', async () => {
    await send(Buffer.from('氏名\r\n髙橋 﨑子\r\n'), true);
    const utf8 = await admin.request('GET', `${base}/volunteers/export`, undefined, { 'accept-language': 'ja' });
    expect(utf8.statusCode).toBe(200);
    expect(utf8.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(utf8.headers['content-disposition']).toContain('attachment');
    expect([...utf8.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8.rawPayload.toString('utf8')).toContain('氏名,ふりがな,生年月日');
    const cp932 = await admin.request('GET', `${base}/volunteers/export?encoding=cp932`);
    expect(cp932.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
    expect(iconv.decode(cp932.rawPayload, 'cp932')).toContain('髙橋 﨑子');
    const audit = (await admin.get(`${base}/audit-entries`)).json();
    expect(audit.entries[0]).toMatchObject({ action: 'VOLUNTEERS_EXPORTED', summary: { encoding: 'cp932' } });
  });

  it('round-trips: exported people with a phone, e-mail or reading + birth date import back as updates', async () => {
    const exported = await admin.request('GET', `${base}/volunteers/export`);
    const response = await send(exported.rawPayload, false);
    const byName = new Map(response.json().rows.map((row: { name: string; action: string }) => [row.name, row.action]));
    expect(byName.get('既存 太郎')).toBe('update');
    expect(byName.get('山本 和子')).toBe('update');
    // A name alone is not enough to say it is the same person (同姓同名).
    expect(byName.get('髙橋 﨑子')).toBe('create');
  });

  it('answers a JSON body with CSV_UNREADABLE, not a crash', async () => {
    const response = await admin.post(`${base}/volunteers/import`, { rows: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('CSV_UNREADABLE');
  });
});
