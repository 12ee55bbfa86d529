import {
  describeIssue,
  issuePath,
  type TDirectoryImportIssue,
  type TDirectoryImportResponse,
  type TDirectoryImportRow,
  type TDirectoryLocationFields,
  type TDirectoryOrganizationFields,
  type TDirectoryScheduleFields,
  type TDirectoryScheduleInput,
  type TDirectoryServiceFields,
  type TLanguage,
  utcOffsetMinutes,
  ZCreateDirectoryLocationRequest,
  ZCreateDirectoryOrganizationRequest,
  ZCreateDirectoryServiceRequest,
  ZDirectorySchedule,
  ZUuid,
} from '@musubi/shared';
import type { ZodSafeParseResult } from 'zod';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import { newId } from '../../platform/db/ids';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import * as repo from './directory.repository';
import { getDirectoryOrganization } from './directory.service';
import { directoryLocationTable, directoryOrganizationTable, directoryServiceTable } from './directory.table';
import {
  asArray,
  asObject,
  categoriesOf,
  hsdsPage,
  kindOf,
  languageOf,
  numberField,
  organizationsOf,
  organizationToHsds,
  readSchedule,
  text,
} from './hsds';

/** One import holds at most this many organizations, services and places together. */
export const IMPORT_ENTRY_LIMIT = 5000;

/** The whole directory as an HSDS 3.0 page of compiled organizations (see hsds.ts). */
export async function exportDirectory(db: Db, orgId: string): Promise<Record<string, unknown>> {
  const org = await getOrganization(db, orgId);
  const context = { locale: org.locale, offsetMinutes: utcOffsetMinutes(org.timeZone) };
  const rows = await repo.allOrganizationRows(db, orgId);
  const details = [];
  for (const row of rows) details.push(await getDirectoryOrganization(db, orgId, row.id));
  // A service may be offered at another organization's place: ids come from the whole directory.
  const locationHsdsIds = new Map(details.flatMap((d) => d.locations.map((l) => [l.id, l.hsdsId] as const)));
  return hsdsPage(
    details.map(({ services, locations, ...organization }) =>
      organizationToHsds(organization, services, locations, locationHsdsIds, context),
    ),
  );
}

// ---------------------------------------------------------------- import plan

type Json = Record<string, unknown>;

interface Planned<F> {
  row: TDirectoryImportRow;
  /** The entry as Musubi keeps it; absent when the row is rejected. */
  fields?: F;
  hsdsId: string;
}
interface PlannedOrganization extends Planned<TDirectoryOrganizationFields> {}
interface PlannedLocation extends Planned<Omit<TDirectoryLocationFields, 'organizationId'>> {
  organizationHsdsId: string;
  schedules: TDirectoryScheduleFields[];
}
interface PlannedService extends Planned<Omit<TDirectoryServiceFields, 'organizationId' | 'locationIds'>> {
  organizationHsdsId: string;
  locationHsdsIds: string[];
  schedules: TDirectoryScheduleFields[];
}

interface ImportPlan {
  organizations: PlannedOrganization[];
  locations: PlannedLocation[];
  services: PlannedService[];
}

/** Runs a Musubi contract over the fields read from HSDS; its issues are named by their HSDS field. */
function check<T>(
  contract: { safeParse(value: unknown): ZodSafeParseResult<T> },
  candidate: unknown,
  hsdsField: Record<string, string>,
  issues: TDirectoryImportIssue[],
): T | undefined {
  const parsed = contract.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issuePath(issue.path);
    const described = describeIssue(issue);
    issues.push({
      field: hsdsField[path.split('.')[0]] ?? path,
      messageKey: described.key,
      ...(Object.keys(described.params).length > 0 ? { params: described.params } : {}),
    });
  }
  return undefined;
}

