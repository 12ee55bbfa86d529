import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-database';
import { type Database, queryRows } from '../db/client';
import { rotateSigningKey, signToken, verifyToken } from './signing';

describe('signing', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('signs compactly and verifies its own signature', async () => {
    const signature = await signToken(database.db, 'test.a', 'payload-1');
    expect(signature).toMatch(/^[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{22}$/);
    expect(await verifyToken(database.db, 'test.a', 'payload-1', signature)).toBe(true);
  });

  it('refuses another payload, another purpose, an altered or malformed signature', async () => {
    const signature = await signToken(database.db, 'test.a', 'payload-1');
    expect(await verifyToken(database.db, 'test.a', 'payload-2', signature)).toBe(false);
    expect(await verifyToken(database.db, 'test.b', 'payload-1', signature)).toBe(false);
    const [keyId, mac] = signature.split('.') as [string, string];
    const flipped = `${keyId}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    expect(await verifyToken(database.db, 'test.a', 'payload-1', flipped)).toBe(false);
    for (const bad of ['', 'nodot', `${keyId}.`, `.${mac}`, `${keyId}.${mac}x`, `zzzzzz.${mac}`]) {
      expect(await verifyToken(database.db, 'test.a', 'payload-1', bad)).toBe(false);
    }
  });

  it('makes one key per purpose, even when first uses run at once', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => signToken(database.db, 'test.concurrent', `p${i}`)));
    const rows = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from signing_key where purpose = 'test.concurrent'`,
    );
    expect(rows[0]?.count).toBe(1);
  });

  it('keeps verifying tokens of a retired key while signing with a new one', async () => {
    const old = await signToken(database.db, 'test.rotate', 'p');
    await rotateSigningKey(database.db, 'test.rotate');
    const fresh = await signToken(database.db, 'test.rotate', 'p');
    expect(fresh.split('.')[0]).not.toBe(old.split('.')[0]);
    expect(await verifyToken(database.db, 'test.rotate', 'p', old)).toBe(true);
    expect(await verifyToken(database.db, 'test.rotate', 'p', fresh)).toBe(true);
  });
});
