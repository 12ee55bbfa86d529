import fs from 'node:fs/promises';
import { CATALOGS, type TCatalogueItem } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, flip } from './support/browser';
import { type DemoSession, heading, openCouncilCoordinatorSession } from './support/demo-session';
import type { RunningMusubi } from './support/server';

const ja = CATALOGS.ja;
const optional = (label: string) => ja.common.optional.replace('{label}', label);

/** The demo's trial (体験) activities, one per organization that offers them. */
const TRIALS = ['【体験】駅前花壇の手入れ', 'ふれあい・いきいきサロンのお手伝い', '子ども食堂の調理・配膳'];
const SALON = 'ふれあい・いきいきサロンのお手伝い';

/** A newcomer who finds the salon on the public catalogue and signs up alone. */
const NEWCOMER = {
  name: '早川 みのり',
  reading: 'はやかわ みのり',
  email: 'minori.hayakawa@example.org',
  password: 'サロンでお茶をいれる午前',
};

/** A person without a smartphone, registered by the coordinator over the phone. */
const CALLER = { name: '柏木 サダ', reading: 'かしわぎ さだ', phone: '03-6666-5150' };

const UUID = '[0-9a-f-]{36}';

/** `2026-05-12T01:00:00.000Z` as iCalendar writes an instant in UTC: `20260512T010000Z`. */
const icalUtc = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