/** The id of an HSDS object, which Musubi keeps to match the entry on the next import. */
function hsdsIdOf(object: Json | null, issues: TDirectoryImportIssue[], seen: Set<string>): string | null {
  const id = text(object, 'id')?.toLowerCase();
  if (!id || !ZUuid.safeParse(id).success) {
    issues.push({ field: 'id', messageKey: 'validation.uuid' });
    return id ?? null;
  }
  if (seen.has(id)) {
    issues.push({ field: 'id', messageKey: 'directory.import_issues.duplicate_id' });
    return id;
  }
  seen.add(id);
  return id;
}

function schedulesOf(object: Json | null, orgOffset: number, issues: TDirectoryImportIssue[]) {
  const schedules: TDirectoryScheduleInput[] = [];
  asArray(object?.schedules).forEach((raw, index) => {
    const read = readSchedule(raw, `schedules.${index}`, orgOffset);
    if ('issue' in read) issues.push(read.issue);
    else schedules.push(read.schedule);
  });
  return schedules.slice(0, 20).map((schedule) => ZDirectorySchedule.parse(schedule));
}

function emptyRow(kind: TDirectoryImportRow['kind'], object: Json | null): TDirectoryImportRow {
  return { kind, hsdsId: null, name: text(object, 'name') ?? null, action: 'reject', id: null, issues: [] };
}

const ORGANIZATION_FIELDS: Record<string, string> = {
  name: 'name',
  alternateName: 'alternate_name',
  description: 'description',
  kind: 'attributes',
  website: 'website',
  email: 'email',
  phone: 'phones.0.number',
};
const LOCATION_FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  postalCode: 'addresses.0.postal_code',
  address: 'addresses.0.address_1',
  area: 'addresses.0.region',
  location: 'latitude',
  accessibility: 'accessibility.0.description',
};
const SERVICE_FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  categories: 'attributes',
  languages: 'languages',
  eligibility: 'eligibility_description',
  fees: 'fees_description',
  contactName: 'contacts.0.name',
  contactPhone: 'phones.0.number',
  contactEmail: 'email',
  website: 'url',
  status: 'status',
};

/**
 * An address in one line, larger units first as offices in Japan, China and Korea write
 * it; a part repeated inside another ("結び野市" and "結び野市本町1-1") is written once.
 */
function addressLine(address: Json | null): string | undefined {
  const parts = ['state_province', 'city', 'address_1', 'address_2'].flatMap((key) => text(address, key) ?? []);
  const kept = parts.filter(
    (part, i) => !parts.some((other, j) => j !== i && other.includes(part) && (other !== part || j < i)),
  );
  return kept.length > 0 ? kept.join(' ') : undefined;
}

function readOrganization(object: Json | null, row: TDirectoryImportRow) {
  return check(
    ZCreateDirectoryOrganizationRequest,
    {
      name: text(object, 'name') ?? '',
      alternateName: text(object, 'alternate_name') ?? null,
      description: text(object, 'description') ?? null,
      kind: kindOf(object),
      website: text(object, 'website') ?? null,
      email: text(object, 'email') ?? null,
      phone: text(asObject(asArray(object?.phones)[0]), 'number') ?? null,
    },
    ORGANIZATION_FIELDS,
    row.issues,
  );
}

function readLocation(object: Json | null, fallbackName: string, row: TDirectoryImportRow) {
  const addresses = asArray(object?.addresses).map(asObject);
  const address = addresses.find((a) => text(a, 'address_type') !== 'postal') ?? addresses[0] ?? null;
  const lat = numberField(object, 'latitude');
  const lng = numberField(object, 'longitude');
  const accessibility = asArray(object?.accessibility)
    .map((raw) => text(asObject(raw), 'description') ?? text(asObject(raw), 'details'))
    .filter((value): value is string => value !== undefined)
    .join('\n');
  const fields = check(
    ZCreateDirectoryLocationRequest.omit({ organizationId: true, schedules: true }),
    {
      name: text(object, 'name') ?? addressLine(address) ?? fallbackName,
      description: text(object, 'description') ?? null,
      postalCode: text(address, 'postal_code') ?? null,
      address: addressLine(address) ?? null,
      area: text(address, 'region') ?? null,
      location: lat !== undefined && lng !== undefined ? { lat, lng } : null,
      accessibility: accessibility || null,
    },
    LOCATION_FIELDS,
    row.issues,
  );
  row.name = fields?.name ?? row.name;
  return fields;
}

