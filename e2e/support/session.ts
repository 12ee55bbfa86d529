import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/demo/demo-data';

/** Signs a demo account in through the sign-in page (fields found by their autocomplete role, in any language). */
export async function signInAsDemo(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[autocomplete="username"]').fill(email);
  await form.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
}
