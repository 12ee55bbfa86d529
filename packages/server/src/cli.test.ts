import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { completeSetup } from './modules/setup/setup.service';
import { openDatabase } from './platform/db/client';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../bin/musubi.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'musubi-cli-'));

/** Runs the real `musubi` command on an embedded database in a temporary folder. */
async function musubi(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...base, MUSUBI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('musubi CLI', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('stops with a message naming a bad environment variable', async () => {
    const result = await musubi(['migrate'], { PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invalid configuration:\n\s+PORT: /);
  });

  it('migrates an empty data folder, and create-admin explains that setup comes first', async () => {
    expect((await musubi(['migrate'])).stdout).toContain('Migrations applied (pglite)');
    const noOrg = await musubi([
      'create-admin',
      '--email',
      'a@example.org',
      '--name',
      'A',
      '--password',
      'long-enough-1',
    ]);
    expect(noOrg.code).toBe(1);
    expect(noOrg.stderr).toContain('first-run setup');
  }, 120_000);

  it('makes a new account administrator of the only organization', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await completeSetup(
      database.db,
      {
        organization: { name: 'NPO', kind: 'npo', locale: 'ja', timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4 },
        admin: { name: 'First', email: 'first@example.org', password: 'first-password' },
      },
      'cli-test',
    );
    await database.close();
    const result = await musubi(['create-admin', '--email', 'Rescue@Example.org', '--name', 'Rescue'], {
      MUSUBI_ADMIN_PASSWORD: 'rescue-password',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Created rescue@example.org: org_admin of NPO');
  });
});
