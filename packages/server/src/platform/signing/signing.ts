import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { signingKeyTable } from './signing.table';

/** Purposes that sign tokens; one key family each, so a token of one purpose never verifies as another. */
export type SigningPurpose = 'attendance.site' | 'attendance.personal' | 'certificate' | (string & {});

/** Bytes of MAC kept in a signature: 128 bits, short enough for a QR code, far beyond guessing. */
const MAC_BYTES = 16;
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;
const MAC_PATTERN = /^[A-Za-z0-9_-]{22}$/;

interface Key {
  id: string;
  secret: Buffer;
}

function mac(secret: Buffer, purpose: string, payload: string): string {
  // The purpose is in the MAC input as well as the key choice, so a key reused by mistake still separates them.
  return createHmac('sha256', secret)
    .update(`${purpose}\n${payload}`)
    .digest()
    .subarray(0, MAC_BYTES)
    .toString('base64url');
}

/** The purpose's current key, made on first use (the unique index on current keys makes concurrent first uses agree). */
async function currentKey(db: Db, purpose: string): Promise<Key> {
  const find = () =>
    db
      .select({ id: signingKeyTable.id, secret: signingKeyTable.secret })
      .from(signingKeyTable)
      .where(and(eq(signingKeyTable.purpose, purpose), isNull(signingKeyTable.retiredAt)))
      .limit(1);
  const [existing] = await find();
  if (existing) return existing;
  await db
    .insert(signingKeyTable)
    .values({ purpose, id: randomBytes(4).toString('base64url'), secret: randomBytes(32) })
    .onConflictDoNothing();
  const [created] = await find();
  if (!created) throw new Error(`signing key for ${purpose} could not be created`);
  return created;
}

/**
 * Signs `payload` for `purpose`; returns `<keyId>.<base64url mac>` (30 characters or fewer).
 * The payload itself is not included: the caller puts it beside the signature.
 */
export async function signToken(db: Db, purpose: SigningPurpose, payload: string): Promise<string> {
  const key = await currentKey(db, purpose);
  return `${key.id}.${mac(key.secret, purpose, payload)}`;
}

/** Signs many payloads with one key lookup (a screen's codes for hours ahead). */
export async function signTokens(db: Db, purpose: SigningPurpose, payloads: readonly string[]): Promise<string[]> {
  const key = await currentKey(db, purpose);
  return payloads.map((payload) => `${key.id}.${mac(key.secret, purpose, payload)}`);
}

/**
 * True when `signature` (from `signToken`) is a valid signature of `payload` for `purpose`,
 * by a current or retired key. Malformed signatures are simply false.
 */
export async function verifyToken(
  db: Db,
  purpose: SigningPurpose,
  payload: string,
  signature: string,
): Promise<boolean> {
  const dot = signature.indexOf('.');
  if (dot < 0) return false;
  const keyId = signature.slice(0, dot);
  const given = signature.slice(dot + 1);
  if (!KEY_ID_PATTERN.test(keyId) || !MAC_PATTERN.test(given)) return false;
  const [key] = await db
    .select({ secret: signingKeyTable.secret })
    .from(signingKeyTable)
    .where(and(eq(signingKeyTable.purpose, purpose), eq(signingKeyTable.id, keyId)));
  if (!key) return false;
  const expected = Buffer.from(mac(key.secret, purpose, payload), 'base64url');
  const actual = Buffer.from(given, 'base64url');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Retires the purpose's current key: new tokens get a fresh key, old ones
 * still verify. For a suspected leak of a key, delete its row instead.
 */
export async function rotateSigningKey(db: Db, purpose: SigningPurpose): Promise<void> {
  await db
    .update(signingKeyTable)
    .set({ retiredAt: sql`now()` })
    .where(and(eq(signingKeyTable.purpose, purpose), isNull(signingKeyTable.retiredAt)));
}
