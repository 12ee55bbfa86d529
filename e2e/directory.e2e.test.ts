import fs from 'node:fs/promises';
import { CATALOGS } from '@musubi/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { type DemoSession, heading, openCouncilCoordinatorSession } from './support/demo-session';

const ja = CATALOGS.ja;
const DESK = '外国人相談窓口';
const ASSOCIATION = '結び野市国際交流協会';
/** The service the coordinator adds: on the 2nd and 4th Sunday, in Vietnamese and Nepali. */
const NEW_SERVICE = '通訳付き 子育て相談会';

interface HsdsSchedule {
  freq: string;
  byday: string;
  opens_at: string;
  closes_at: string;
}
interface HsdsService {
  id: string;
  name: string;
  languages: { code: string }[];
  schedules: HsdsSchedule[];
  service_at_locations: { location_id: string }[];
  attributes: { value: string; taxonomy_term: { taxonomy: string } }[];
}
interface HsdsOrganization {
  id: string;
  name: string;
  services: HsdsService[];
  locations: { id: string; name: string; addresses: { region?: string }[] }[];
}

const cards = (page: Page) => page.getByTestId('directory-service');
const cardNames = (page: Page) => cards(page).getByRole('heading').allTextContents();

describe('the community resource directory (in Japanese)', () => {
  let session: DemoSession;
  let page: Page;
  let exported: string;

  beforeAll(async () => {
    session = await openCouncilCoordinatorSession();
    page = session.page;
  });
  afterAll(() => session?.close());

  it('finds a service open on Tuesdays in Vietnamese, with its hours in words', async () => {
    await page.getByTestId('nav-directory').click();
    await page.waitForURL('**/directory');
    await expect.poll(() => heading(page)).toBe(ja.directory.title);
    await expect.poll(() => cards(page).count()).toBeGreaterThan(15);
    await expectAccessible(page, 'directory');

    await page.getByTestId('directory-open-on').selectOption('TU');
    await page.getByTestId('directory-language').selectOption('vi');
    await expect.poll(() => cardNames(page)).toEqual([DESK]);
    await page.waitForURL(/openOn=TU/);
    const card = cards(page).first();
    const hours = await card.getByTestId('hours').textContent();
    expect(hours).toContain('毎週 火曜日、木曜日 13:00〜17:00');
    expect(hours).toContain('毎月 第1土曜日 10:00〜13:00');
    expect(await card.getByTestId('directory-service-languages').textContent()).toContain(ja.participation.language_vi);
    expect(await card.textContent()).toContain(ja.directory.categories.multicultural);
    await expectAccessible(page, 'directory filtered by weekday and language');

    // Words narrow it too, and a weekday nobody opens on says so.
    await page.getByTestId('directory-language').selectOption('');
    await page.getByTestId('directory-search').fill('こども食堂');
    await page.getByTestId('directory-open-on').selectOption('SA');
    await expect.poll(() => cardNames(page)).toEqual(['こども食堂（昼ごはん）']);
    expect(await cards(page).first().getByTestId('hours').textContent()).toContain('毎月 第2土曜日、第4土曜日');
    await page.getByTestId('directory-open-on').selectOption('SU');
    await expect.poll(() => page.getByText(ja.directory.search.empty).count()).toBe(1);
  });

  it('opens the entry of the organization with its services, places and hours', async () => {
    await page.getByTestId('directory-search').fill('');
    await page.getByTestId('directory-open-on').selectOption('TU');
    await page.getByTestId('directory-language').selectOption('vi');
    await expect.poll(() => cardNames(page)).toEqual([DESK]);
    await cards(page).first().getByTestId('directory-service-organization').click();
    await page.waitForURL(/\/directory\/organizations\/[0-9a-f-]{36}$/);
    await expect.poll(() => heading(page)).toBe(ASSOCIATION);
    const services = page.getByRole('region', { name: ja.directory.organization.services, exact: true });
    await expect.poll(() => services.getByTestId('directory-service').count()).toBe(2);
    const place = page.getByTestId('directory-location');
    expect(await place.textContent()).toContain('本町地区');
    expect(await place.textContent()).toContain('エレベーターあり');
    await expectAccessible(page, 'directory entry');
  });

  it('adds a service with monthly opening hours, refusing closing before opening', async () => {
    await page.getByTestId('directory-add-service').click();
    await page.waitForURL(/\/services\/new$/);
    await expect.poll(() => heading(page)).toBe(ja.directory.form.new_service_title);
    const form = page.getByTestId('directory-service-form');
    await form.getByLabel(ja.directory.form.name, { exact: true }).fill(NEW_SERVICE);
    // A chip's input is hidden under its label: tap the label, as a person does.
    await form.getByText(ja.directory.categories.child_family, { exact: true }).click();
    await form.getByText(ja.directory.categories.multicultural, { exact: true }).click();
    const languages = form.getByTestId('directory-service-languages');
    for (const language of [ja.participation.language_vi, ja.participation.language_ne]) {
      await languages.click();
      await page.getByRole('option', { name: language, exact: true }).click();
    }
    await page.keyboard.press('Escape');
    await form.getByLabel(/結び野市民プラザ 2階 国際交流サロン/).check();

    await form.getByTestId('schedule-add').click();
    const row = form.getByTestId('schedule-row');
    await row.getByTestId('schedule-monthly').check();
    await row.getByTestId('schedule-week-2').check();
    await row.getByTestId('schedule-week-4').check();
    await row.getByTestId('schedule-day-SU').check();
    await row.getByTestId('schedule-opens-at').fill('13:00');
    await row.getByTestId('schedule-closes-at').fill('10:00');
    await expectAccessible(page, 'new service form');
    await form.getByTestId('directory-service-submit').click();
    await expect.poll(() => row.getByText(ja.validation.time_range).count()).toBe(1);
    expect(page.url()).toMatch(/\/services\/new$/);

    await row.getByTestId('schedule-opens-at').fill('10:00');
    await row.getByTestId('schedule-closes-at').fill('12:00');
    await form.getByTestId('directory-service-submit').click();
    await page.waitForURL(/\/directory\/organizations\/[0-9a-f-]{36}$/);
    const added = page.getByTestId('directory-service').filter({ hasText: NEW_SERVICE });
    await expect.poll(() => added.count()).toBe(1);
    expect(await added.getByTestId('hours').textContent()).toContain('毎月 第2日曜日、第4日曜日 10:00〜12:00');
    expect(await added.getByTestId('directory-service-languages').textContent()).toContain(
      ja.participation.language_ne,
    );
    await expectAccessible(page, 'directory entry with the new service');

    // Sundays had nothing a moment ago; now the new service is there.
    await page.getByTestId('nav-directory').click();
    await page.getByTestId('directory-language').selectOption('');
    await page.getByTestId('directory-open-on').selectOption('SU');
    await expect.poll(() => cardNames(page)).toEqual([NEW_SERVICE]);
  });

  it('exports the directory as HSDS 3.0 JSON with the new service and its RFC 5545 hours', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('directory-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^directory-hsds-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await fs.readFile((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { total_items: number; contents: HsdsOrganization[] };
    expect(file.total_items).toBe(file.contents.length);
    expect(file.contents.length).toBeGreaterThanOrEqual(15);
    const association = file.contents.find((organization) => organization.name === ASSOCIATION)!;
    const service = association.services.find((candidate) => candidate.name === NEW_SERVICE)!;
    expect(service.schedules).toEqual([
      expect.objectContaining({ freq: 'MONTHLY', byday: '2SU,4SU', opens_at: '10:00+09:00', closes_at: '12:00+09:00' }),
    ]);
    expect(service.languages.map((language) => language.code)).toEqual(['vi', 'ne']);
    expect(service.attributes.map((attribute) => attribute.value).sort()).toEqual(['child_family', 'multicultural']);
    const salon = association.locations.find((location) => location.name.includes('国際交流サロン'))!;
    expect(salon.addresses[0].region).toBe('本町地区');
    expect(service.service_at_locations).toEqual([expect.objectContaining({ location_id: salon.id })]);
  });

  it('imports the same file again as a preview of updates, and writes nothing new', async () => {
    await page.getByTestId('directory-import').click();
    await page.waitForURL('**/directory/import');
    await expect.poll(() => heading(page)).toBe(ja.directory.import.title);
    await expectAccessible(page, 'directory import');
    const form = page.getByTestId('directory-import-form');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: '地域資源.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await form.getByTestId('directory-import-check').click();
    const preview = page.getByTestId('directory-import-preview');
    await expect.poll(() => preview.count()).toBe(1);
    const counts = await page.getByTestId('directory-import-counts').textContent();
    expect(counts).toContain(`${ja.directory.import.counts.create}0件`);
    expect(counts).not.toContain(`${ja.directory.import.counts.update}0件`);
    expect(counts).toContain(`${ja.directory.import.counts.reject}0件`);
    await expectAccessible(page, 'directory import preview');

    await page.getByTestId('directory-import-commit').click();
    await expect.poll(() => page.getByTestId('directory-import-result').count()).toBe(1);
    await expectAccessible(page, 'directory import done');
    await page.getByTestId('nav-directory').click();
    await page.getByTestId('directory-search').fill(NEW_SERVICE);
    await expect.poll(() => cardNames(page)).toEqual([NEW_SERVICE]);
  });
});