function readService(object: Json | null, row: TDirectoryImportRow) {
  const languages: TLanguage[] = [];
  asArray(object?.languages).forEach((raw, index) => {
    const language = languageOf(asObject(raw));
    if (language) languages.push(language);
    else {
      const code = text(asObject(raw), 'code') ?? text(asObject(raw), 'name') ?? '';
      row.issues.push({
        field: `languages.${index}`,
        messageKey: 'directory.import_issues.language_unknown',
        params: { code },
      });
    }
  });
  const contact = asObject(asArray(object?.contacts)[0]);
  const status = text(object, 'status')?.toLowerCase();
  return check(
    ZCreateDirectoryServiceRequest.omit({ organizationId: true, schedules: true, locationIds: true }),
    {
      name: text(object, 'name') ?? '',
      description: text(object, 'description') ?? null,
      categories: categoriesOf(object),
      languages: [...new Set(languages)],
      eligibility: text(object, 'eligibility_description') ?? null,
      fees: text(object, 'fees_description') ?? null,
      contactName: text(contact, 'name') ?? null,
      contactPhone:
        text(asObject(asArray(object?.phones)[0]), 'number') ??
        text(asObject(asArray(contact?.phones)[0]), 'number') ??
        null,
      contactEmail: text(object, 'email') ?? text(contact, 'email') ?? null,
      website: text(object, 'url') ?? null,
      // HSDS also has `defunct` and `temporarily closed`: neither takes referrals now.
      status:
        status === undefined || status === 'active'
          ? 'active'
          : ['inactive', 'defunct', 'temporarily closed'].includes(status)
            ? 'inactive'
            : status,
    },
    SERVICE_FIELDS,
    row.issues,
  );
}

