import { createHash } from 'node:crypto';
import {
  calendarDateIn,
  fiscalYearOf,
  formatVolunteerNumber,
  matchLocale,
  type TCertificate,
  type TCertificateFacts,
  type TCertificateVerification,
  type TIssueCertificateRequest,
  type TMyCertificatesResponse,
  type TRevokeCertificateRequest,
  ZIssueCertificateRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { signToken, verifyToken } from '../../platform/signing/signing';
import { describeOrganizations, getOrganization } from '../organizations';
import { accountNamesByIds } from '../people';
import { volunteerBasics } from '../volunteers';
import { renderCertificatePdf } from './certificate-pdf';
import * as repo from './certificates.repository';
import { myRecords } from './service-record.service';

const SIGNING_PURPOSE = 'certificate';

/** JSON with keys in a fixed order, so the same facts always hash the same (jsonb does not keep key order). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What the signature covers: the certificate's identity and a hash of every printed fact. */
function signedPayload(row: { orgId: string; id: string; number: string; facts: TCertificateFacts }): string {
  const digest = createHash('sha256').update(canonicalJson(row.facts)).digest('base64url');
  return `v1|${row.orgId}|${row.id}|${row.number}|${digest}`;
}

function verificationUrl(publicUrl: string, row: { number: string; signature: string }): string {
  return `${publicUrl}/verify/${encodeURIComponent(row.number)}?sig=${encodeURIComponent(row.signature)}`;
}

async function toCertificates(db: Db, publicUrl: string, rows: repo.CertificateRow[]): Promise<TCertificate[]> {
  const names = await accountNamesByIds(db, [...new Set(rows.map((r) => r.issuedBy).filter((id) => id !== null))]);
  return rows.map((row) => ({
    id: row.id,
    orgId: row.orgId,
    volunteerId: row.volunteerId,
    number: row.number,
    facts: row.facts,
    issuedAt: row.issuedAt.toISOString(),
    issuedByName: row.issuedBy ? (names.get(row.issuedBy) ?? null) : null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokeReason,
    verificationUrl: verificationUrl(publicUrl, row),
  }));
}

/** `2026-0042`: the fiscal year of the issue date (the organization's calendar) and the sequence in that year. */
async function allocateNumber(tx: Db, orgId: string, issuedOn: string, fiscalYearStartMonth: number): Promise<string> {
  const { label } = fiscalYearOf(issuedOn, fiscalYearStartMonth);
  const sequence = await repo.nextCertificateNumber(tx, orgId, label);
  return `${label}-${String(sequence).padStart(4, '0')}`;
}

function contactLine(org: { phone: string | null; email: string | null }, contact: 'phone' | 'email' | 'both') {
  const parts = contact === 'phone' ? [org.phone] : contact === 'email' ? [org.email] : [org.phone, org.email];
  const line = parts.filter(Boolean).join(' / ');
  return line === '' ? (org.phone ?? org.email ?? null) : line;
}

/**
 * Issues a certificate of the volunteer's approved service with this
 * organization in the period ("whoever records, certifies": hours served
 * elsewhere are certified there). The facts printed are stored as they are,
 * signed, numbered and audited in one transaction.
 */
export async function issueCertificate(
  db: Db,
  publicUrl: string,
  actor: Actor,
  orgId: string,
  volunteerId: string,
  input: TIssueCertificateRequest,
): Promise<TCertificate> {
  const request = ZIssueCertificateRequest.parse(input);
  const row = await db.transaction(async (tx) => {
    const volunteer = (await volunteerBasics(tx, orgId, [volunteerId])).get(volunteerId);
    if (!volunteer || volunteer.status === 'merged') throw new AppError('VOLUNTEER_NOT_FOUND');
    const service = await repo.listApprovedService(tx, [{ orgId, volunteerId }], {
      from: request.from,
      to: request.to,
    });
    const totalMinutes = service.reduce((sum, s) => sum + s.minutes, 0);
    if (totalMinutes <= 0) throw new AppError('CERTIFICATE_NO_SERVICE');
    const org = await getOrganization(tx, orgId);
    const [settings, seal] = await Promise.all([repo.findSettings(tx, orgId), repo.findCurrentSeal(tx, orgId)]);
    const issuedOn = calendarDateIn(org.timeZone);
    const number = await allocateNumber(tx, orgId, issuedOn, org.fiscalYearStartMonth);

    const activities = new Map<string, { minutes: number; dates: Set<string> }>();
    for (const s of service) {
      const entry = activities.get(s.activity) ?? { minutes: 0, dates: new Set<string>() };
      entry.minutes += s.minutes;
      entry.dates.add(s.serviceDate);
      activities.set(s.activity, entry);
    }
    const representative = [settings?.representativeTitle, settings?.representativeName].filter(Boolean).join(' ');
    const facts: TCertificateFacts = {
      number,
      issuedOn,
      locale: request.locale ?? matchLocale(volunteer.locale) ?? org.locale,
      // The registration number, zero-padded; a record written outside the application has only its id.
      volunteer: {
        name: volunteer.name,
        number: volunteer.number === null ? volunteer.id : formatVolunteerNumber(volunteer.number),
      },
      period: { from: request.from, to: request.to },
      totalMinutes,
      days: new Set(service.map((s) => s.serviceDate)).size,
      activities: [...activities.entries()]
        .map(([title, a]) => ({ title, minutes: a.minutes, days: a.dates.size }))
        .sort((a, b) => b.minutes - a.minutes || (a.title < b.title ? -1 : 1)),
      organization: {
        name: org.name,
        address: org.address,
        contact: contactLine(org, request.contact),
        representative: representative === '' ? null : representative,
      },
      handler: actor.name,
      sealId: seal?.id ?? null,
    };
    const id = newId();
    const signature = await signToken(tx, SIGNING_PURPOSE, signedPayload({ orgId, id, number, facts }));
    const created = await repo.insertCertificate(tx, {
      orgId,
      id,
      number,
      volunteerId,
      locale: facts.locale,
      facts,
      signature,
      issuedBy: actor.accountId,
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'CERTIFICATE_ISSUED',
      targetType: 'certificate',
      targetId: id,
      summary: { number, volunteerId, period: facts.period, totalMinutes, locale: facts.locale },
      requestId: actor.requestId,
    });
    return created;
  });
  return (await toCertificates(db, publicUrl, [row]))[0];
}

export async function listVolunteerCertificates(
  db: Db,
  publicUrl: string,
  orgId: string,
  volunteerId: string,
): Promise<TCertificate[]> {
  const volunteer = (await volunteerBasics(db, orgId, [volunteerId])).get(volunteerId);
  if (!volunteer) throw new AppError('VOLUNTEER_NOT_FOUND');
  return toCertificates(db, publicUrl, await repo.listCertificatesOfVolunteer(db, orgId, volunteerId));
}

/** Revokes a certificate (it stays on record, and its verification page says revoked). */
export async function revokeCertificate(
  db: Db,
  publicUrl: string,
  actor: Actor,
  orgId: string,
  certificateId: string,
  input: TRevokeCertificateRequest,
): Promise<TCertificate> {
  const row = await db.transaction(async (tx) => {
    const current = await repo.findCertificate(tx, orgId, certificateId, true);
    if (!current) throw new AppError('CERTIFICATE_NOT_FOUND');
    if (current.revokedAt) throw new AppError('CERTIFICATE_ALREADY_REVOKED');
    const revoked = await repo.markRevoked(tx, orgId, certificateId, actor.accountId, input.reason);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'CERTIFICATE_REVOKED',
      targetType: 'certificate',
      targetId: certificateId,
      summary: { number: current.number, reason: input.reason },
      requestId: actor.requestId,
    });
    return revoked;
  });
  return (await toCertificates(db, publicUrl, [row]))[0];
}

