import { CATALOGS } from '@musubi/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './support/browser';
import { heading, sessionOf } from './support/demo-session';
import { FakeCamera } from './support/fake-camera';
import { type RunningMusubi, startMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;
const att = ja.attendance;

/** The hub center's coordinator runs the site screen, the kiosk and the approval queue. */
const COORDINATOR = 'coordinator@musubino.example.org';
/** A volunteer registered at the hub center. */
const VOLUNTEER = 'volunteer@musubino.example.org';

/** The QR code a page shows right now (the code's text is on the drawing, for tests and support staff). */
const shownCode = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-code');

describe('attendance: QR check-in with the camera, a kiosk offline, approval in bulk', () => {
  let musubi: RunningMusubi;
  let camera: FakeCamera;
  let browser: Browser;
  let coordinatorContext: BrowserContext;
  let coordinator: Page;
  let volunteer: Page;
  let screen: Page;
  let kioskSite: string;
  let volunteerName: string;
  let hubId: string;

  beforeAll(async () => {
    musubi = await startMusubi({ demo: true });
    camera = new FakeCamera();
    browser = await launchBrowser(camera.chromiumArgs);
    coordinatorContext = await browser.newContext({ locale: 'ja-JP', permissions: ['camera'] });
    coordinator = await coordinatorContext.newPage();
    await signInAsDemo(coordinator, musubi.baseUrl, COORDINATOR);
    hubId = (await sessionOf(coordinator)).activeOrgId ?? '';
    const volunteerContext = await browser.newContext({ locale: 'ja-JP', permissions: ['camera'] });
    volunteer = await volunteerContext.newPage();
    await signInAsDemo(volunteer, musubi.baseUrl, VOLUNTEER);
  });
  afterAll(async () => {
    await browser?.close();
    await musubi?.close();
    camera?.close();
  });

  /** Starts the page's camera with the fake camera showing `code`, and waits until the page has read it. */
  async function scanWithCamera(page: Page, code: string, readIndicator: () => Promise<boolean>) {
    camera.showQrCode(code);
    await page.getByTestId('camera-start').click();
    await expect.poll(readIndicator, { timeout: 20_000 }).toBe(true);
  }

  it('opens a rotating site screen for an activity, its code signed ahead for offline use', async () => {
    await coordinator.getByTestId('nav-attendance').click();
    await coordinator.waitForURL('**/attendance');
    await expect.poll(() => heading(coordinator)).toBe(att.approval.title);
    await expectAccessible(coordinator, 'approval queue');

    await coordinator.getByRole('link', { name: att.sites.title }).click();
    await coordinator.waitForURL('**/attendance/sites');
    const rows = coordinator.getByTestId('site-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await expectAccessible(coordinator, 'check-in sites');

    // The printable poster: the activity's fixed code, on a page of its own.
    await rows.first().getByTestId('open-poster').click();
    await coordinator.waitForURL('**/poster');
    await expect.poll(() => shownCode(coordinator, 'poster-qr')).toMatch(/^M1\.P\./);
    await expectAccessible(coordinator, 'printable poster');
    await coordinator.goBack();
    await coordinator.waitForURL('**/attendance/sites');

    // The screen runs on its own page (a tablet at the site's entrance).
    const siteTitle = (await rows.first().locator('td').first().textContent()) ?? '';
    screen = await coordinatorContext.newPage();
    const screenHref = (await rows.first().getByTestId('open-screen').getAttribute('href')) ?? '';
    kioskSite = ((await rows.nth(1).getByTestId('open-screen').getAttribute('href')) ?? '').split('/')[3];
    await screen.goto(`${musubi.baseUrl}${screenHref}`);
    await expect.poll(() => heading(screen)).toBe(siteTitle);
    await expect.poll(() => shownCode(screen, 'site-qr')).toMatch(/^M1\.S\./);
    await expectAccessible(screen, 'site screen');

    // Signed codes for the next steps are already on the page: it keeps rotating without a connection.
    await screen.context().setOffline(true);
    const before = await shownCode(screen, 'site-qr');
    await expect.poll(() => shownCode(screen, 'site-qr'), { timeout: 35_000, interval: 500 }).not.toBe(before);
    expect(await screen.getByTestId('codes-ran-out').count()).toBe(0);

    // The installed app's shell comes from the service worker while offline (the API never does).
    expect(await screen.evaluate(() => navigator.serviceWorker.ready.then((ready) => ready.active !== null))).toBe(
      true,
    );
    const shell = await coordinatorContext.newPage();
    const offlineLoad = await shell.goto(`${musubi.baseUrl}/kiosk`);
    expect(offlineLoad?.fromServiceWorker()).toBe(true);
    // Opened without a connection, the page still knows who is signed in (remembered on this device).
    await expect.poll(() => heading(shell)).toBe(att.kiosk.title);
    await shell.close();
    await screen.context().setOffline(false);
  });

  it('checks the volunteer in and out by scanning the screen with the phone camera', async () => {
    await volunteer.goto(`${musubi.baseUrl}/check-in`);
    await expect.poll(() => heading(volunteer)).toBe(att.check_in.title);
    await expectAccessible(volunteer, 'check-in page');

    for (const action of ['in', 'out'] as const) {
      const code = (await shownCode(screen, 'site-qr')) ?? '';
      await scanWithCamera(volunteer, code, async () => (await volunteer.getByTestId('code-read').count()) === 1);
      await expectAccessible(volunteer, `check-in page, code read (${action})`);
      await volunteer.getByTestId(`clock-${action}`).click();
      const answer = volunteer.getByTestId('scan-answer');
      await expect.poll(() => answer.getAttribute('data-result')).toBe('accepted');
      const title = await heading(screen);
      expect(await answer.textContent()).toContain(title);
      camera.showBlank();
    }
    const row = volunteer.getByTestId('my-attendance-row').first();
    await expect.poll(() => row.textContent()).toContain((await heading(screen)) ?? '');
    expect(await volunteer.getByTestId('pending-count').getAttribute('data-count')).toBe('0');
    await expectAccessible(volunteer, 'check-in page after checking out');
  });

  it('shows the volunteer’s personal code for a kiosk', async () => {
    await volunteer.getByTestId('my-code-link').click();
    await volunteer.waitForURL('**/me/code');
    await expect.poll(() => heading(volunteer)).toBe(att.my_code.title);
    // One code per organization the person volunteers for; the kiosk below is the hub center's.
    const hubCode = volunteer.locator(`[data-testid="personal-code"][data-org="${hubId}"]`);
    await expect.poll(() => hubCode.count()).toBe(1);
    volunteerName = (await hubCode.getByTestId('personal-code-name').textContent()) ?? '';
    expect(volunteerName).not.toBe('');
    await expectAccessible(volunteer, 'my QR code');
  });

  it('keeps scanning at the kiosk without a connection and sends the scans once back online', async () => {
    await coordinator.getByTestId('nav-kiosk').click();
    await coordinator.waitForURL('**/kiosk');
    await expect.poll(() => heading(coordinator)).toBe(att.kiosk.title);
    await coordinator.getByTestId('kiosk-activity').selectOption(kioskSite);
    await coordinator.getByTestId('clock-in').click();
    await expectAccessible(coordinator, 'kiosk');

    await coordinatorContext.setOffline(true);
    await expect.poll(() => coordinator.getByTestId('connection-state').getAttribute('data-online')).toBe('false');
    const personalCode =
      (await volunteer
        .locator(`[data-testid="personal-code"][data-org="${hubId}"]`)
        .getByTestId('personal-qr')
        .getAttribute('data-code')) ?? '';
    await scanWithCamera(
      coordinator,
      personalCode,
      async () => (await coordinator.getByTestId('pending-count').getAttribute('data-count')) === '1',
    );
    // Held in front of the camera, the card is read once, not once per frame.
    await coordinator.getByTestId('camera-stop').click();
    camera.showBlank();
    expect(await coordinator.getByTestId('pending-count').getAttribute('data-count')).toBe('1');
    expect(await coordinator.getByTestId('kiosk-answer').count()).toBe(0);
    await expectAccessible(coordinator, 'kiosk offline with a scan waiting');

    // Back online, the queue sends the scan by itself (the browser's online event).
    await coordinatorContext.setOffline(false);
    const answer = coordinator.getByTestId('kiosk-answer');
    await expect.poll(() => answer.count()).toBe(1);
    expect(await answer.getAttribute('data-result')).toBe('accepted');
    expect(await answer.textContent()).toContain(volunteerName);
    await expect.poll(() => coordinator.getByTestId('pending-count').getAttribute('data-count')).toBe('0');
  });

  it('records attendance for someone without a phone, then approves the day’s pending attendance in bulk', async () => {
    await coordinator.getByTestId('nav-attendance').click();
    await coordinator.waitForURL('**/attendance');
    const rows = coordinator.getByTestId('record-row');

    // Assisted entry: the coordinator records an early morning for a volunteer without a phone.
    await coordinator.getByTestId('record-on-behalf').click();
    const form = coordinator.getByTestId('on-behalf-form');
    await expect.poll(() => form.count()).toBe(1);
    await form.getByTestId('on-behalf-search').fill('佐藤');
    const choice = form.getByTestId('on-behalf-volunteer').first();
    await expect.poll(() => form.getByTestId('on-behalf-volunteer').count()).toBeGreaterThan(0);
    await choice.check();
    const choiceId = (await choice.getAttribute('id')) ?? '';
    const assisted = (await form.locator(`label[for="${choiceId}"]`).textContent()) ?? '';
    expect(assisted).toContain('佐藤');
    await form.getByTestId('on-behalf-activity').selectOption(kioskSite);
    // Today's early morning, or yesterday's while today's has not passed yet (a clock-out in the future is refused).
    const morning = new Date();
    if (morning.getHours() < 1) morning.setDate(morning.getDate() - 1);
    const day = `${morning.getFullYear()}-${String(morning.getMonth() + 1).padStart(2, '0')}-${String(morning.getDate()).padStart(2, '0')}`;
    await form.getByTestId('on-behalf-clock-in').fill(`${day}T00:10`);
    await form.getByTestId('on-behalf-clock-out').fill(`${day}T00:40`);
    await expectAccessible(coordinator, 'record for someone dialog');
    await form.getByTestId('on-behalf-submit').click();
    await expect.poll(() => form.count()).toBe(0);

    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const mine = rows.filter({ hasText: volunteerName });
    await expect.poll(() => mine.count()).toBeGreaterThan(0);
    expect(await coordinator.getByTestId('flag-legend').count()).toBe(1);
    await expectAccessible(coordinator, 'approval queue with pending records');

    const pending = await rows.count();
    const chosenIds = await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-id')));
    await coordinator.getByTestId('select-all').check();
    await expect
      .poll(() => coordinator.getByTestId('selected-count').textContent())
      .toBe(att.approval.selected.replace('{count}', String(pending)));
    await coordinator.getByTestId('bulk-approve').click();
    const dialog = coordinator.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('bulk-reason').fill('当日の活動を確認済み');
    await expectAccessible(coordinator, 'bulk approval dialog');
    await dialog.getByTestId('bulk-confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => rows.count()).toBe(0);

    // Every record chosen is approved now, each with the reason given once for all.
    await coordinator.getByTestId('filter-status').selectOption('approved');
    const approved = coordinator.getByTestId('record-row');
    await expect.poll(() => approved.count()).toBeGreaterThan(0);
    for (const id of chosenIds) {
      const row = coordinator.locator(`[data-testid="record-row"][data-id="${id}"]`);
      expect(await row.getAttribute('data-status')).toBe('approved');
      expect(await row.textContent()).toContain('当日の活動を確認済み');
    }
    expect(await approved.filter({ hasText: volunteerName }).count()).toBeGreaterThan(0);
    // The assisted entry says who recorded it.
    const recordedBy = att.approval.recorded_by.replace('{name}', '');
    expect(await approved.filter({ hasText: assisted }).filter({ hasText: recordedBy }).count()).toBeGreaterThan(0);
    await expectAccessible(coordinator, 'approved records');
  });
});
