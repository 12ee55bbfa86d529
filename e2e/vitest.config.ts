import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: 'e2e',
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    // One Chromium at a time: the machine has two cores and each journey runs its own server.
    fileParallelism: false,
    testTimeout: 90_000,
    // Pages render asynchronously; give a busy two-core machine time before a poll fails.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