describe('activities: the public catalogue, signing up, assigning, and the calendar feed (in Japanese)', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let browser: Browser;
  /** The coordinator of the social welfare council's volunteer center. */
  let page: Page;
  /** The newcomer's own browser, in Tokyo, not signed in until they register. */
  let newcomer: Page;
  let orgName: string;
  /** The salon activity and the shift the newcomer signs up for. */
  let salonId: string;
  let shiftId: string;

  beforeAll(async () => {
    const opened = await openCouncilCoordinatorSession();
    session = opened;
    ({ musubi, browser, page } = opened);
    orgName = opened.council.orgName;
  });
  afterAll(() => session?.close());

  it('lets a newcomer find a trial activity, register with the organization, and sign up for its first date', async () => {
    newcomer = await (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
    await newcomer.goto(`${musubi.baseUrl}/catalogue`);
    const entries = newcomer.getByTestId('catalogue-entry');
    const titles = () => newcomer.getByTestId('catalogue-entry-link').allTextContents();
    await expect.poll(() => entries.count()).toBeGreaterThan(TRIALS.length);
    expect(await heading(newcomer)).toBe(ja.opportunities.catalogue.title);
    await expectAccessible(newcomer, 'catalogue');

    // The same activities on a map (no background tiles here): a named marker per place, then back to the list.
    await newcomer.getByTestId('view-map').click();
    const map = newcomer.getByRole('region', { name: ja.opportunities.catalogue.map_label });
    await expect.poll(() => map.locator('.leaflet-marker-icon[role="button"]').count()).toBeGreaterThan(0);
    expect(await map.getByRole('button', { name: SALON, exact: true }).count()).toBe(1);
    expect(await newcomer.getByTestId('catalogue-map-no-tiles').textContent()).toBe(
      ja.opportunities.catalogue.map_no_tiles,
    );
    await expectAccessible(newcomer, 'catalogue map');
    await newcomer.getByTestId('view-list').click();
    await expect.poll(() => entries.count()).toBeGreaterThan(TRIALS.length);

    // Trial activities only: the three of the demo, each marked 体験, and the filter kept in the address.
    await flip(newcomer.getByTestId('catalogue-trial'));
    await expect.poll(async () => (await titles()).sort()).toEqual([...TRIALS].sort());
    expect(await entries.getByTestId('badge-trial').allTextContents()).toEqual(
      TRIALS.map(() => ja.opportunities.badges.trial),
    );
    expect(new URL(newcomer.url()).searchParams.get('trial')).toBe('true');
    await expectAccessible(newcomer, 'catalogue of trial activities');

    await newcomer.getByTestId('catalogue-entry-link').filter({ hasText: SALON }).click();
    await newcomer.waitForURL(new RegExp(`/a/${UUID}$`));
    salonId = new URL(newcomer.url()).pathname.split('/')[2];
    await expect.poll(() => heading(newcomer)).toBe(SALON);
    // Every coming date offers signing up, which asks a signed-out person to sign in first...
    const dates = newcomer.getByTestId('shift-signup');
    await expect.poll(() => dates.count()).toBeGreaterThan(1);
    const signInToSignUp = dates.getByRole('link', { name: ja.opportunities.signup.sign_in_to_sign_up });
    expect(await signInToSignUp.count()).toBe(await dates.count());
    expect(await dates.first().textContent()).toContain(
      ja.opportunities.signup.free.replace('{count}', '5').replace('{capacity}', '5'),
    );
    await expectAccessible(newcomer, 'share page, signed out');

    // ...or, for someone new, to register with the organization.
    const join = newcomer.getByTestId('share-join');
    expect(await join.textContent()).toBe(ja.opportunities.share_page.join.replace('{orgName}', orgName));
    await join.click();
    await newcomer.waitForURL(new RegExp(`/join/${UUID}\\?next=`));
    const form = newcomer.getByTestId('registration-form');
    await expect.poll(() => form.count()).toBe(1);
    expect(await heading(newcomer)).toBe(ja.registration.join.title_named.replace('{orgName}', orgName));
    await form.getByLabel(ja.auth.name, { exact: true }).fill(NEWCOMER.name);
    await form.getByLabel(optional(ja.auth.name_reading), { exact: true }).fill(NEWCOMER.reading);
    await form.getByLabel(ja.auth.email, { exact: true }).fill(NEWCOMER.email);
    await form.getByLabel(ja.auth.new_password, { exact: true }).fill(NEWCOMER.password);
    await form.getByLabel(ja.auth.password_confirmation, { exact: true }).fill(NEWCOMER.password);
    await form.getByTestId('consent-contact').check();
    await newcomer.getByTestId('register').click();
    // Registering brings the person back to the activity they came from, now signed in.
    await newcomer.waitForURL(`**/a/${salonId}`);
    await expect.poll(() => newcomer.getByTestId('account-name').textContent()).toBe(NEWCOMER.name);
    const first = dates.first();
    const signUp = first.getByRole('button', { name: ja.opportunities.signup.sign_up, exact: true });
    await expect.poll(() => signUp.count()).toBe(1);
    expect(await newcomer.getByTestId('share-join').count()).toBe(0);
    expect(await dates.getByRole('button', { name: ja.opportunities.signup.sign_up, exact: true }).count()).toBe(
      await dates.count(),
    );
    await expectAccessible(newcomer, 'share page, signed in');
    shiftId = (await signUp.getAttribute('data-testid'))!.replace(/^signup-/, '');

    await signUp.click();
    const outcome = first.getByTestId('signup-outcome');
    await expect.poll(() => outcome.count()).toBe(1);
    expect(await outcome.textContent()).toContain(ja.opportunities.outcome.self_confirmed);
    // Not insured yet: the place is confirmed, with what to do about it (the council warns, it does not block).
    expect(await outcome.textContent()).toContain(ja.opportunities.self_warnings.not_insured);
    await expectAccessible(newcomer, 'share page after signing up');

    await outcome.getByRole('link', { name: ja.opportunities.signup.see_my_shifts }).click();
    await newcomer.waitForURL('**/me/shifts');
    await expect.poll(() => heading(newcomer)).toBe(ja.opportunities.my_shifts.title);
    const rows = newcomer.getByTestId('my-shift-row');
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.textContent();
    expect(row).toContain(SALON);
    expect(row).toContain(orgName);
    expect(row).toContain(ja.opportunities.signup_status.confirmed);
    // The demo salon meets on Tuesdays from 10:00 to 13:00, Tokyo time (ICU writes 10時00分～13時00分).
    expect(row).toMatch(/\(火\).*10.00.*13.00/);
    expect(await newcomer.getByTestId('my-shift-cancel').count()).toBe(1);
    await expectAccessible(newcomer, 'my shifts');
  });

  it('lets the coordinator register a caller by proxy, assign them to a shift, and refuses a second place', async () => {
    await page.getByTestId('nav-volunteers').click();
    await page.waitForURL('**/volunteers');
    await page.getByTestId('register-volunteer').click();
    await page.waitForURL('**/volunteers/new');
    const form = page.getByTestId('volunteer-form');
    await expect.poll(() => heading(page)).toBe(ja.volunteers.new_title);
    await form.getByLabel(ja.volunteers.fields.name, { exact: true }).fill(CALLER.name);
    await form.getByLabel(optional(ja.volunteers.fields.name_reading), { exact: true }).fill(CALLER.reading);
    await form.getByLabel(optional(ja.volunteers.fields.phone), { exact: true }).fill(CALLER.phone);
    await form
      .getByLabel(ja.volunteers.fields.preferred_channel, { exact: true })
      .selectOption({ label: ja.participation.channel_phone });
    await form.getByTestId('consent-contact').check();
    await page.getByTestId('volunteer-submit').click();
    await page.waitForURL(new RegExp(`/volunteers/${UUID}$`));
    await expect.poll(() => heading(page)).toBe(CALLER.name);

    await page.getByTestId('nav-activities').click();
    await page.waitForURL('**/activities');
    await expect.poll(() => heading(page)).toBe(ja.opportunities.list.title);
    const activities = page.getByTestId('activity-row');
    await expect.poll(() => activities.filter({ hasText: SALON }).count()).toBe(1);
    await expectAccessible(page, 'activities list');

    await activities.getByRole('link', { name: SALON, exact: true }).click();
    await page.waitForURL(`**/activities/${salonId}`);
    await expect.poll(() => heading(page)).toBe(SALON);
    const shifts = page.getByTestId('shift-row');
    await expect.poll(() => shifts.count()).toBeGreaterThan(1);
    // The newcomer's place is counted on the first date.
    expect(await shifts.first().textContent()).toContain(
      ja.opportunities.shifts.places.replace('{confirmed}', '1').replace('{capacity}', '5'),
    );
    await expectAccessible(page, 'activity page');

    await shifts.first().getByTestId('roster-link').click();
    await page.waitForURL(`**/shifts/${shiftId}`);
    await expect.poll(() => heading(page)).toBe(ja.opportunities.roster.title_named.replace('{title}', SALON));
    const roster = page.getByTestId('roster-row');
    await expect.poll(() => roster.count()).toBe(1);
    const signedUpAlone = await roster.textContent();
    expect(signedUpAlone).toContain(NEWCOMER.name);
    expect(signedUpAlone).toContain(ja.opportunities.signup_status.confirmed);
    expect(signedUpAlone).toContain(NEWCOMER.email);
    expect(signedUpAlone).not.toContain(ja.opportunities.roster.assigned);
    await expectAccessible(page, 'roster with the newcomer');

    // Found by the reading the coordinator typed in, then placed on the shift.
    const assign = page.getByTestId('assign-volunteer');
    const search = assign.getByTestId('assign-search');
    const caller = assign.getByRole('radio', { name: CALLER.name, exact: true });
    await search.fill('かしわぎ');
    await expect.poll(() => assign.getByTestId('assign-candidate').count()).toBe(1);
    expect(await caller.count()).toBe(1);
    expect(await assign.textContent()).toContain(CALLER.reading);
    await expectAccessible(page, 'roster with a volunteer found');
    await caller.check();
    await assign.getByTestId('assign-submit').click();
    const outcome = assign.getByTestId('signup-outcome');
    await expect.poll(() => outcome.count()).toBe(1);
    expect(await outcome.textContent()).toContain(ja.opportunities.outcome.confirmed.replace('{name}', CALLER.name));

    const callerRow = roster.filter({ hasText: CALLER.name });
    await expect.poll(() => roster.count()).toBe(2);
    const placed = await callerRow.textContent();
    expect(placed).toContain(ja.opportunities.signup_status.confirmed);
    expect(placed).toContain(ja.opportunities.roster.assigned);
    // Reached by phone: the roster says so and gives the number to call (kept as digits).
    expect(placed).toContain(ja.participation.channel_phone);
    const digits = CALLER.phone.replaceAll('-', '');
    expect(await callerRow.getByRole('link', { name: digits }).getAttribute('href')).toBe(`tel:${digits}`);
    await expectAccessible(page, 'roster after assigning');

    // The same person a second time on the same shift: refused, in Japanese, and nobody is added.
    await search.fill(CALLER.reading);
    await expect.poll(() => caller.count()).toBe(1);
    await caller.check();
    await assign.getByTestId('assign-submit').click();
    const refusal = assign.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toBe(CATALOGS.ja.errors.SIGNUP_ALREADY);
    expect(await outcome.count()).toBe(0);
    expect(await roster.count()).toBe(2);
    await expectAccessible(page, 'roster with a refused assignment');
  });

  it('gives the volunteer a calendar feed of their confirmed shifts, and a new address that retires the old one', async () => {
    await newcomer.reload();
    const feed = newcomer.getByTestId('calendar-feed');
    const address = feed.getByTestId('calendar-feed-url');
    const link = feed.getByTestId('calendar-feed-link');
    await expect.poll(() => address.count()).toBe(1);
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${musubi.baseUrl}/api/v1/calendar/[\\w-]+\\.ics$`));
    expect(await link.getAttribute('href')).toBe(url);

    const item: TCatalogueItem = await newcomer.evaluate(
      (id) => fetch(`/api/v1/catalogue/opportunities/${id}`).then((response) => response.json()),
      salonId,
    );
    const shift = item.shifts.find((candidate) => candidate.id === shiftId)!;

    // The download link saves the feed as a file...
    const [download] = await Promise.all([newcomer.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('musubi-shifts.ics');
    const file = await fs.readFile((await download.path())!, 'utf8');
    expect(file).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file).toContain(`\r\nSUMMARY:${SALON}\r\n`);
    expect(file).toContain(`\r\nDTSTART:${icalUtc(shift.startsAt)}\r\n`);
    expect(file).toContain(`\r\nDTEND:${icalUtc(shift.endsAt)}\r\n`);
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    // ...and the address is what a calendar app subscribes to: no cookie, iCalendar.
    const subscribed = await fetch(url);
    expect(subscribed.status).toBe(200);
    expect(subscribed.headers.get('content-type')).toMatch(/^text\/calendar\b/);
    expect(await subscribed.text()).toContain(`SUMMARY:${SALON}`);

    await feed.getByTestId('calendar-feed-renew').click();
    const dialog = newcomer.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain(ja.opportunities.calendar.renew_body);
    await expectAccessible(newcomer, 'new calendar address dialog');
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => address.inputValue()).not.toBe(url);
    const renewed = await address.inputValue();
    expect(await link.getAttribute('href')).toBe(renewed);
    await expect.poll(() => newcomer.getByText(ja.opportunities.calendar.renewed).count()).toBe(1);
    await expectAccessible(newcomer, 'my shifts with a new calendar address');

    const retired = await fetch(url);
    expect(retired.status).toBe(404);
    expect((await retired.json()).error.code).toBe('CALENDAR_FEED_NOT_FOUND');
    const current = await fetch(renewed);
    expect(current.status).toBe(200);
    expect(await current.text()).toContain(`DTSTART:${icalUtc(shift.startsAt)}`);
  });

  it('lets the coordinator change one date of a series, and cancel a whole activity with a reason', async () => {
    const general = ja.opportunities.shifts.general_role;
    const form = ja.opportunities.shift_form;
    const activities = page.getByTestId('activity-row');
    const openActivity = async (title: string) => {
      await page.getByTestId('nav-activities').click();
      await page.waitForURL('**/activities');
      await expect.poll(() => activities.filter({ hasText: title }).count()).toBe(1);
      await activities.getByRole('link', { name: title, exact: true }).click();
      await page.waitForURL(new RegExp(`/activities/${UUID}$`));
      await expect.poll(() => heading(page)).toBe(title);
    };

    // The salon's second date (not the newcomer's): it ends an hour later and takes a sixth person.
    await openActivity(SALON);
    const shifts = page.getByTestId('shift-row');
    await expect.poll(() => shifts.count()).toBeGreaterThan(1);
    await shifts.nth(1).getByTestId('roster-link').click();
    await page.waitForURL(new RegExp(`/shifts/${UUID}$`));
    const changedId = new URL(page.url()).pathname.split('/')[2];
    expect(changedId).not.toBe(shiftId);
    await expect.poll(() => heading(page)).toBe(ja.opportunities.roster.title_named.replace('{title}', SALON));
    const facts = page.getByTestId('roster-shift');
    const places = (capacity: number) =>
      ja.opportunities.shifts.places.replace('{confirmed}', '0').replace('{capacity}', String(capacity));
    await expect.poll(() => facts.textContent()).toContain(places(5));
    expect(await page.getByTestId('shift-detached').count()).toBe(0);

    const dialog = page.getByRole('dialog');
    const change = dialog.getByTestId('occurrence-form');
    const dateInput = change.getByLabel(form.date, { exact: true });
    const startInput = change.getByLabel(form.start_time, { exact: true });
    const endInput = change.getByLabel(form.end_time, { exact: true });
    const capacityInput = change.getByLabel(ja.opportunities.occurrence.capacity_for.replace('{role}', general), {
      exact: true,
    });
    await page.getByTestId('change-shift').click();
    await expect.poll(() => change.count()).toBe(1);
    // Shown at the organization's Tokyo wall-clock time, whatever this browser's zone.
    const date = await dateInput.inputValue();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await startInput.inputValue()).toBe('10:00');
    expect(await endInput.inputValue()).toBe('13:00');
    expect(await capacityInput.inputValue()).toBe('5');
    expect(await dialog.textContent()).toContain(ja.opportunities.occurrence.series_note);
    await endInput.fill('14:00');
    await capacityInput.fill('6');
    await expectAccessible(page, 'change a date');
    await change.getByTestId('occurrence-submit').click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => facts.textContent()).toContain(places(6));
    expect(await page.getByTestId('shift-detached').textContent()).toBe(ja.opportunities.occurrence.detached);
    const saved = await page.evaluate(async (id) => {
      const session = await fetch('/api/v1/session').then((response) => response.json());
      const answer = await fetch(`/api/v1/organizations/${session.activeOrgId}/shifts/${id}`);
      return (await answer.json()) as { startsAt: string; endsAt: string; detached: boolean };
    }, changedId);
    // Tokyo keeps no daylight saving time: +09:00 all year.
    expect(saved).toMatchObject({
      startsAt: new Date(`${date}T10:00:00+09:00`).toISOString(),
      endsAt: new Date(`${date}T14:00:00+09:00`).toISOString(),
      detached: true,
    });
    // Opened again, the form reads the new end and places.
    await page.getByTestId('change-shift').click();
    await expect.poll(() => change.count()).toBe(1);
    expect(await endInput.inputValue()).toBe('14:00');
    expect(await capacityInput.inputValue()).toBe('6');
    await dialog.getByRole('button', { name: ja.common.actions.cancel, exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // A whole activity no one above has touched: cancelled with a reason, and every coming date with it.
    const SHOPPING = '買い物支援（車の運転）';
    await openActivity(SHOPPING);
    const status = page.getByTestId('activity-status');
    await expect.poll(() => status.textContent()).toBe(ja.opportunities.status.published);
    await page.getByTestId('cancel-activity').click();
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain(ja.opportunities.actions.cancel_body.replace('{title}', SHOPPING));
    // The reason is told to everyone on those dates, so it is required.
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.getByText(ja.validation.required, { exact: true }).count()).toBe(1);
    await dialog.getByLabel(ja.opportunities.roster.reason, { exact: true }).fill('車両の点検が間に合わないため');
    await expectAccessible(page, 'cancel an activity');
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => status.textContent()).toBe(ja.opportunities.status.cancelled);
    expect(await page.getByTestId('activity-cancelled').textContent()).toBe(ja.opportunities.actions.cancel_notice);
    expect(await page.getByTestId('cancel-activity').count()).toBe(0);
    const dates = page.getByTestId('shift-row');
    await expect.poll(() => dates.count()).toBeGreaterThan(0);
    await expect
      .poll(async () =>
        (await dates.allTextContents()).every((row) => row.includes(ja.opportunities.shift_status.cancelled)),
      )
      .toBe(true);
    await expectAccessible(page, 'cancelled activity');
  });
});