/** Reads the file and decides, entry by entry, what an import would do. Writes nothing. */
async function planImport(db: Db, orgId: string, body: unknown): Promise<ImportPlan> {
  const organizations = organizationsOf(body);
  if (!organizations || organizations.length === 0) throw new AppError('DIRECTORY_IMPORT_UNREADABLE');
  const entryCount = organizations.reduce<number>((sum, raw) => {
    const object = asObject(raw);
    return sum + 1 + asArray(object?.services).length + asArray(object?.locations).length;
  }, 0);
  if (entryCount > IMPORT_ENTRY_LIMIT) throw new AppError('DIRECTORY_IMPORT_TOO_LARGE', { limit: IMPORT_ENTRY_LIMIT });
  const orgOffset = utcOffsetMinutes((await getOrganization(db, orgId)).timeZone);

  const plan: ImportPlan = { organizations: [], locations: [], services: [] };
  const seen = { organization: new Set<string>(), location: new Set<string>(), service: new Set<string>() };
  for (const raw of organizations) {
    const object = asObject(raw);
    const orgRow = emptyRow('organization', object);
    const orgHsdsId = hsdsIdOf(object, orgRow.issues, seen.organization);
    orgRow.hsdsId = orgHsdsId;
    const orgFields = object ? readOrganization(object, orgRow) : undefined;
    if (!object) orgRow.issues.push({ field: null, messageKey: 'directory.import_issues.not_an_object' });
    const orgAccepted = orgFields !== undefined && orgRow.issues.length === 0;
    plan.organizations.push({ row: orgRow, fields: orgAccepted ? orgFields : undefined, hsdsId: orgHsdsId ?? '' });
    const parentIssue = orgAccepted
      ? []
      : [{ field: null, messageKey: 'directory.import_issues.organization_rejected' } satisfies TDirectoryImportIssue];

    for (const rawLocation of asArray(object?.locations)) {
      const location = asObject(rawLocation);
      const row = emptyRow('location', location);
      const hsdsId = hsdsIdOf(location, row.issues, seen.location);
      row.hsdsId = hsdsId;
      const fields = location ? readLocation(location, orgFields?.name ?? '', row) : undefined;
      const accepted = fields !== undefined && row.issues.length === 0 && orgAccepted;
      row.issues.push(...parentIssue);
      const schedules = accepted ? schedulesOf(location, orgOffset, row.issues) : [];
      plan.locations.push({
        row,
        fields: accepted ? fields : undefined,
        hsdsId: hsdsId ?? '',
        organizationHsdsId: orgHsdsId ?? '',
        schedules,
      });
    }

    for (const rawService of asArray(object?.services)) {
      const service = asObject(rawService);
      const row = emptyRow('service', service);
      const hsdsId = hsdsIdOf(service, row.issues, seen.service);
      row.hsdsId = hsdsId;
      const fields = service ? readService(service, row) : undefined;
      // An unknown language is left out, not a reason to refuse the service.
      const blocking = row.issues.filter((issue) => issue.messageKey !== 'directory.import_issues.language_unknown');
      const accepted = fields !== undefined && blocking.length === 0 && orgAccepted;
      row.issues.push(...parentIssue);
      const schedules = accepted ? schedulesOf(service, orgOffset, row.issues) : [];
      const locationHsdsIds = asArray(service?.service_at_locations).flatMap((raw) => {
        const link = asObject(raw);
        const id = (text(link, 'location_id') ?? text(asObject(link?.location), 'id'))?.toLowerCase();
        return id ? [id] : [];
      });
      plan.services.push({
        row,
        fields: accepted ? fields : undefined,
        hsdsId: hsdsId ?? '',
        organizationHsdsId: orgHsdsId ?? '',
        locationHsdsIds,
        schedules,
      });
    }
  }

  // Entries already in the directory (matched by HSDS id) are updated, the others created.
  const existing = {
    organization: await repo.idsByHsds(db, directoryOrganizationTable, orgId, [...seen.organization]),
    location: await repo.idsByHsds(db, directoryLocationTable, orgId, [...seen.location]),
    service: await repo.idsByHsds(db, directoryServiceTable, orgId, [...seen.service]),
  };
  const decide = (entry: Planned<unknown>, ids: Map<string, string>) => {
    if (!entry.fields) return;
    entry.row.id = ids.get(entry.hsdsId) ?? null;
    entry.row.action = entry.row.id ? 'update' : 'create';
  };
  for (const entry of plan.organizations) decide(entry, existing.organization);
  for (const entry of plan.locations) decide(entry, existing.location);
  for (const entry of plan.services) decide(entry, existing.service);

  // A service's places: those accepted in this file, or already in the directory.
  const knownLocations = new Set([
    ...plan.locations.filter((l) => l.fields).map((l) => l.hsdsId),
    ...existing.location.keys(),
  ]);
  const missing = [...new Set(plan.services.flatMap((s) => s.locationHsdsIds))].filter((id) => !knownLocations.has(id));
  const inDirectory = await repo.idsByHsds(db, directoryLocationTable, orgId, missing);
  for (const service of plan.services) {
    if (!service.fields) continue;
    service.locationHsdsIds = service.locationHsdsIds.filter((id, index) => {
      if (knownLocations.has(id) || inDirectory.has(id)) return true;
      service.row.issues.push({
        field: `service_at_locations.${index}`,
        messageKey: 'directory.import_issues.location_unknown',
      });
      return false;
    });
  }
  return plan;
}

