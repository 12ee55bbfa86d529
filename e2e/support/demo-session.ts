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
