import { SITE_CODE_STEP_SECONDS } from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { signToken, signTokens, verifyToken } from '../../platform/signing/signing';

/**
 * The text inside attendance QR codes: `M1.<type>.<org>.<subject>.<n>[.<place>].<keyId>.<mac>`.
 * - `S` screen: subject = activity, n = 30-second step (base 36)
 * - `P` poster: subject = activity, n = poster generation
 * - `V` personal: subject = volunteer record, n = code generation
 * Site codes (S, P) may name a place of the activity. Ids are UUIDs in
 * base64url (22 characters), so a code stays under 100 characters (under
 * 125 with a place): a small QR code that phones read at arm's length.
 */
export type CodeType = 'S' | 'P' | 'V';

export interface ParsedCode {
  type: CodeType;
  orgId: string;
  subjectId: string;
  n: number;
  placeId: string | null;
  payload: string;
  signature: string;
}

const PURPOSE: Record<CodeType, string> = { S: 'attendance.site', P: 'attendance.site', V: 'attendance.personal' };
const CODE_PATTERN =
  /^M1\.([SPV])\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})\.([0-9a-z]{1,12})(?:\.([A-Za-z0-9_-]{22}))?\.([A-Za-z0-9_-]{1,16}\.[A-Za-z0-9_-]+)$/;

function compactId(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
}

function expandId(compact: string): string | null {
  const hex = Buffer.from(compact, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  // Only the canonical spelling reads: one code, one text.
  return compactId(uuid) === compact ? uuid : null;
}

function payloadOf(type: CodeType, orgId: string, subjectId: string, n: number, placeId: string | null): string {
  const place = placeId ? `.${compactId(placeId)}` : '';
  return `M1.${type}.${compactId(orgId)}.${compactId(subjectId)}.${n.toString(36)}${place}`;
}

/** A signed code of `type` for the organization's activity (S, P; at a place or not) or volunteer record (V). */
export async function makeCode(
  db: Db,
  type: CodeType,
  orgId: string,
  subjectId: string,
  n: number,
  placeId: string | null = null,
): Promise<string> {
  const payload = payloadOf(type, orgId, subjectId, n, placeId);
  return `${payload}.${await signToken(db, PURPOSE[type], payload)}`;
}

/** Codes of one type and subject for consecutive numbers (a screen's steps), signed with one key lookup. */
export async function makeCodes(
  db: Db,
  type: CodeType,
  orgId: string,
  subjectId: string,
  numbers: readonly number[],
  placeId: string | null = null,
): Promise<string[]> {
  const payloads = numbers.map((n) => payloadOf(type, orgId, subjectId, n, placeId));
  const signatures = await signTokens(db, PURPOSE[type], payloads);
  return payloads.map((payload, i) => `${payload}.${signatures[i]}`);
}

/** The code's parts when it reads as an attendance code (not yet verified), else null. */
export function parseCode(text: string): ParsedCode | null {
  const match = CODE_PATTERN.exec(text);
  if (!match) return null;
  const [, type, org, subject, n, place, signature] = match as unknown as [
    string,
    CodeType,
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  const orgId = expandId(org);
  const subjectId = expandId(subject);
  const placeId = place ? expandId(place) : null;
  const number = Number.parseInt(n, 36);
  if (!orgId || !subjectId || !Number.isSafeInteger(number) || number.toString(36) !== n) return null;
  if (place && (!placeId || type === 'V')) return null;
  const payload = `M1.${type}.${org}.${subject}.${n}${place ? `.${place}` : ''}`;
  return { type, orgId, subjectId, n: number, placeId, payload, signature };
}

/** Whether the code's signature verifies for its type. */
export function verifyCode(db: Db, code: ParsedCode): Promise<boolean> {
  return verifyToken(db, PURPOSE[code.type], code.payload, code.signature);
}

/** The 30-second step an instant falls in. */
export function stepOf(at: Date): number {
  return Math.floor(at.getTime() / 1000 / SITE_CODE_STEP_SECONDS);
}

/** When a step begins. */
export function stepStart(step: number): Date {
  return new Date(step * SITE_CODE_STEP_SECONDS * 1000);
}
