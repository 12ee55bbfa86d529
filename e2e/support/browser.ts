import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Debian's Chromium, headless; the flags keep it off the network (this machine has none).
 * `extraArgs` adds switches (a fake camera fed from a file: support/fake-camera.ts).
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...extraArgs,
    ],
  });
}

/** axe-core with the WCAG 2.0–2.2 A and AA rules; any violation fails with its rule and elements. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Transitions and animations running now that will end (spinners loop forever and are left out). */
const movingNow = (page: Page) =>
  page.evaluate(
    () =>
      document
        .getAnimations()
        .filter(
          (motion) => motion.playState === 'running' && motion.effect?.getComputedTiming().iterations !== Infinity,
        ).length,
  );
/** How many transitions and animations have started on this page so far. */
const movesSoFar = (page: Page) =>
  page.evaluate(() => {
    const counted = window as unknown as { musubiMoves?: number };
    if (counted.musubiMoves === undefined) {
      counted.musubiMoves = 0;
      for (const type of ['transitionrun', 'animationstart']) {
        window.addEventListener(type, () => (counted.musubiMoves = (counted.musubiMoves ?? 0) + 1), true);
      }
    }
    return counted.musubiMoves;
  });

/**
 * axe on the page at rest. Colours measured while a dialog or notification fades in or out
 * are not the colours anyone reads: wait for the motion to end, and measure again if
 * something started moving while axe was measuring (a notification closing by itself).
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await expect.poll(() => movingNow(page)).toBe(0);
    const moves = await movesSoFar(page);
    const violations = await axeViolations(page);
    if (violations.length === 0 || attempt === 3 || (await movesSoFar(page)) === moves) {
      expect(violations, `accessibility violations on ${where}`).toEqual([]);
      return;
    }
  }
}

/** Mantine draws a switch's track over its input, so flip it as a person does: by its label. */
export const flip = (toggle: Locator) => toggle.page().locator('label', { has: toggle }).click();
