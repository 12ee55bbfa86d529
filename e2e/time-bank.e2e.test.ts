import { CATALOGS } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './support/browser';
import { heading } from './support/demo-session';
import { type RunningMusubi, startMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;
const att = ja.attendance;

/** The coordinator of the watch-over NPO, which runs the demo time bank. */
const TIME_BANK_COORDINATOR = 'setsuko.araki@mimamori.musubino.example.org';
/** The demo volunteer, a member of the time bank with credits already. */
const VOLUNTEER = 'volunteer@musubino.example.org';
const MEMBER_NAME = '小野寺 さくら';
const TIME_BANK = 'むすびの見守りネット';
/**
 * The NPO's one activity (category `elderly`: no earning rate of its own, so the default 100%
 * applies and the ledger credits exactly the attendance's minutes). The demo has no attendance
 * at the NPO, so the journey records it.
 */
const ACTIVITY = '一人暮らし高齢者への見守り訪問';
const REASON = '訪問記録と照合済み';

/** The calendar date `daysAgo` days before today in Tokyo (the NPO's time zone), YYYY-MM-DD. */
function tokyoDate(daysAgo: number): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' })
    .format(new Date())
    .split('-')
    .map(Number);
  return new Date(Date.UTC(year, month - 1, day - daysAgo)).toISOString().slice(0, 10);
}

/** A calendar date as the statement shows it in Japanese (the web's `formatCalendarDate`). */
const shownDate = (date: string) =>
  new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Minutes as the passbook writes them: `35:30`. */
const hoursAndMinutes = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Minutes as the approval queue writes them: `1時間30分`. */
const duration = (minutes: number) =>
  att.duration.replace('{hours}', String(Math.floor(minutes / 60))).replace('{minutes}', String(minutes % 60));

/**
 * Two past visits of the volunteer, recorded by the coordinator (clock-in and clock-out in
 * Tokyo time), on days the demo credited nothing: the ledger's daily maximum cannot cut them.
 */
const VISITS = [
  { date: tokyoDate(1), clockIn: '10:00', clockOut: '11:30', minutes: 90 },
  { date: tokyoDate(2), clockIn: '13:15', clockOut: '14:00', minutes: 45 },
];
const CREDITED = VISITS.reduce((sum, visit) => sum + visit.minutes, 0);

