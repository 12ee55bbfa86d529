import {
  ACTIVITY_CATEGORIES,
  CONTACT_CHANNELS,
  describeIssue,
  issuePath,
  LANGUAGES,
  LOCALES,
  parseRosterDate,
  readingKey,
  type TCsvEncoding,
  type TImportRow,
  type TLocale,
  type TVolunteerImportResponse,
  type TVolunteerProfileFields,
  translate,
  VOLUNTEER_CSV_COLUMNS,
  ZVolunteerProfileFields,
} from '@musubi/shared';
import { and, asc, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import { decodeCsv, encodeCsv } from '../../platform/csv/csv';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/http/deps';
import { coversOn } from '../insurance';
import { listSkills } from './skills.service';
import * as repo from './volunteers.repository';
import { findDuplicates, insertVolunteer, organizationToday, staffRecorder } from './volunteers.service';
import { volunteerTable } from './volunteers.table';

const IMPORT_COLUMNS = VOLUNTEER_CSV_COLUMNS;
type Column = (typeof IMPORT_COLUMNS)[number];
const EXPORT_COLUMNS = [...IMPORT_COLUMNS, 'registered_via', 'insured_today'] as const;

/** One import holds at most this many rows; bigger rosters are split. */
export const IMPORT_ROW_LIMIT = 5000;

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** Every name a value goes by: its key and its label in each of the four languages. */
function vocabulary<V extends string = string>(values: readonly V[], labelKey: (value: V) => string): Map<string, V> {
  const map = new Map<string, V>();
  for (const value of values) {
    map.set(fold(value), value);
    for (const locale of LOCALES) map.set(fold(translate(locale, labelKey(value))), value);
  }
  return map;
}

const HEADERS = vocabulary<Column>(IMPORT_COLUMNS, (c) => `participation.csv_${c}`);
const LANGUAGE_NAMES = vocabulary(LANGUAGES, (v) => `participation.language_${v}`);
const CATEGORY_NAMES = vocabulary(ACTIVITY_CATEGORIES, (v) => `participation.category_${v}`);
const CHANNEL_NAMES = vocabulary(CONTACT_CHANNELS, (v) => `participation.channel_${v}`);
const STATUS_NAMES = vocabulary(['applicant', 'active', 'inactive', 'lapsed'], (v) => `participation.status_${v}`);

/** Splits a list cell: 「英語、中国語」, "en; zh", "en/zh". */
const splitList = (cell: string) =>
  cell
    .split(/[;,、，；/／|]+/)
    .map((token) => token.trim())
    .filter((token) => token !== '');

interface ParsedRow {
  line: number;
  fields: TVolunteerProfileFields | null;
  status: 'applicant' | 'active' | 'inactive' | 'lapsed';
  issues: TImportRow['issues'];
  name: string | null;
}

function parseRow(line: number, cells: Map<Column, string>, skillNames: Map<string, string>): ParsedRow {
  const issues: TImportRow['issues'] = [];
  const get = (column: Column) => cells.get(column) ?? '';
  const optional = (column: Column) => (get(column) === '' ? undefined : get(column));
  const lookup = (column: Column, names: Map<string, string>, messageKey: string) =>
    splitList(get(column)).flatMap((token) => {
      const value = names.get(fold(token));
      if (!value) issues.push({ column, messageKey });
      return value ? [value] : [];
    });

  let birthDate: string | undefined;
  if (get('birth_date') !== '') {
    birthDate = parseRosterDate(get('birth_date')) ?? undefined;
    if (!birthDate) issues.push({ column: 'birth_date', messageKey: 'validation.date' });
  }
  const channel = optional('preferred_channel');
  const preferredChannel = channel ? CHANNEL_NAMES.get(fold(channel)) : undefined;
  if (channel && !preferredChannel)
    issues.push({ column: 'preferred_channel', messageKey: 'validation.invalid_value' });
  const statusCell = optional('status');
  const status = statusCell ? STATUS_NAMES.get(fold(statusCell)) : 'active';
  if (!status) issues.push({ column: 'status', messageKey: 'validation.status_unknown' });

  const candidate = {
    name: get('name'),
    nameReading: optional('name_reading'),
    birthDate,
    email: optional('email'),
    phone: optional('phone'),
    preferredChannel,
    postalCode: optional('postal_code'),
    address: optional('address'),
    languages: lookup('languages', LANGUAGE_NAMES, 'validation.language_unknown'),
    skillIds: lookup('skills', skillNames, 'validation.unknown_skill'),
    interests: lookup('interests', CATEGORY_NAMES, 'validation.invalid_value'),
    emergencyContactName: optional('emergency_contact_name'),
    emergencyContactPhone: optional('emergency_contact_phone'),
  };
  const parsed = ZVolunteerProfileFields.safeParse(candidate);
  if (!parsed.success) {
    const toColumn = (path: string) =>
      IMPORT_COLUMNS.find((c) => c.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase()) === path.split('.')[0]) ??
      null;
    for (const issue of parsed.error.issues) {
      issues.push({ column: toColumn(issuePath(issue.path)), messageKey: describeIssue(issue).key });
    }
  }
  return {
    line,
    fields: parsed.success && issues.length === 0 ? parsed.data : null,
    status: (status as ParsedRow['status']) ?? 'active',
    issues,
    name: get('name') || null,
  };
}

