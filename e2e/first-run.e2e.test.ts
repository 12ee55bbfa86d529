import { CATALOGS } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser } from './support/browser';
import { type RunningMusubi, startMusubi } from './support/server';

const en = CATALOGS.en;
const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'a fresh and different password';

describe('first run: setup, sign-out, sign-in', () => {
  let musubi: RunningMusubi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    musubi = await startMusubi();
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await musubi?.close();
  });

  it('sends every address to the setup form on an empty database', async () => {
    await page.goto(`${musubi.baseUrl}/members`);
    await page.waitForURL('**/setup');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.setup.title);
    await expectAccessible(page, 'setup form');
  });

  it('shows translated field errors and stays on the form when the input is invalid', async () => {
    const form = page.getByTestId('setup-form');
    await form.getByLabel(en.auth.email, { exact: true }).fill('not an e-mail');
    await form.getByRole('button', { name: en.setup.submit }).click();
    await expect.poll(() => form.getByText(CATALOGS.en.validation.email).count()).toBeGreaterThan(0);
    await expect.poll(() => form.getByText(CATALOGS.en.validation.required).count()).toBeGreaterThan(0);
    expect(page.url()).toContain('/setup');
    await expectAccessible(page, 'setup form with errors');
  });

  it('creates the organization and administrator and opens the dashboard', async () => {
    const form = page.getByTestId('setup-form');
    await form.getByLabel(en.organizations.fields.name, { exact: true }).fill('Musubino City Volunteer Center');
    await form.getByLabel(en.auth.name, { exact: true }).fill('Hanako Sato');
    await form.getByLabel(en.auth.email, { exact: true }).fill('hanako@example.org');
    await form.getByLabel(en.auth.new_password, { exact: true }).fill(PASSWORD);
    await form.getByLabel(en.auth.password_confirmation, { exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: en.setup.submit }).click();
    await page.waitForURL(`${musubi.baseUrl}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.dashboard.title);
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Hanako Sato');
    // A hub's first administrator runs the network, so the network page is in the menu.
    await expect.poll(() => page.getByTestId('nav-network').count()).toBe(1);
    await expectAccessible(page, 'dashboard');
  });

  it('signs out and back in, returning to the page asked for', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL('**/sign-in**');
    await expectAccessible(page, 'sign-in');
    await page.goto(`${musubi.baseUrl}/organization`);
    await page.waitForURL('**/sign-in**');
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel(en.auth.identifier, { exact: true }).fill('hanako@example.org');
    await form.getByLabel(en.auth.password, { exact: true }).fill('wrong password!');
    await form.getByRole('button', { name: en.auth.sign_in }).click();
    await expect.poll(() => page.getByText(en.errors.AUTH_INVALID_CREDENTIALS).count()).toBeGreaterThan(0);
    await form.getByLabel(en.auth.password, { exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: en.auth.sign_in }).click();
    await page.waitForURL('**/organization');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.organizations.title);
    await expectAccessible(page, 'organization profile');
  });

  it('resets a forgotten password through the mailed link', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL('**/sign-in**');
    await page.getByTestId('forgot-password').click();
    await page.waitForURL('**/password-reset');
    await expectAccessible(page, 'password reset request');
    const request = page.getByTestId('password-reset-request-form');
    await request.getByLabel(en.auth.identifier, { exact: true }).fill('hanako@example.org');
    await request.getByRole('button', { name: en.auth.passwords.request.submit }).click();
    await expect.poll(() => page.getByTestId('password-reset-requested').count()).toBe(1);
    await expectAccessible(page, 'password reset requested');

    // No SMTP here: the administrator reads the link in the outbox, as a coordinator would for a member.
    const context = await browser.newContext({ locale: 'en-US' });
    const adminPage = await context.newPage();
    await adminPage.goto(`${musubi.baseUrl}/sign-in`);
    const signIn = adminPage.getByTestId('sign-in-form');
    await signIn.getByLabel(en.auth.identifier, { exact: true }).fill('hanako@example.org');
    await signIn.getByLabel(en.auth.password, { exact: true }).fill(PASSWORD);
    await signIn.getByRole('button', { name: en.auth.sign_in }).click();
    await adminPage.waitForURL(`${musubi.baseUrl}/`);
    await adminPage.getByTestId('nav-outbox').click();
    await adminPage.getByTestId('outbox-message').first().getByRole('button').first().click();
    const text = await adminPage.getByTestId('outbox-text').first().textContent();
    const link = /https?:\/\/\S+\/password-reset\/[A-Za-z0-9_-]+/.exec(text ?? '')![0];
    await context.close();

    await page.goto(link.replace(/^https?:\/\/[^/]+/, musubi.baseUrl));
    const reset = page.getByTestId('password-reset-form');
    await expect.poll(() => reset.count()).toBe(1);
    await expectAccessible(page, 'password reset');
    await reset.getByLabel(en.auth.passwords.new, { exact: true }).fill(NEW_PASSWORD);
    await reset.getByLabel(en.auth.passwords.new_confirmation, { exact: true }).fill(NEW_PASSWORD);
    await reset.getByRole('button', { name: en.auth.passwords.reset.submit }).click();
    await page.waitForURL(`${musubi.baseUrl}/`);
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Hanako Sato');
  });

  it('changes the password while signed in, refusing a wrong current one', async () => {
    await page.getByTestId('change-password-link').click();
    await page.waitForURL('**/account/password');
    await expectAccessible(page, 'change password');
    const form = page.getByTestId('change-password-form');
    await form.getByLabel(en.auth.passwords.change.current, { exact: true }).fill('not my password');
    await form.getByLabel(en.auth.passwords.new, { exact: true }).fill(PASSWORD);
    await form.getByLabel(en.auth.passwords.new_confirmation, { exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: en.auth.passwords.change.submit }).click();
    await expect.poll(() => form.getByText(en.validation.current_password).count()).toBe(1);
    await form.getByLabel(en.auth.passwords.change.current, { exact: true }).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: en.auth.passwords.change.submit }).click();
    await expect.poll(() => page.getByText(en.auth.passwords.change.done).count()).toBe(1);
  });
});
