import { CATALOGS } from '@musubi/shared';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, flip } from './support/browser';
import { type DemoSession, heading, openCouncilCoordinatorSession } from './support/demo-session';
import type { RunningMusubi } from './support/server';

const ja = CATALOGS.ja;
const optional = (label: string) => ja.common.optional.replace('{label}', label);

/** The newcomer: a Japanese-Brazilian name whose katakana reading has the long-vowel mark ー. */
const NEWCOMER = {
  name: '大城 ジョージ',
  reading: 'オオシロ ジョージ',
  readingInHiragana: 'おおしろ じょーじ',
  email: 'george.oshiro@example.org',
  password: 'ひまわり畑で会いましょう',
};

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const PROFILE_URL = /\/volunteers\/[0-9a-f-]{36}$/;

/** Tomorrow in Tokyo (cover starts the day after enrolment) and the April–March policy year it falls in. */
function policyYearOfTomorrowInTokyo(): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' })
    .format(Date.now() + 24 * 60 * 60 * 1000)
    .split('-')
    .map(Number);
  return month >= 4 ? year : year - 1;
}

describe('the volunteer register: joining, consents, verification, assisted registration, import (in Japanese)', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let browser: Browser;
  /** The coordinator of the social welfare council's volunteer center. */
  let page: Page;
  /** The newcomer's own browser, not signed in until they register. */
  let newcomer: Page;
  let orgId: string;
  let orgName: string;
  let coordinatorName: string;

  beforeAll(async () => {
    const opened = await openCouncilCoordinatorSession();
    session = opened;
    ({ musubi, browser, page, coordinatorName } = opened);
    ({ orgId, orgName } = opened.council);
  });
  afterAll(() => session?.close());

  it('lets a newcomer register on the public page, with large text, and lands on their volunteering as an applicant', async () => {
    newcomer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await newcomer.goto(`${musubi.baseUrl}/join/${orgId}`);
    const form = newcomer.getByTestId('registration-form');
    await expect.poll(() => form.count()).toBe(1);
    expect(await heading(newcomer)).toBe(ja.registration.join.title_named.replace('{orgName}', orgName));
    await expectAccessible(newcomer, 'join page');

    // Large touch targets for elderly people: the whole page scales, and axe still passes.
    const submit = newcomer.getByTestId('register');
    const before = (await submit.boundingBox())!;
    await flip(newcomer.getByTestId('large-text-toggle'));
    await expect.poll(() => rootFontSize(newcomer)).toBe('20px');
    const after = (await submit.boundingBox())!;
    expect(after.height).toBeGreaterThan(before.height);
    expect(after.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(newcomer, 'join page in large text');

    await form.getByLabel(ja.auth.name, { exact: true }).fill(NEWCOMER.name);
    await form.getByLabel(optional(ja.auth.name_reading), { exact: true }).fill(NEWCOMER.reading);
    await form.getByLabel(ja.auth.email, { exact: true }).fill(NEWCOMER.email);
    await form.getByLabel(ja.auth.new_password, { exact: true }).fill(NEWCOMER.password);
    await form.getByLabel(ja.auth.password_confirmation, { exact: true }).fill(NEWCOMER.password);
    await form.getByTestId('consent-contact').check();
    await form.getByTestId('consent-photos').check();
    await submit.click();

    await newcomer.waitForURL('**/me/volunteering');
    await expect.poll(() => heading(newcomer)).toBe(ja.registration.me.title);
    const record = newcomer.getByTestId('my-volunteer-profile');
    await expect.poll(() => record.count()).toBe(1);
    expect(await record.getByRole('heading', { level: 2 }).textContent()).toBe(orgName);
    expect(await record.getByText(ja.participation.status_applicant, { exact: true }).count()).toBe(1);
    expect(await record.textContent()).toContain(ja.registration.me.applicant_note);
    expect(await newcomer.getByTestId('account-name').textContent()).toBe(NEWCOMER.name);
    expect(await newcomer.getByTestId('my-consent-contact').isChecked()).toBe(true);
    expect(await newcomer.getByTestId('my-consent-photos').isChecked()).toBe(true);
    await expectAccessible(newcomer, 'my volunteering after registering');
  });

  it('lets the person withdraw the photos consent, at once and for good', async () => {
    const photos = newcomer.getByTestId('my-consent-photos');
    await flip(photos);
    await expect.poll(() => photos.isChecked()).toBe(false);
    await expect.poll(() => photos.isDisabled()).toBe(false);
    const withdrawn = ja.registration.me.consent_withdrawn_done
      .replace('{orgName}', orgName)
      .replace('{purpose}', ja.participation.consent_photos);
    await expect.poll(() => newcomer.getByText(withdrawn).count()).toBe(1);
    await expectAccessible(newcomer, 'my volunteering after withdrawing a consent');

    await newcomer.reload();
    await expect.poll(() => newcomer.getByTestId('my-volunteer-profile').count()).toBe(1);
    expect(await photos.isChecked()).toBe(false);
    expect(await newcomer.getByTestId('my-consent-contact').isChecked()).toBe(true);
  });

  it('lets the person choose one e-mail a day instead of one per change, and keeps it after a reload', async () => {
    const record = newcomer.getByTestId('my-volunteer-profile');
    expect(await record.getByRole('heading', { level: 3, name: ja.registration.me.preferences }).count()).toBe(1);
    // Registered with an e-mail address, so e-mail is how the organization reaches them.
    expect(await record.getByLabel(ja.registration.me.channel, { exact: true }).inputValue()).toBe('email');
    expect(await record.getByLabel(ja.registration.me.locale, { exact: true }).inputValue()).toBe('ja');
    const digest = newcomer.getByTestId('my-mail-digest');
    expect(await digest.isChecked()).toBe(false);
    expect(await digest.isDisabled()).toBe(false);

    await flip(digest);
    await expect.poll(() => digest.isChecked()).toBe(true);
    await newcomer.getByTestId('my-message-preferences-save').click();
    const saved = ja.registration.me.preferences_saved.replace('{orgName}', orgName);
    await expect.poll(() => newcomer.getByText(saved).count()).toBe(1);
    await expectAccessible(newcomer, 'my volunteering after choosing a daily digest');

    await newcomer.reload();
    await expect.poll(() => newcomer.getByTestId('my-volunteer-profile').count()).toBe(1);
    expect(await digest.isChecked()).toBe(true);
    expect(await record.getByLabel(ja.registration.me.channel, { exact: true }).inputValue()).toBe('email');
  });

  it('lets the coordinator find the newcomer by hiragana, verify them and enrol them in the basic plan', async () => {
    await page.getByTestId('nav-volunteers').click();
    await page.waitForURL('**/volunteers');
    await expect.poll(() => page.getByTestId('volunteer-row').count()).toBeGreaterThan(10);
    await expectAccessible(page, 'volunteer list');

    // Registered in katakana, found in hiragana: the server folds both to one reading.
    await page.getByTestId('volunteer-search').fill(NEWCOMER.readingInHiragana);
    const rows = page.getByTestId('volunteer-row');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(NEWCOMER.name)]);
    const row = await rows.textContent();
    expect(row).toContain(NEWCOMER.reading);
    expect(row).toContain(ja.participation.status_applicant);
    expect(row).toContain(ja.participation.registered_via_self);
    await rows.getByRole('link', { name: NEWCOMER.name }).click();
    await page.waitForURL(PROFILE_URL);
    await expect.poll(() => heading(page)).toBe(NEWCOMER.name);

    // The withdrawal the person made a moment ago is what the organization sees.
    const photos = page.getByTestId('consent-row-photos');
    expect(await photos.textContent()).toContain(ja.volunteers.consent_withdrawn);
    expect(await photos.textContent()).toContain(ja.volunteers.consent_by_self);
    expect(await page.getByTestId('consent-row-contact').textContent()).toContain(ja.volunteers.consent_granted);
    // So is the daily digest the person chose on their own page.
    const contact = page.getByRole('region', { name: ja.volunteers.sections.contact, exact: true });
    expect(await contact.textContent()).toContain(ja.volunteers.mail_digest_on);
    expect(await contact.textContent()).not.toContain(ja.volunteers.mail_digest_off);
    await expectAccessible(page, 'volunteer profile of an applicant');

    await page.getByTestId('status-verify').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await expectAccessible(page, 'verify dialog');
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);
    const status = page.getByTestId('volunteer-status');
    await expect.poll(() => status.textContent()).toContain(ja.participation.status_active);
    expect(await status.textContent()).not.toContain(ja.participation.status_applicant);
    const registration = page.getByRole('region', { name: ja.volunteers.sections.registration, exact: true });
    expect(await registration.textContent()).toContain(coordinatorName);
    expect(await registration.textContent()).not.toContain(ja.volunteers.not_verified);

    const enrol = page.getByTestId('insurance-enroll-form');
    await enrol.getByLabel(ja.volunteers.columns.plan, { exact: true }).selectOption({ label: '基本プラン' });
    await enrol.getByRole('button', { name: ja.volunteers.enroll }).click();
    const enrolled = ja.volunteers.enrolled
      .replace('{name}', NEWCOMER.name)
      .replace('{plan}', '基本プラン')
      .split('{from}')[0];
    await expect.poll(() => page.getByText(enrolled).count()).toBe(1);
    await expectAccessible(page, 'volunteer profile after verifying and enrolling');

    // Cover starts tomorrow, so the proof is in the policy year's roster, not in today's badge.
    await page.getByTestId('nav-insurance').click();
    await page.waitForURL('**/insurance');
    await page.getByTestId('insurance-tab-roster').click();
    await page.getByTestId('policy-year').selectOption(String(policyYearOfTomorrowInTokyo()));
    const rosterRow = page.getByTestId('insurance-roster-row').filter({ hasText: NEWCOMER.name });
    await expect.poll(() => rosterRow.count()).toBe(1);
    expect(await rosterRow.textContent()).toContain('基本プラン');
  });

  it('warns of a likely duplicate in assisted registration, then registers someone else on their behalf', async () => {
    await page.getByTestId('nav-volunteers').click();
    await page.waitForURL('**/volunteers');
    await page.getByTestId('register-volunteer').click();
    await page.waitForURL('**/volunteers/new');
    const form = page.getByTestId('volunteer-form');
    await expect.poll(() => heading(page)).toBe(ja.volunteers.new_title);
    await expectAccessible(page, 'assisted registration form');

    const name = form.getByLabel(ja.volunteers.fields.name, { exact: true });
    const reading = form.getByLabel(optional(ja.volunteers.fields.name_reading), { exact: true });
    const birthDate = form.getByLabel(optional(ja.volunteers.fields.birth_date), { exact: true });
    const phone = form.getByLabel(optional(ja.volunteers.fields.phone), { exact: true });
    await name.fill('松本 フミ');
    await reading.fill('まつもと ふみ');
    await birthDate.fill('1941-09-03');
    await page.getByTestId('volunteer-submit').click();

    const duplicates = page.getByTestId('duplicate-candidates');
    await expect.poll(() => duplicates.count()).toBe(1);
    const existing = duplicates.locator('tbody tr').filter({ hasText: '松本 フミ' });
    expect(await existing.count()).toBe(1);
    expect(await existing.textContent()).toContain(ja.volunteers.duplicate_reasons.reading_and_birth_date);
    expect(page.url()).toMatch(/\/volunteers\/new$/);
    await expectAccessible(page, 'assisted registration with the duplicate warning');

    // Someone else, who called the center: a different name, reading, birth date and phone.
    await name.fill('村上 トメ');
    await reading.fill('むらかみ とめ');
    await birthDate.fill('1938-05-20');
    await phone.fill('03-6666-4102');
    await form.getByTestId('consent-contact').check();
    await page.getByTestId('volunteer-submit').click();
    await page.waitForURL(PROFILE_URL);
    await expect.poll(() => heading(page)).toBe('村上 トメ');
    // The new record's registration number stands under the name, six digits.
    expect(await page.locator('main').textContent()).toMatch(
      new RegExp(ja.volunteers.registration_number.replace('{number}', '\\d{6}')),
    );
    const registration = page.getByRole('region', { name: ja.volunteers.sections.registration, exact: true });
    await expect.poll(() => registration.textContent()).toContain(ja.participation.registered_via_on_behalf_of);
    expect(await registration.textContent()).toContain(coordinatorName);
    expect(await page.getByTestId('consent-row-contact').textContent()).toContain(
      ja.volunteers.consent_recorded_by.replace('{name}', coordinatorName),
    );
    await expectAccessible(page, 'profile of a volunteer registered on their behalf');
  });

  it('lets the coordinator record a period away and a daily digest of e-mail, refusing a period that ends before it starts', async () => {
    await expect.poll(() => heading(page)).toBe('村上 トメ');
    await page.getByTestId('edit').click();
    const form = page.getByTestId('volunteer-form');
    await expect.poll(() => form.count()).toBe(1);

    // Contacted by phone, so the digest of e-mail is not offered until e-mail is chosen.
    // Not scoped to the form: flip looks for the label that holds it from the page.
    const digest = page.getByTestId('mail-digest');
    expect(await digest.isDisabled()).toBe(true);
    await form.getByLabel(optional(ja.volunteers.fields.email), { exact: true }).fill('tome.murakami@example.jp');
    await form.getByLabel(ja.volunteers.fields.preferred_channel, { exact: true }).selectOption('email');
    await expect.poll(() => digest.isDisabled()).toBe(false);
    await flip(digest);
    await expect.poll(() => digest.isChecked()).toBe(true);

    expect(await form.getByText(ja.volunteers.exceptions_none, { exact: true }).count()).toBe(1);
    await form.getByTestId('exception-add').click();
    const away = form.getByTestId('exception-row');
    await expect.poll(() => away.count()).toBe(1);
    const from = away.getByLabel(ja.volunteers.fields.exception_from, { exact: true });
    const to = away.getByLabel(ja.volunteers.fields.exception_to, { exact: true });
    await from.fill('2026-08-16');
    await to.fill('2026-08-10');
    await away.getByLabel(optional(ja.volunteers.fields.exception_note), { exact: true }).fill('お盆で帰省');
    await page.getByTestId('volunteer-submit').click();
    await expect.poll(() => form.getByText(ja.validation.date_range, { exact: true }).count()).toBe(1);
    expect(await form.count()).toBe(1);
    await expectAccessible(page, 'volunteer edit form with a period that ends before it starts');

    await from.fill('2026-08-10');
    await to.fill('2026-08-16');
    await page.getByTestId('volunteer-submit').click();
    await expect.poll(() => form.count()).toBe(0);

    const contact = page.getByRole('region', { name: ja.volunteers.sections.contact, exact: true });
    expect(await contact.textContent()).toContain('tome.murakami@example.jp');
    expect(await contact.textContent()).toContain(ja.volunteers.mail_digest_on);
    const availability = page.getByRole('region', { name: ja.volunteers.sections.availability, exact: true });
    const period = ja.volunteers.period.replace('{from}', '2026/08/10').replace('{to}', '2026/08/16');
    expect(await availability.textContent()).toContain(ja.volunteers.availability_exceptions);
    expect(await availability.textContent()).toContain(`${period} お盆で帰省`);
    await expectAccessible(page, 'volunteer profile with a period away and a daily digest');

    // Reopened, the form holds what was saved.
    await page.getByTestId('edit').click();
    await expect.poll(() => form.count()).toBe(1);
    expect(await digest.isChecked()).toBe(true);
    expect(await from.inputValue()).toBe('2026-08-10');
    expect(await to.inputValue()).toBe('2026-08-16');
    await form.getByRole('button', { name: ja.common.actions.cancel, exact: true }).click();
    await expect.poll(() => form.count()).toBe(0);
  });

  it('previews a Shift_JIS roster with an era date and a bad date, imports the good row, and finds the person', async () => {
    await page.getByTestId('nav-volunteers').click();
    await page.waitForURL('**/volunteers');
    await page.getByTestId('import-volunteers').click();
    await page.waitForURL('**/volunteers/import');
    await expect.poll(() => heading(page)).toBe(ja.volunteers.import_title);
    await expectAccessible(page, 'import page');

    // 﨑 exists only in CP932 (the NEC/IBM extensions), not in plain Shift_JIS.
    const csv = iconv.encode(
      [
        '氏名,ふりがな,生年月日,電話',
        '山﨑 ミツ子,やまさき みつこ,昭和30年1月2日,03-6666-8801',
        '石田 ゲン,いしだ げん,昭和35年2月30日,03-6666-8802',
        '',
      ].join('\r\n'),
      'cp932',
    );
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(csv)).toThrow();
    const form = page.getByTestId('import-form');
    await form.locator('input[type="file"]').setInputFiles({ name: '名簿.csv', mimeType: 'text/csv', buffer: csv });
    await expect.poll(() => page.getByTestId('import-file').textContent()).toContain('名簿.csv');
    await page.getByTestId('import-check').click();

    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.count()).toBe(1);
    expect(await preview.textContent()).toContain(
      ja.volunteers.import_detected_encoding.replace('{encoding}', ja.volunteers.encodings.cp932),
    );
    expect(await preview.getByTestId('import-counts').locator('dd').allTextContents()).toEqual(['1件', '0件', '1件']);
    const rows = preview.getByTestId('import-row');
    expect(await rows.count()).toBe(2);
    const [good, bad] = await rows.allTextContents();
    expect(good).toContain(ja.volunteers.import_actions.create);
    expect(good).toContain('山﨑 ミツ子');
    expect(bad).toContain(ja.volunteers.import_actions.reject);
    expect(bad).toContain('石田 ゲン');
    expect(bad).toContain(
      ja.volunteers.import_issue
        .replace('{column}', ja.participation.csv_birth_date)
        .replace('{message}', ja.validation.date),
    );
    await expectAccessible(page, 'import preview');

    await page.getByTestId('import-commit').click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.getByTestId('import-counts').locator('dd').allTextContents()).toEqual(['1件', '0件', '1件']);
    await expectAccessible(page, 'import result');

    await result.getByTestId('import-back').click();
    await page.waitForURL('**/volunteers');
    const search = page.getByTestId('volunteer-search');
    const found = page.getByTestId('volunteer-row');
    // The rejected row was not written (its phone number is found nowhere)...
    await search.fill('03-6666-8802');
    await expect.poll(() => page.getByText(ja.volunteers.empty, { exact: true }).count()).toBe(1);
    // ...and the good one was.
    await search.fill('やまさき');
    await expect.poll(() => found.allTextContents()).toEqual([expect.stringContaining('山﨑 ミツ子')]);
    expect(await found.textContent()).toContain(ja.participation.registered_via_import);
    await found.getByRole('link', { name: '山﨑 ミツ子' }).click();
    await page.waitForURL(PROFILE_URL);
    await expect.poll(() => heading(page)).toBe('山﨑 ミツ子');
    // 昭和30年1月2日 is 2 January 1955.
    expect(await page.getByRole('main').textContent()).toContain('1955/01/02');
  });

  it('opens the insurance pages and the participation settings for the coordinator', async () => {
    await page.getByTestId('nav-insurance').click();
    await page.waitForURL('**/insurance');
    const plans = page.getByTestId('insurance-plan-row');
    await expect.poll(() => plans.count()).toBe(2);
    expect(await plans.allTextContents()).toEqual([
      expect.stringContaining('基本プラン'),
      expect.stringContaining('天災・地震補償プラン'),
    ]);
    await expectAccessible(page, 'insurance plans');

    await page.getByTestId('insurance-tab-roster').click();
    await expect.poll(() => page.getByTestId('insurance-roster-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'insurance roster');

    await page.getByTestId('insurance-tab-renewals').click();
    await page.waitForURL('**/insurance?tab=renewals');
    await expect
      .poll(
        async () =>
          (await page.getByTestId('insurance-renewals-table').count()) +
          (await page.getByText(ja.insurance.renewals.empty, { exact: true }).count()),
      )
      .toBe(1);
    await expectAccessible(page, 'insurance renewals');

    await page.getByTestId('nav-participation-settings').click();
    await page.waitForURL('**/participation-settings');
    // A coordinator reads the rules (administrators change them) and keeps the skills.
    await expect.poll(() => page.getByTestId('participation-settings-view').count()).toBe(1);
    // The daily digest goes out at 08:00 unless an administrator changes it.
    expect(await page.getByTestId('participation-settings-view').textContent()).toContain(
      `${ja.registration.settings.digest_hour}08:00`,
    );
    expect(await page.getByTestId('join-link').inputValue()).toBe(`${musubi.baseUrl}/join/${orgId}`);
    await expect.poll(() => page.getByTestId('skill-row').count()).toBe(7);
    expect(await page.getByTestId('add-skill').count()).toBe(1);
    await expectAccessible(page, 'participation settings');
  });

  it('shows a volunteer’s participation record and the list of lapsed volunteers to call', async () => {
    await page.getByTestId('nav-volunteers').click();
    await page.waitForURL('**/volunteers');
    await page.getByTestId('lapsed-volunteers').click();
    await page.waitForURL('**/volunteers/lapsed');
    await expect.poll(() => heading(page)).toBe(ja.volunteers.lapsed.title);
    // The demo registers everyone this year, so nobody has lapsed yet.
    await expect.poll(() => page.getByText(ja.volunteers.lapsed.empty, { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'lapsed volunteers');

    await page.goBack();
    await page.waitForURL('**/volunteers');
    await page.getByTestId('volunteer-row').first().getByRole('link').first().click();
    await page.waitForURL(PROFILE_URL);
    const participation = page.getByTestId('participation');
    await expect.poll(() => participation.textContent()).toContain(ja.volunteers.participation.next_milestone);
    await expectAccessible(page, 'volunteer profile with participation');
  });
});