interface PlannedRow extends TImportRow {
  fields: TVolunteerProfileFields | null;
  status: ParsedRow['status'];
}

/** Reads the file and decides, row by row, what an import would do. Writes nothing. */
async function planImport(db: Db, orgId: string, bytes: Buffer, locale: TLocale) {
  const decoded = decodeCsv(bytes);
  if (!decoded || decoded.rows.length < 2) throw new AppError('CSV_UNREADABLE');
  const [header, ...body] = decoded.rows;
  if (body.length > IMPORT_ROW_LIMIT) throw new AppError('CSV_TOO_MANY_ROWS', { limit: IMPORT_ROW_LIMIT });
  const columns = header.map((cell) => HEADERS.get(fold(cell.replace(/^\uFEFF/, ''))) ?? null);
  if (!columns.includes('name')) {
    throw new AppError('CSV_MISSING_COLUMNS', { columns: translate(locale, 'participation.csv_name') });
  }
  const skills = await listSkills(db, orgId);
  const skillNames = new Map<string, string>();
  for (const skill of skills) {
    for (const name of Object.values(skill.names)) if (name) skillNames.set(fold(name), skill.id);
  }

  const seen = new Set<string>();
  const rows: PlannedRow[] = [];
  for (const [index, cells] of body.entries()) {
    const byColumn = new Map<Column, string>();
    columns.forEach((column, i) => {
      if (column && !byColumn.get(column)) byColumn.set(column, cells[i] ?? '');
    });
    const parsed = parseRow(index + 2, byColumn, skillNames);
    const row: PlannedRow = {
      line: parsed.line,
      action: 'reject',
      name: parsed.name,
      volunteerId: null,
      issues: parsed.issues,
      fields: parsed.fields,
      status: parsed.status,
    };
    rows.push(row);
    if (!parsed.fields) continue;
    const probe = {
      readingKey: readingKey(parsed.fields.nameReading),
      birthDate: parsed.fields.birthDate ?? null,
      phone: parsed.fields.phone ?? null,
      email: parsed.fields.email ?? null,
    };
    const keys = [
      probe.readingKey && probe.birthDate ? `r:${probe.readingKey}:${probe.birthDate}` : null,
      probe.phone ? `p:${probe.phone}` : null,
      probe.email ? `e:${probe.email}` : null,
    ].filter((key): key is string => key !== null);
    if (keys.some((key) => seen.has(key))) {
      row.issues.push({ column: null, messageKey: 'validation.duplicate_in_file' });
      continue;
    }
    for (const key of keys) seen.add(key);
    const matches = await findDuplicates(db, orgId, probe);
    if (matches.length > 1) {
      row.issues.push({ column: null, messageKey: 'validation.import_ambiguous' });
      continue;
    }
    row.action = matches.length === 1 ? 'update' : 'create';
    row.volunteerId = matches[0]?.volunteerId ?? null;
  }
  return { encoding: decoded.encoding, rows };
}

/**
 * Imports a roster. Without `commit` it only previews; with it, every row that
 * the preview accepts is written in one transaction (all or nothing), rows that
 * match an existing record update it (empty cells leave fields as they are).
 */