describe('time bank: the coordinator approves a volunteer’s visits in bulk, the passbook shows the credits', () => {
  let musubi: RunningMusubi;
  let browser: Browser;
  let coordinator: Page;
  let volunteer: Page;
  let balanceBefore = 0;
  let otherVolunteer = '';

  beforeAll(async () => {
    musubi = await startMusubi({ demo: true });
    browser = await launchBrowser();
    // The coordinator types times in the NPO's time zone, whatever this machine's is.
    coordinator = await (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
    await signInAsDemo(coordinator, musubi.baseUrl, TIME_BANK_COORDINATOR);
    volunteer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(volunteer, musubi.baseUrl, VOLUNTEER);
  });
  afterAll(async () => {
    await browser?.close();
    await musubi?.close();
  });

  /** The volunteer's member account at the time bank, as a balance card. */
  const timeBankCard = () =>
    volunteer
      .getByTestId('passbook-balance')
      .filter({ hasText: TIME_BANK })
      .filter({
        has: volunteer.getByText(`${ja.ledger.owner_kind_member} · ${ja.ledger.unit_hours}`, { exact: true }),
      });

  /** The balance the card shows, in minutes. */
  async function shownBalance(): Promise<number> {
    const text = (await timeBankCard().textContent()) ?? '';
    const [, hours, minutes] = text.match(/(\d+):(\d{2})$/) ?? [];
    expect(hours, `a balance at the end of "${text}"`).toBeDefined();
    return Number(hours) * 60 + Number(minutes);
  }

  /** Opens the passbook on the time bank's member account. */
  async function openTimeBankPassbook() {
    await volunteer.goto(`${musubi.baseUrl}/me/passbook`);
    await expect.poll(() => heading(volunteer)).toBe(ja.ledger.passbook.title);
    await expect.poll(() => timeBankCard().count()).toBe(1);
    const choose = volunteer.getByRole('radiogroup', { name: ja.ledger.passbook.choose_account });
    if (await choose.count()) {
      await choose.getByText(`${TIME_BANK} · ${ja.ledger.owner_kind_member}`, { exact: false }).click();
    }
    await expect.poll(() => volunteer.getByTestId('statement-line').count()).toBeGreaterThan(5);
  }

  /** The passbook's earn lines of one service date. */
  const earnLines = (date: string) =>
    volunteer
      .getByTestId('statement-line')
      .filter({ hasText: shownDate(date) })
      .filter({ hasText: ja.ledger.transfer_kind_earn });

  /** The coordinator records a visit for someone in the assisted-entry dialog. */
  async function recordOnBehalf(search: string, pick: (page: Page) => Promise<string>, visit: (typeof VISITS)[0]) {
    await coordinator.getByTestId('record-on-behalf').click();
    const form = coordinator.getByTestId('on-behalf-form');
    await expect.poll(() => form.count()).toBe(1);
    await form.getByTestId('on-behalf-search').fill(search);
    await expect.poll(() => form.getByTestId('on-behalf-volunteer').count()).toBeGreaterThan(0);
    const name = await pick(coordinator);
    await form.getByTestId('on-behalf-activity').selectOption({ label: ACTIVITY });
    await form.getByTestId('on-behalf-clock-in').fill(`${visit.date}T${visit.clockIn}`);
    await form.getByTestId('on-behalf-clock-out').fill(`${visit.date}T${visit.clockOut}`);
    await form.getByTestId('on-behalf-submit').click();
    await expect.poll(() => form.count()).toBe(0);
    return name;
  }

  it('shows the volunteer’s time-bank balance, with no credit yet for the days to be recorded', async () => {
    await volunteer.getByTestId('nav-my-passbook').click();
    await volunteer.waitForURL('**/me/passbook');
    await openTimeBankPassbook();
    balanceBefore = await shownBalance();
    expect(balanceBefore).toBeGreaterThan(0);
    expect(await volunteer.getByTestId('statement-closing').textContent()).toContain(hoursAndMinutes(balanceBefore));
    for (const visit of VISITS) expect(await earnLines(visit.date).count()).toBe(0);
    await expectAccessible(volunteer, 'my passbook before the approval');
  });

  it('records the volunteer’s visits on their behalf and approves just those in bulk', async () => {
    await coordinator.getByTestId('nav-attendance').click();
    await coordinator.waitForURL('**/attendance');
    await expect.poll(() => heading(coordinator)).toBe(att.approval.title);
    const rows = coordinator.getByTestId('record-row');

    for (const visit of VISITS) {
      await recordOnBehalf(
        '小野寺',
        async (page) => {
          await page.getByRole('radio', { name: MEMBER_NAME, exact: true }).check();
          if (visit === VISITS[0]) await expectAccessible(page, 'record for someone dialog');
          return MEMBER_NAME;
        },
        visit,
      );
    }
    // Someone else's visit the same day stays in the queue: the bulk approval takes only what is chosen.
    otherVolunteer = await recordOnBehalf(
      '田',
      async (page) => {
        const choice = page.getByTestId('on-behalf-volunteer').first();
        await choice.check();
        const label = page.locator(`label[for="${(await choice.getAttribute('id')) ?? ''}"]`);
        return (await label.textContent()) ?? '';
      },
      VISITS[0],
    );
    expect(otherVolunteer).not.toBe('');
    expect(otherVolunteer).not.toBe(MEMBER_NAME);

    // Without a shift that day the records wait for a coordinator, each with its time on site.
    const mine = rows.filter({ hasText: MEMBER_NAME });
    await expect.poll(() => mine.count()).toBe(VISITS.length);
    await expect.poll(() => rows.filter({ hasText: otherVolunteer }).count()).toBe(1);
    for (const visit of VISITS) {
      const row = mine.filter({ hasText: shownDate(visit.date) });
      expect(await row.count()).toBe(1);
      expect(await row.getAttribute('data-status')).toBe('pending');
      expect(await row.textContent()).toContain(ACTIVITY);
      expect((await row.locator('td').nth(5).textContent())?.trim()).toBe(duration(visit.minutes));
    }
    await expectAccessible(coordinator, 'approval queue with the recorded visits');

    const chosenIds = await mine.evaluateAll((found) => found.map((row) => row.getAttribute('data-id')));
    for (const id of chosenIds) {
      await coordinator.locator(`[data-testid="record-row"][data-id="${id}"]`).getByTestId('select-record').check();
    }
    await expect
      .poll(() => coordinator.getByTestId('selected-count').textContent())
      .toBe(att.approval.selected.replace('{count}', String(VISITS.length)));
    await coordinator.getByTestId('bulk-approve').click();
    const dialog = coordinator.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('bulk-reason').fill(REASON);
    await expectAccessible(coordinator, 'bulk approval dialog');
    await dialog.getByTestId('bulk-confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The other person's visit is still pending; the volunteer's are approved with the reason.
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(otherVolunteer);
    await coordinator.getByTestId('filter-status').selectOption('approved');
    for (const id of chosenIds) {
      const row = coordinator.locator(`[data-testid="record-row"][data-id="${id}"]`);
      await expect.poll(() => row.getAttribute('data-status')).toBe('approved');
      expect(await row.textContent()).toContain(REASON);
    }
    await expectAccessible(coordinator, 'approved visits');
  });

  it('raises the passbook balance by exactly the approved minutes, one earn line per visit', async () => {
    await openTimeBankPassbook();
    const expected = balanceBefore + CREDITED;
    expect(await shownBalance()).toBe(expected);
    expect(await timeBankCard().textContent()).toMatch(new RegExp(`${hoursAndMinutes(expected)}$`));
    expect(await volunteer.getByTestId('statement-closing').textContent()).toContain(hoursAndMinutes(expected));
    for (const visit of VISITS) {
      const line = earnLines(visit.date);
      expect(await line.count()).toBe(1);
      // Amount column: the visit's minutes, as hours.
      expect((await line.locator('td').nth(3).textContent())?.trim()).toBe(hoursAndMinutes(visit.minutes));
      // What was done: the activity's kind by its name, never the stored code.
      expect(await line.locator('td').nth(1).textContent()).toContain(ja.participation.category_elderly);
    }
    await expectAccessible(volunteer, 'my passbook after the approval');
  });

  it('corrects an approved visit: its credit is reversed and the corrected time credited, both in the passbook', async () => {
    const [visit] = VISITS;
    const fix = '訪問記録では11時に退出';
    const row = coordinator
      .getByTestId('record-row')
      .filter({ hasText: MEMBER_NAME })
      .filter({ hasText: shownDate(visit.date) });
    await expect.poll(() => row.getAttribute('data-status')).toBe('approved');
    await row.getByTestId('correct-one').click();
    const form = coordinator.getByTestId('decision-form');
    await expect.poll(() => form.count()).toBe(1);
    // The coordinator is told that the credit will be taken back and credited anew.
    expect(await form.getByTestId('correct-reverses-note').textContent()).toBe(att.approval.correct_approved_note);
    await form.getByTestId('correct-clock-out').fill(`${visit.date}T11:00`);
    await form.getByTestId('decision-reason').fill(fix);
    await expectAccessible(coordinator, 'correcting an approved visit');
    await form.getByTestId('decision-confirm').click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(async () => (await row.locator('td').nth(5).textContent())?.trim()).toBe(duration(60));
    expect(await row.textContent()).toContain(fix);

    await openTimeBankPassbook();
    expect(await shownBalance()).toBe(balanceBefore + CREDITED - 30);
    // The first credit stays, marked reversed; a reversal line carries the reason; the new credit is 1:00.
    const lines = earnLines(visit.date);
    await expect.poll(() => lines.count()).toBe(2);
    const reversedCredit = lines.filter({ hasText: ja.ledger.statement.reversed });
    expect(await reversedCredit.count()).toBe(1);
    expect((await reversedCredit.locator('td').nth(3).textContent())?.trim()).toBe(hoursAndMinutes(visit.minutes));
    const newCredit = lines.filter({ hasNotText: ja.ledger.statement.reversed });
    expect((await newCredit.locator('td').nth(3).textContent())?.trim()).toBe(hoursAndMinutes(60));
    const reversal = volunteer
      .getByTestId('statement-line')
      .filter({ hasText: ja.ledger.transfer_kind_reverse })
      .filter({ hasText: fix });
    expect(await reversal.count()).toBe(1);
    expect((await reversal.locator('td').nth(3).textContent())?.trim()).toBe(`-${hoursAndMinutes(visit.minutes)}`);
    await expectAccessible(volunteer, 'my passbook after the correction');
  });
});
