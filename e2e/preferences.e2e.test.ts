import { CATALOGS, LOCALE_NATIVE_NAMES, LOCALES } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, flip } from './support/browser';
import { type DemoSession, openDemoSession } from './support/demo-session';
import type { RunningMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

describe('languages and large text on the demo network', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    session = await openDemoSession('coordinator@musubino.example.org');
    ({ musubi, browser, page } = session);
  });
  afterAll(() => session?.close());

  it.each(LOCALES.map((locale) => [locale]))('switches every visible label to %s', async (locale) => {
    await page.getByTestId('language-switcher').selectOption(locale);
    const catalog = CATALOGS[locale];
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe(catalog.nav.members);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(catalog.dashboard.title);
    expect(await page.getByTestId('sign-out').textContent()).toBe(catalog.nav.sign_out);
    expect(await page.getByTestId('language-switcher').inputValue()).toBe(locale);
    expect(await page.locator(`option[value="${locale}"]`).textContent()).toBe(LOCALE_NATIVE_NAMES[locale]);
    await expectAccessible(page, `dashboard in ${locale}`);
  });

  it('keeps the chosen language after a reload and on another device (saved to the account)', async () => {
    await page.getByTestId('language-switcher').selectOption('ko');
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe(CATALOGS.ko.nav.members);
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-members').textContent()).toBe(CATALOGS.ko.nav.members);
    const elsewhere = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await signInAsDemo(elsewhere, musubi.baseUrl, 'coordinator@musubino.example.org');
    await expect.poll(() => elsewhere.getByTestId('nav-members').textContent()).toBe(CATALOGS.ko.nav.members);
    await elsewhere.context().close();
  });

  it('makes text and controls larger in large-text mode, and remembers it', async () => {
    expect(await rootFontSize(page)).toBe('16px');
    const button = page.getByTestId('sign-out');
    const before = await button.boundingBox();
    await flip(page.getByLabel(CATALOGS.ko.nav.large_text));
    await expect.poll(() => rootFontSize(page)).toBe('20px');
    const after = await button.boundingBox();
    expect(after!.height).toBeGreaterThan(before!.height);
    expect(after!.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(page, 'dashboard in large text');
    await page.reload();
    await expect.poll(() => rootFontSize(page)).toBe('20px');
    await flip(page.getByLabel(CATALOGS.ko.nav.large_text));
    await expect.poll(() => rootFontSize(page)).toBe('16px');
  });
});