export async function importVolunteers(
  db: Db,
  actor: Actor,
  orgId: string,
  bytes: Buffer,
  commit: boolean,
  locale: TLocale,
): Promise<TVolunteerImportResponse> {
  const run = async (tx: Db) => {
    const plan = await planImport(tx, orgId, bytes, locale);
    if (commit) {
      for (const row of plan.rows) {
        if (row.action === 'create' && row.fields) {
          await insertVolunteer(tx, orgId, {
            fields: row.fields,
            consents: [],
            registeredVia: 'import',
            recorder: staffRecorder(actor),
            status: row.status,
            refuseDuplicates: false,
          });
        } else if (row.action === 'update' && row.fields && row.volunteerId) {
          await applyImportUpdate(tx, orgId, row.volunteerId, row.fields);
        }
      }
    }
    const counts = { create: 0, update: 0, reject: 0 };
    for (const row of plan.rows) counts[row.action] += 1;
    if (commit) {
      await recordAudit(tx, {
        orgId,
        actorAccountId: actor.accountId,
        action: 'VOLUNTEERS_IMPORTED',
        targetType: 'organization',
        targetId: orgId,
        summary: { ...counts, encoding: plan.encoding },
        requestId: actor.requestId,
      });
    }
    return {
      encoding: plan.encoding,
      committed: commit,
      counts,
      rows: plan.rows.map(({ fields: _f, status: _s, ...row }) => row),
    };
  };
  return commit ? db.transaction(run) : run(db);
}

/** An imported row fills in what it has; it never blanks what the record already holds. */
async function applyImportUpdate(tx: Db, orgId: string, volunteerId: string, fields: TVolunteerProfileFields) {
  const current = await repo.findVolunteer(tx, orgId, volunteerId, true);
  if (!current) return;
  const set: Partial<repo.NewVolunteerRow> = {};
  const take = <K extends keyof repo.NewVolunteerRow>(key: K, value: repo.NewVolunteerRow[K] | undefined) => {
    if (value !== undefined && value !== null && value !== '') set[key] = value;
  };
  take('name', fields.name);
  take('nameReading', fields.nameReading);
  if (fields.nameReading) set.readingKey = readingKey(fields.nameReading);
  take('birthDate', fields.birthDate);
  take('email', fields.email);
  take('phone', fields.phone);
  take('preferredChannel', fields.preferredChannel);
  take('postalCode', fields.postalCode);
  take('address', fields.address);
  take('emergencyContactName', fields.emergencyContactName);
  take('emergencyContactPhone', fields.emergencyContactPhone);
  if (fields.languages?.length) set.languages = [...new Set([...current.languages, ...fields.languages])];
  if (fields.interests?.length) set.interests = [...new Set([...current.interests, ...fields.interests])];
  await repo.updateVolunteerRow(tx, orgId, volunteerId, set);
  await repo.addSkills(tx, orgId, volunteerId, fields.skillIds ?? []);
}

/** The roster as CSV, headed and labelled in the reader's language (the import reads it back). */
export async function exportVolunteers(
  db: Db,
  actor: Actor,
  orgId: string,
  encoding: TCsvEncoding,
  locale: TLocale,
): Promise<Buffer> {
  const rows = await db
    .select()
    .from(volunteerTable)
    .where(and(eq(volunteerTable.orgId, orgId), ne(volunteerTable.status, 'merged')))
    .orderBy(asc(volunteerTable.readingKey), asc(volunteerTable.id));
  const ids = rows.map((row) => row.id);
  const skills = new Map((await listSkills(db, orgId)).map((skill) => [skill.id, skill]));
  const skillIds = await repo.skillIdsOf(db, orgId, ids);
  const covers = await coversOn(db, orgId, ids, await organizationToday(db, orgId));
  const t = (key: string) => translate(locale, key);
  const list = (values: string[], label: (v: string) => string) => values.map(label).join('; ');
  const skillName = (id: string) => {
    const names = skills.get(id)?.names ?? {};
    return names[locale] ?? Object.values(names).find((n) => n) ?? '';
  };
  const table = [
    EXPORT_COLUMNS.map((c) => t(`participation.csv_${c}`)),
    ...rows.map((row) => [
      row.name,
      row.nameReading ?? '',
      row.birthDate ?? '',
      row.email ?? '',
      row.phone ?? '',
      t(`participation.channel_${row.preferredChannel}`),
      row.postalCode ?? '',
      row.address ?? '',
      list(row.languages, (v) => t(`participation.language_${v}`)),
      list(skillIds.get(row.id) ?? [], skillName),
      list(row.interests, (v) => t(`participation.category_${v}`)),
      t(`participation.status_${row.status}`),
      row.emergencyContactName ?? '',
      row.emergencyContactPhone ?? '',
      t(`participation.registered_via_${row.registeredVia}`),
      t((covers.get(row.id) ?? []).length > 0 ? 'participation.csv_yes' : 'participation.csv_no'),
    ]),
  ];
  await recordAudit(db, {
    orgId,
    actorAccountId: actor.accountId,
    action: 'VOLUNTEERS_EXPORTED',
    targetType: 'organization',
    targetId: orgId,
    summary: { rows: rows.length, encoding },
    requestId: actor.requestId,
  });
  return encodeCsv(table, encoding);
}
