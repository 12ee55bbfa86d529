import type { TSessionMembership, TSessionResponse } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { type RunningMusubi, startMusubi } from './server';
import { signInAsDemo } from './session';

export interface DemoSession {
  musubi: RunningMusubi;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** The demo network on a fresh server, a browser in `locale`, and a page signed in as `email`. */
export async function openDemoSession(email: string, locale = 'ja-JP'): Promise<DemoSession> {
  const musubi = await startMusubi({ demo: true });
  const browser = await launchBrowser();
  const page = await (await browser.newContext({ locale })).newPage();
  await signInAsDemo(page, musubi.baseUrl, email);
  return {
    musubi,
    browser,
    page,
    async close() {
      await browser.close();
      await musubi.close();
    },
  };
}

/** The signed-in session as the web app sees it. */
export const sessionOf = (page: Page): Promise<TSessionResponse> =>
  page.evaluate(() => fetch('/api/v1/session').then((response) => response.json()));

/** The page's one h1. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/**
 * The demo as the social welfare council's coordinator (welfare@…), who also volunteers
 * elsewhere: switched to the organization where they coordinate, with its menu ready.
 */
export async function openCouncilCoordinatorSession(): Promise<
  DemoSession & { council: TSessionMembership; coordinatorName: string }
> {
  const session = await openDemoSession('welfare@musubino.example.org');
  const signedIn = await sessionOf(session.page);
  const council = signedIn.memberships.find((membership) => membership.role === 'coordinator')!;
  if (signedIn.activeOrgId !== council.orgId) {
    await session.page.getByTestId('org-switcher').selectOption(council.orgId);
  }
  // Only staff have the register in their menu (a hook cannot use expect.poll: Playwright waits).
  await session.page.getByTestId('nav-volunteers').waitFor();
  return { ...session, council, coordinatorName: signedIn.account!.name };
}
