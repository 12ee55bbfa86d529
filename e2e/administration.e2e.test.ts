import { CATALOGS } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { type DemoSession, openDemoSession } from './support/demo-session';
import type { RunningMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;

describe('administering an organization and its network (in Japanese)', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    session = await openDemoSession('admin@musubino.example.org');
    ({ musubi, browser, page } = session);
  });
  afterAll(() => session?.close());

  it('lists members, and finds people by furigana', async () => {
    await page.getByTestId('nav-members').click();
    await page.waitForURL('**/members');
    await expect.poll(() => page.getByTestId('member-row').count()).toBeGreaterThan(50);
    await expectAccessible(page, 'members');
    await page.getByTestId('member-search').fill('さとう');
    await expect
      .poll(async () => {
        const rows = await page.getByTestId('member-row').allTextContents();
        return rows.length > 0 && rows.every((row) => row.includes('佐藤') || row.includes('さとう'));
      })
      .toBe(true);
    await page.getByTestId('member-search').fill('');
  });

  it('adds a member, whose invitation appears in the outbox', async () => {
    await page.getByTestId('add-member').click();
    const form = page.getByTestId('add-member-form');
    await form.getByLabel(ja.auth.name, { exact: true }).fill('山本 陽子');
    await form.getByLabel(ja.auth.email, { exact: true }).fill('yoko.yamamoto@example.org');
    await form.getByLabel(ja.people.columns.role, { exact: true }).selectOption('coordinator');
    await expectAccessible(page, 'add-member dialog');
    await form.getByRole('button', { name: ja.people.add }).click();
    await expect.poll(() => form.count()).toBe(0);
    await page.getByTestId('member-search').fill('yoko.yamamoto');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(1);
    expect(await page.getByTestId('member-row').textContent()).toContain(ja.people.status.invited);

    await page.getByTestId('nav-outbox').click();
    await page.waitForURL('**/outbox');
    const message = page.getByTestId('outbox-message').first();
    await expect.poll(() => message.textContent()).toContain('yoko.yamamoto@example.org');
    await expectAccessible(page, 'outbox');
  });

  it('changes a role, and the audit log shows who did what', async () => {
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-search').fill('yoko.yamamoto');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(1);
    const select = page.getByLabel(ja.people.role_of.replace('{name}', '山本 陽子'));
    await select.selectOption('staff');
    await expect.poll(() => select.inputValue()).toBe('staff');

    await page.getByTestId('nav-audit').click();
    await page.waitForURL('**/audit');
    const first = page.getByTestId('audit-row').first();
    await expect.poll(() => first.textContent()).toContain(ja.audit.actions.MEMBER_ROLE_CHANGED);
    await expectAccessible(page, 'audit log');
  });

  it('shows the member organizations of the network', async () => {
    await page.getByTestId('nav-network').click();
    await page.waitForURL('**/network');
    await expect.poll(() => page.getByTestId('network-row').count()).toBe(7);
    await expectAccessible(page, 'network');
  });

  it('lets a person in several organizations switch between them', async () => {
    const other = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(other, musubi.baseUrl, 'welfare@musubino.example.org');
    const switcher = other.getByTestId('org-switcher');
    await expect.poll(() => switcher.locator('option').count()).toBe(2);
    // As a coordinator the member list is open; as a volunteer elsewhere it is not.
    const optionFor = async (role: 'coordinator' | 'volunteer') =>
      (await switcher
        .locator('option', { hasText: new RegExp(`[（(]${ja.common.roles[role]}[)）]$`) })
        .getAttribute('value'))!;
    await switcher.selectOption(await optionFor('coordinator'));
    await expect.poll(() => other.getByTestId('nav-members').count()).toBe(1);
    await switcher.selectOption(await optionFor('volunteer'));
    await expect.poll(() => other.getByTestId('nav-members').count()).toBe(0);
    await expectAccessible(other, 'home as a volunteer');
    await other.context().close();
  });
});