/** Writes an accepted plan: organizations, then places, then services (which name both). */
async function applyImport(tx: Db, orgId: string, plan: ImportPlan): Promise<void> {
  const orgIds = new Map<string, string>();
  for (const entry of plan.organizations) {
    if (!entry.fields) continue;
    const columns = {
      name: entry.fields.name,
      alternateName: entry.fields.alternateName ?? null,
      description: entry.fields.description ?? null,
      kind: entry.fields.kind,
      website: entry.fields.website ?? null,
      email: entry.fields.email ?? null,
      phone: entry.fields.phone ?? null,
    };
    const row = entry.row.id
      ? await repo.updateOrganizationRow(tx, orgId, entry.row.id, columns)
      : await repo.insertOrganization(tx, { ...columns, orgId, id: newId(), hsdsId: entry.hsdsId });
    orgIds.set(entry.hsdsId, row.id);
  }

  const locationIds = new Map<string, string>();
  for (const entry of plan.locations) {
    const owner = orgIds.get(entry.organizationHsdsId);
    if (!entry.fields || !owner) continue;
    const { location, ...rest } = entry.fields;
    const columns = {
      name: rest.name,
      description: rest.description ?? null,
      postalCode: rest.postalCode ?? null,
      address: rest.address ?? null,
      area: rest.area ?? null,
      accessibility: rest.accessibility ?? null,
      latitude: location?.lat ?? null,
      longitude: location?.lng ?? null,
      directoryOrganizationId: owner,
    };
    const row = entry.row.id
      ? await repo.updateLocationRow(tx, orgId, entry.row.id, columns)
      : await repo.insertLocation(tx, { ...columns, orgId, id: newId(), hsdsId: entry.hsdsId });
    await repo.replaceSchedules(tx, orgId, { locationId: row.id }, entry.schedules);
    locationIds.set(entry.hsdsId, row.id);
  }
  const existingLocations = await repo.idsByHsds(
    tx,
    directoryLocationTable,
    orgId,
    plan.services.flatMap((s) => s.locationHsdsIds).filter((id) => !locationIds.has(id)),
  );

  for (const entry of plan.services) {
    const owner = orgIds.get(entry.organizationHsdsId);
    if (!entry.fields || !owner) continue;
    const columns = {
      name: entry.fields.name,
      description: entry.fields.description ?? null,
      categories: entry.fields.categories ?? [],
      languages: entry.fields.languages ?? [],
      eligibility: entry.fields.eligibility ?? null,
      fees: entry.fields.fees ?? null,
      contactName: entry.fields.contactName ?? null,
      contactPhone: entry.fields.contactPhone ?? null,
      contactEmail: entry.fields.contactEmail ?? null,
      website: entry.fields.website ?? null,
      status: entry.fields.status ?? 'active',
      directoryOrganizationId: owner,
    };
    const row = entry.row.id
      ? await repo.updateServiceRow(tx, orgId, entry.row.id, columns)
      : await repo.insertService(tx, { ...columns, orgId, id: newId(), hsdsId: entry.hsdsId });
    const places = entry.locationHsdsIds.flatMap((id) => {
      const locationId = locationIds.get(id) ?? existingLocations.get(id);
      return locationId ? [locationId] : [];
    });
    await repo.replaceServiceLocations(tx, orgId, row.id, places);
    await repo.replaceSchedules(tx, orgId, { serviceId: row.id }, entry.schedules);
  }
}

/**
 * Imports an HSDS file. A dry run only previews; otherwise every accepted entry is
 * written in one transaction (all or nothing) with one audit entry. Entries match
 * earlier ones by their HSDS id, so importing a file again updates instead of
 * duplicating; what the file leaves out of an entry is cleared, and entries not in
 * the file stay as they are.
 */
export async function importDirectory(
  db: Db,
  actor: Actor,
  orgId: string,
  body: unknown,
  dryRun: boolean,
): Promise<TDirectoryImportResponse> {
  const run = async (tx: Db) => {
    const plan = await planImport(tx, orgId, body);
    const rows = [...plan.organizations, ...plan.locations, ...plan.services].map((entry) => entry.row);
    const counts = { create: 0, update: 0, reject: 0 };
    for (const row of rows) counts[row.action] += 1;
    if (!dryRun) {
      await applyImport(tx, orgId, plan);
      await recordAudit(tx, {
        orgId,
        actorAccountId: actor.accountId,
        action: 'DIRECTORY_IMPORTED',
        targetType: 'organization',
        targetId: orgId,
        summary: counts,
        requestId: actor.requestId,
      });
    }
    return { dryRun, counts, rows };
  };
  return dryRun ? run(db) : db.transaction(run);
}
