import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './browser';

/** Fails early, with the fix, when the browser or the built web app is missing. */
export default function checkPrerequisites(): void {
  const browser = chromiumPath();
  if (!fs.existsSync(browser)) {
    throw new Error(
      `Chromium not found at ${browser}. Install Debian's package (sudo apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at a Chromium binary. The browser tests never download a browser.',
    );
  }
  const index = path.resolve(import.meta.dirname, '../../packages/web/dist/index.html');
  if (!fs.existsSync(index)) {
    throw new Error('The web app is not built: run `npm run build` first (`npm test` does).');
  }
}
