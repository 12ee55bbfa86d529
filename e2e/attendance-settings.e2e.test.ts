import {
  CATALOGS,
  type TAttendancePlaceListResponse,
  type TAttendanceSettings,
  type TAttendanceSiteListResponse,
} from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './support/browser';
import { heading, sessionOf } from './support/demo-session';
import { type RunningMusubi, startMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;
const att = ja.attendance;

/** The hub center's coordinator sets the attendance rules and the check-in sites. */
const COORDINATOR = 'coordinator@musubino.example.org';

/** What the server holds now, read as the page's own session reads it. */
const apiGet = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate((url) => fetch(url).then((response) => response.json()), path);

/** An ICU message with its arguments filled in (the plain ones these tests need). */
const fill = (message: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)), message);

describe('attendance settings: the rules, an activity’s geofence and its places', () => {
  let musubi: RunningMusubi;
  let browser: Browser;
  let page: Page;
  let orgPath: string;
  /** Every write the page sends to the attendance API (a refused form must send none). */
  const writes: string[] = [];

  beforeAll(async () => {
    musubi = await startMusubi({ demo: true });
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(page, musubi.baseUrl, COORDINATOR);
    orgPath = `/api/v1/organizations/${(await sessionOf(page)).activeOrgId}/attendance`;
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/attendance/')) {
        writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await musubi?.close();
  });

  it('changes the rules, refuses an out-of-range one with a translated message, and keeps them after a reload', async () => {
    await page.getByTestId('nav-attendance').click();
    await page.waitForURL('**/attendance');
    await page.getByRole('link', { name: att.sites.title }).click();
    await page.waitForURL('**/attendance/sites');
    await page.getByTestId('open-attendance-settings').click();
    await page.waitForURL('**/attendance/settings');
    await expect.poll(() => heading(page)).toBe(att.settings.title);
    const form = page.getByTestId('attendance-settings-form');
    const tolerance = page.getByLabel(att.settings.tolerance);
    const dailyMax = page.getByLabel(att.settings.daily_max);
    const creditEarly = page.getByRole('switch', { name: att.settings.credit_before_start });
    // The form starts from the rules the server holds (the demo's own).
    const before = await apiGet<TAttendanceSettings>(page, `${orgPath}/settings`);
    expect(before.dailyMaxMinutes).not.toBeNull();
    await expect.poll(() => tolerance.inputValue()).toBe(String(before.autoApproveToleranceMinutes));
    expect(await dailyMax.inputValue()).toBe(String(before.dailyMaxMinutes));
    expect(await creditEarly.isChecked()).toBe(before.creditBeforeShiftStart);
    await expectAccessible(page, 'attendance rules');

    // Over the contract's maximum: the message is Japanese, on that input, and nothing is sent.
    await tolerance.fill('300');
    await page.getByTestId('attendance-settings-save').click();
    const tooBig = fill(ja.validation.too_big_number, { maximum: 240 });
    await expect.poll(() => form.getByText(tooBig, { exact: true }).count()).toBe(1);
    expect(await tolerance.getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);
    expect(await apiGet<TAttendanceSettings>(page, `${orgPath}/settings`)).toEqual(before);
    await expectAccessible(page, 'attendance rules with an error');

    await tolerance.fill('25');
    await dailyMax.fill('');
    await creditEarly.setChecked(!before.creditBeforeShiftStart);
    await page.getByTestId('attendance-settings-save').click();
    await expect.poll(() => page.getByText(att.settings.saved).count()).toBe(1);
    expect(writes).toEqual([`PUT ${orgPath}/settings`]);
    expect(await apiGet<TAttendanceSettings>(page, `${orgPath}/settings`)).toEqual({
      ...before,
      creditBeforeShiftStart: !before.creditBeforeShiftStart,
      autoApproveToleranceMinutes: 25,
      dailyMaxMinutes: null,
    });
    await expectAccessible(page, 'attendance rules, saved');

    await page.reload();
    await expect.poll(() => tolerance.inputValue()).toBe('25');
    expect(await dailyMax.inputValue()).toBe('');
    expect(await creditEarly.isChecked()).toBe(!before.creditBeforeShiftStart);
  });

  it('sets an activity’s geofence and adds a place, refusing a too-small radius and a nameless place', async () => {
    writes.length = 0;
    const { sites } = await apiGet<TAttendanceSiteListResponse>(page, `${orgPath}/sites`);
    const site = sites.find((candidate) => candidate.hasLocation)!;
    expect(site).toBeDefined();
    await page.getByRole('link', { name: att.settings.back }).click();
    await page.waitForURL('**/attendance/sites');
    await page
      .getByRole('link', { name: fill(att.settings.site_open_for, { title: site.opportunityTitle }), exact: true })
      .click();
    await page.waitForURL(`**/attendance/sites/${site.opportunityId}/settings`);
    await expect.poll(() => heading(page)).toBe(fill(att.settings.site_title, { title: site.opportunityTitle }));
    const radius = page.getByTestId('geofence-radius');
    await expect.poll(() => radius.inputValue()).toBe(String(site.geofenceRadiusM ?? ''));
    await expect.poll(() => page.getByText(att.places.empty).count()).toBe(1);
    await expectAccessible(page, 'an activity’s location check and places');

    // A radius under 10 m: refused on the page with the contract's message, the server's value unchanged.
    const geofence = page.getByTestId('geofence-form');
    await radius.fill('5');
    await page.getByTestId('geofence-save').click();
    const tooSmall = fill(ja.validation.too_small_number, { minimum: 10 });
    await expect.poll(() => geofence.getByText(tooSmall, { exact: true }).count()).toBe(1);
    expect(writes).toEqual([]);

    await radius.fill('250');
    await page.getByTestId('geofence-save').click();
    await expect.poll(() => page.getByText(att.settings.geofence_saved).count()).toBe(1);
    const saved = await apiGet<TAttendanceSiteListResponse>(page, `${orgPath}/sites`);
    expect(saved.sites.find((s) => s.opportunityId === site.opportunityId)?.geofenceRadiusM).toBe(250);

    // A place without a name: the name is required, nothing is sent.
    const addPlace = page.getByTestId('add-place-form');
    await addPlace.getByTestId('place-radius').fill('120');
    await addPlace.getByTestId('place-save').click();
    await expect.poll(() => addPlace.getByText(ja.validation.required, { exact: true }).count()).toBe(1);
    expect(await addPlace.getByTestId('place-name').getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([`PUT ${orgPath}/sites/${site.opportunityId}`]);
    await expectAccessible(page, 'the place form with an error');

    await addPlace.getByTestId('place-name').fill('東口');
    await addPlace.getByTestId('place-lat').fill('35.6812');
    await addPlace.getByTestId('place-lng').fill('139.7671');
    await addPlace.getByTestId('place-save').click();
    const rows = page.getByTestId('place-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td').first().textContent()).toBe('東口');
    // The form is empty again, ready for the next place.
    expect(await addPlace.getByTestId('place-name').inputValue()).toBe('');
    const placesPath = `${orgPath}/sites/${site.opportunityId}/places`;
    const { places } = await apiGet<TAttendancePlaceListResponse>(page, placesPath);
    expect(places).toEqual([
      expect.objectContaining({ name: '東口', location: { lat: 35.6812, lng: 139.7671 }, geofenceRadiusM: 120 }),
    ]);
    await expectAccessible(page, 'an activity with a place');

    // Renaming it in the dialog.
    await rows.first().getByTestId('place-edit').click();
    const dialog = page.getByRole('dialog');
    const editForm = dialog.getByTestId('edit-place-form');
    await expect.poll(() => editForm.getByTestId('place-name').inputValue()).toBe('東口');
    await expectAccessible(page, 'editing a place');
    await editForm.getByTestId('place-name').fill('東口（正面玄関）');
    await editForm.getByTestId('place-save').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => rows.first().locator('td').first().textContent()).toBe('東口（正面玄関）');

    // After a reload the page shows what the server kept.
    await page.reload();
    await expect.poll(() => radius.inputValue()).toBe('250');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td').first().textContent()).toBe('東口（正面玄関）');
    expect(await rows.first().getByTestId('place-geofence').textContent()).toBe(
      fill(att.sites.radius, { meters: 120 }),
    );
    expect((await apiGet<TAttendancePlaceListResponse>(page, placesPath)).places[0]?.name).toBe('東口（正面玄関）');

    // The sites list shows the activity's new radius.
    await page.getByRole('link', { name: att.settings.back }).click();
    await page.waitForURL('**/attendance/sites');
    const row = page.getByTestId('site-row').filter({ hasText: site.opportunityTitle }).first();
    await expect.poll(() => row.textContent()).toContain(fill(att.sites.radius, { meters: 250 }));
    await expectAccessible(page, 'check-in sites with the settings links');

    // Turning the location check off again: the server keeps no radius, and the list says so.
    await row.getByTestId('open-site-settings').click();
    await page.waitForURL(`**/attendance/sites/${site.opportunityId}/settings`);
    await page.getByTestId('geofence-remove').click();
    await expect.poll(() => page.getByText(att.settings.geofence_removed).count()).toBe(1);
    await expect.poll(() => radius.inputValue()).toBe('');
    const removed = await apiGet<TAttendanceSiteListResponse>(page, `${orgPath}/sites`);
    expect(removed.sites.find((s) => s.opportunityId === site.opportunityId)?.geofenceRadiusM).toBeNull();
    await page.goBack();
    await expect.poll(() => row.textContent()).toContain(att.sites.no_geofence);
  });
});
