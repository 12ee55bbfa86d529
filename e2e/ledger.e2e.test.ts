import { readFile } from 'node:fs/promises';
import { CATALOGS } from '@musubi/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { type DemoSession, heading, openDemoSession } from './support/demo-session';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;
/** The coordinator of the watch-over NPO, which runs the demo time bank. */
const TIME_BANK_COORDINATOR = 'setsuko.araki@mimamori.musubino.example.org';
/** The demo volunteer, a member of the time bank. */
const MEMBER_NAME = '小野寺 さくら';
const MEMO = '庭の草取りをしてもらった';

describe('time credits: a coordinator records a spend, the pool statement and the member passbook show it', () => {
  let session: DemoSession;
  let page: Page;

  beforeAll(async () => {
    session = await openDemoSession(TIME_BANK_COORDINATOR);
    page = session.page;
  });
  afterAll(() => session?.close());

  const balanceOf = async () => (await page.getByTestId('account-balance').textContent())?.trim();

  it('lists the accounts with balances and opens the member statement', async () => {
    await page.getByTestId('nav-ledger').click();
    await page.waitForURL('**/ledger');
    await expect.poll(() => heading(page)).toBe(ja.ledger.accounts.title);
    await expect.poll(() => page.getByTestId('ledger-account-row').count()).toBeGreaterThan(3);
    await expectAccessible(page, 'ledger accounts');
    await page.getByTestId('ledger-account-search').fill('小野寺');
    const member = page.locator('[data-testid="ledger-account-row"][data-kind="member"]');
    await expect.poll(() => member.count()).toBe(1);
    await member.getByRole('link', { name: MEMBER_NAME }).click();
    await page.waitForURL(/\/ledger\/accounts\/[0-9a-f-]{36}$/);
    await expect.poll(() => heading(page)).toBe(MEMBER_NAME);
    await expect.poll(() => page.getByTestId('statement-line').count()).toBeGreaterThan(5);
    await expectAccessible(page, 'member statement');
  });

  it('records a spend of 1:30 with a memo; the balance and the statement follow', async () => {
    const before = await balanceOf();
    await page.getByTestId('ledger-open-spend').click();
    const form = page.getByTestId('ledger-spend-form');
    await form.waitFor();
    await form.getByTestId('amount-hours').fill('1');
    await form.getByTestId('amount-minutes').fill('30');
    await form.getByTestId('ledger-form-text').fill(MEMO);
    await expectAccessible(page, 'spend form');
    await form.getByTestId('ledger-form-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(balanceOf).not.toBe(before);
    const [h, m] = before!.split(':').map(Number);
    const after = h * 60 + m - 90;
    expect(await balanceOf()).toBe(`${Math.floor(after / 60)}:${String(after % 60).padStart(2, '0')}`);
    await expect.poll(() => page.getByTestId('statement-line').filter({ hasText: MEMO }).count()).toBe(1);
    expect(await page.getByTestId('statement-line').filter({ hasText: MEMO }).textContent()).toContain('-1:30');
  });

  it("shows the spend on the organization's pool statement", async () => {
    await page.getByTestId('nav-ledger').click();
    await page.waitForURL('**/ledger');
    await page.locator('[data-testid="ledger-account-row"][data-kind="pool"] a').click();
    await expect.poll(() => heading(page)).toBe(ja.ledger.owner_kind_pool);
    const line = page.getByTestId('statement-line').filter({ hasText: MEMO });
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toContain('1:30');
    expect(await line.textContent()).toContain(MEMBER_NAME);
    await expectAccessible(page, 'pool statement');
  });

  it('shows the rules, the beneficiaries and a clean reconciliation', async () => {
    await page.getByTestId('nav-ledger').click();
    await page.getByRole('link', { name: ja.ledger.rules.title }).click();
    await expect.poll(() => heading(page)).toBe(ja.ledger.rules.title);
    await page.getByTestId('ledger-rules').waitFor();
    await expectAccessible(page, 'ledger rules');
    await page.getByRole('link', { name: ja.ledger.accounts.back }).click();
    await page.getByRole('link', { name: ja.ledger.beneficiaries.title }).click();
    await expect.poll(() => page.getByTestId('beneficiary-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'beneficiaries');
    await page.getByRole('link', { name: ja.ledger.accounts.back }).click();
    await page.getByRole('link', { name: ja.ledger.reconcile.title }).click();
    await page.getByTestId('reconcile-result').waitFor();
    expect(await page.getByTestId('reconcile-result').textContent()).toContain(ja.ledger.reconcile.ok);
    await expectAccessible(page, 'reconcile');
  });

  it("shows the spend in the member's own passbook, printable", async () => {
    const member = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(member, session.musubi.baseUrl, 'volunteer@musubino.example.org');
    await member.getByTestId('nav-my-passbook').click();
    await member.waitForURL('**/me/passbook');
    await expect.poll(() => heading(member)).toBe(ja.ledger.passbook.title);
    await expect.poll(() => member.getByTestId('passbook-balance').count()).toBeGreaterThan(0);
    const choose = member.getByRole('radiogroup', { name: ja.ledger.passbook.choose_account });
    const timeBank = choose.getByText(`むすびの見守りネット · ${ja.ledger.owner_kind_member}`, { exact: false });
    if (await choose.count()) await timeBank.click();
    const line = member.getByTestId('statement-line').filter({ hasText: MEMO });
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toContain('-1:30');
    await expectAccessible(member, 'my passbook');
    // The same statement as a passbook PDF to keep on paper.
    const [download] = await Promise.all([member.waitForEvent('download'), member.getByTestId('passbook-pdf').click()]);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await member.emulateMedia({ media: 'print' });
    expect(await member.getByRole('button', { name: ja.ledger.statement.print }).isVisible()).toBe(false);
    await member.emulateMedia({ media: 'screen' });
  });
});