async function printCertificate(db: Db, publicUrl: string, row: repo.CertificateRow) {
  const seal = row.facts.sealId ? ((await repo.findSealImage(db, row.orgId, row.facts.sealId)) ?? null) : null;
  const pdf = await renderCertificatePdf({
    facts: row.facts,
    issuedAt: row.issuedAt,
    seal,
    verificationUrl: verificationUrl(publicUrl, row),
  });
  return { pdf, fileName: `certificate-${row.number}.pdf` };
}

/** The certificate's PDF, printed again from its stored facts (the same document every time). */
export async function certificatePdf(db: Db, publicUrl: string, orgId: string, certificateId: string) {
  const row = await repo.findCertificate(db, orgId, certificateId);
  if (!row) throw new AppError('CERTIFICATE_NOT_FOUND');
  return printCertificate(db, publicUrl, row);
}

/** The signed-in person's own certificate, from any organization where they have a record. */
export async function myCertificatePdf(db: Db, publicUrl: string, accountId: string, certificateId: string) {
  const row = await repo.findCertificateOfRecords(db, certificateId, await myRecords(db, accountId));
  if (!row) throw new AppError('CERTIFICATE_NOT_FOUND');
  return printCertificate(db, publicUrl, row);
}

export async function listMyCertificates(
  db: Db,
  publicUrl: string,
  accountId: string,
): Promise<TMyCertificatesResponse> {
  const rows = await repo.listCertificatesOfRecords(db, await myRecords(db, accountId));
  const orgs = await describeOrganizations(db, [...new Set(rows.map((r) => r.orgId))]);
  const certificates = await toCertificates(db, publicUrl, rows);
  return { certificates: certificates.map((c) => ({ ...c, orgName: orgs.get(c.orgId)?.name ?? '' })) };
}

/**
 * Public check of a printed certificate: genuine when the signature from its
 * QR code verifies against the facts stored under that number (so neither a
 * forged code nor an altered record passes), revoked when it was withdrawn.
 * Shows only the certified facts, never contact details or birth dates.
 */
export async function verifyCertificate(db: Db, number: string, signature: string): Promise<TCertificateVerification> {
  if (signature === '') return { status: 'not_genuine', certificate: null };
  for (const row of await repo.findCertificatesByNumber(db, number)) {
    if (!(await verifyToken(db, SIGNING_PURPOSE, signedPayload(row), signature))) continue;
    return {
      status: row.revokedAt ? 'revoked' : 'genuine',
      certificate: {
        number: row.number,
        issuedOn: row.facts.issuedOn,
        volunteerName: row.facts.volunteer.name,
        period: row.facts.period,
        totalMinutes: row.facts.totalMinutes,
        organizationName: row.facts.organization.name,
        revokedAt: row.revokedAt?.toISOString() ?? null,
      },
    };
  }
  return { status: 'not_genuine', certificate: null };
}
