import {
  SEAL_MAX_BYTES,
  type TCertificateSettings,
  type TRecognitionLevel,
  type TUpdateCertificateSettingsRequest,
  type TUploadSealRequest,
} from '@musubi/shared';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { readEmbeddablePng } from '../../platform/pdf/png';
import { getOrganization } from '../organizations';
import * as repo from './certificates.repository';
import { DEFAULT_LEVELS } from './recognition';

/** Seals are stamps: anything bigger than this in either direction is a mistake (a scan of a whole page). */
const SEAL_MAX_PIXELS = 2000;

/** The organization's levels: its own, or the defaults while it has set none. */
export function levelsOf(row: repo.CertificateSettingsRow | undefined): TRecognitionLevel[] {
  return row?.levels ?? DEFAULT_LEVELS;
}

export async function getCertificateSettings(db: Db, orgId: string): Promise<TCertificateSettings> {
  await getOrganization(db, orgId);
  const [row, seal] = await Promise.all([repo.findSettings(db, orgId), repo.findCurrentSeal(db, orgId)]);
  return {
    levels: levelsOf(row),
    defaultLevels: !row?.levels,
    representativeName: row?.representativeName ?? null,
    representativeTitle: row?.representativeTitle ?? null,
    seal: seal
      ? { uploadedAt: seal.uploadedAt.toISOString(), width: seal.width, height: seal.height, bytes: seal.bytes }
      : null,
  };
}

/** Changes levels and the person in charge; the audit entry keeps the new values. */
export async function updateCertificateSettings(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TUpdateCertificateSettingsRequest,
): Promise<TCertificateSettings> {
  await db.transaction(async (tx) => {
    await getOrganization(tx, orgId);
    const changes: Parameters<typeof repo.upsertSettings>[2] = {};
    if (input.useDefaultLevels) changes.levels = null;
    else if (input.levels) changes.levels = input.levels;
    if (input.representativeName !== undefined) changes.representativeName = input.representativeName;
    if (input.representativeTitle !== undefined) changes.representativeTitle = input.representativeTitle;
    await repo.upsertSettings(tx, orgId, changes);
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'CERTIFICATE_SETTINGS_UPDATED',
      targetType: 'organization',
      targetId: orgId,
      summary: {
        levels: changes.levels === undefined ? undefined : (changes.levels?.map((l) => l.minHours) ?? 'default'),
        representativeName: changes.representativeName,
        representativeTitle: changes.representativeTitle,
      },
      requestId: actor.requestId,
    });
  });
  return getCertificateSettings(db, orgId);
}

/** Stores a new seal image (PNG, at most SEAL_MAX_BYTES); certificates issued from now on print it. */
export async function uploadSeal(
  db: Db,
  actor: Actor,
  orgId: string,
  input: TUploadSealRequest,
): Promise<TCertificateSettings> {
  const png = Buffer.from(input.pngBase64, 'base64');
  if (png.length > SEAL_MAX_BYTES) throw new AppError('CERTIFICATE_SEAL_TOO_LARGE', { maxBytes: SEAL_MAX_BYTES });
  const info = readEmbeddablePng(png);
  if (!info || info.width > SEAL_MAX_PIXELS || info.height > SEAL_MAX_PIXELS) {
    throw new AppError('CERTIFICATE_SEAL_INVALID');
  }
  await db.transaction(async (tx) => {
    await getOrganization(tx, orgId);
    const sealId = await repo.insertSeal(tx, {
      orgId,
      png,
      width: info.width,
      height: info.height,
      uploadedBy: actor.accountId,
    });
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'CERTIFICATE_SEAL_UPLOADED',
      targetType: 'organization_seal',
      targetId: sealId,
      summary: { bytes: png.length, width: info.width, height: info.height },
      requestId: actor.requestId,
    });
  });
  return getCertificateSettings(db, orgId);
}

/** The current seal image, for the settings page's preview. */
export async function currentSealImage(db: Db, orgId: string): Promise<Buffer> {
  const seal = await repo.findCurrentSeal(db, orgId);
  const png = seal && (await repo.findSealImage(db, orgId, seal.id));
  if (!png) throw new AppError('CERTIFICATE_SEAL_NOT_FOUND');
  return png;
}
