import { crc32, deflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { updateCertificateSettings, uploadSeal } from '../modules/certificates/certificate-settings.service';
import { issueCertificate } from '../modules/certificates/certificates.service';
import { DEFAULT_LEVELS } from '../modules/certificates/recognition';
import { type Db, queryRows } from '../platform/db/client';
import type { DemoNetwork } from './demo-data';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A red seal stamp (a ring around a square with a cross, like a 角印 inside a
 * 丸印), drawn pixel by pixel into an RGBA PNG so the demo needs no image file.
 */
export function demoSealPng(size = 160): Buffer {
  const rows: Buffer[] = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c, y - c);
      const inSquare = Math.abs(x - c) <= 40 && Math.abs(y - c) <= 40;
      const squareEdge = inSquare && (Math.abs(x - c) >= 35 || Math.abs(y - c) >= 35);
      const cross = inSquare && (Math.abs(x - c) <= 2.5 || Math.abs(y - c) <= 2.5);
      const ink =
        (r >= size * 0.44 && r <= size * 0.49) || (r >= size * 0.38 && r <= size * 0.4) || squareEdge || cross;
      if (ink) row.set([200, 16, 46, 230], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Certificates in the demo: the hub's person in charge, recognition levels and
 * seal, and one certificate issued to the hub volunteer with the most approved
 * service (when the attendance demo has approved some).
 */
export async function seedCertificates(
  tx: Db,
  network: DemoNetwork,
  orgIds: Map<string, string>,
  accountIds: Map<string, string>,
): Promise<void> {
  const hub = network.organizations.find((o) => o.isHub);
  if (!hub) return;
  const orgId = orgIds.get(hub.key)!;
  const admin = network.people.find((p) =>
    p.memberships.some((m) => m.orgKey === hub.key && (m.role === 'org_admin' || m.role === 'network_admin')),
  );
  const coordinator = network.people.find((p) =>
    p.memberships.some((m) => m.orgKey === hub.key && m.role === 'coordinator'),
  );
  if (!admin || !coordinator) return;
  const adminActor = { accountId: accountIds.get(admin.key)!, name: admin.name, requestId: 'demo-seed' };
  await updateCertificateSettings(tx, adminActor, orgId, {
    levels: DEFAULT_LEVELS.map((level) => ({
      minHours: level.minHours,
      names: {
        ja: level.names.ja ?? null,
        en: level.names.en ?? null,
        'zh-CN': level.names['zh-CN'] ?? null,
        ko: level.names.ko ?? null,
      },
    })),
    representativeTitle: '理事長',
    representativeName: '結城 一郎',
  });
  await uploadSeal(tx, adminActor, orgId, { pngBase64: demoSealPng().toString('base64') });

  // The attendance demo decides who served; the certificate goes to whoever served most here.
  const [top] = await queryRows<{ volunteerId: string; first: string; last: string }>(
    tx,
    sql`select volunteer_id as "volunteerId", to_char(min(service_date), 'YYYY-MM-DD') as first,
      to_char(max(service_date), 'YYYY-MM-DD') as last
    from attendance_record where org_id = ${orgId} and status = 'approved' and credited_minutes > 0
    group by volunteer_id order by sum(credited_minutes) desc, volunteer_id limit 1`,
  );
  if (!top) return;
  await issueCertificate(
    tx,
    'http://localhost:3000',
    { accountId: accountIds.get(coordinator.key)!, name: coordinator.name, requestId: 'demo-seed' },
    orgId,
    top.volunteerId,
    { from: top.first, to: top.last, contact: 'phone' },
  );
}
