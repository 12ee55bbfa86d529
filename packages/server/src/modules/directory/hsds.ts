import {
  DIRECTORY_CATEGORIES,
  DIRECTORY_ORGANIZATION_KINDS,
  LANGUAGES,
  LOCALES,
  type TDirectoryCategory,
  type TDirectoryImportIssue,
  type TDirectoryLocation,
  type TDirectoryOrganization,
  type TDirectoryOrganizationKind,
  type TDirectorySchedule,
  type TDirectoryScheduleInput,
  type TDirectoryService,
  type TLanguage,
  type TLocale,
  translate,
  ZDirectorySchedule,
} from '@musubi/shared';
import { v5 } from 'uuid';

/**
 * Open Referral HSDS 3.0, the "compiled" JSON shapes. The export is the shape of the
 * HSDS API's `GET /organizations` answer: a page (`total_items`, `contents`, …) whose
 * `contents` are organizations, each with its `locations` and `services` nested, and in
 * them `schedules`, `phones`, `languages`, `contacts`, `addresses`, `accessibility`,
 * `service_at_locations` and `attributes` (kinds and categories as taxonomy terms).
 * Optional fields without a value are left out rather than written as null.
 */

/** Namespace of the ids Musubi derives for HSDS sub-objects (phones, schedules, …), so exports are stable. */
const HSDS_NAMESPACE = '6f1c1a2e-5b8d-4c44-9a57-3d5e0b7c9a10';
/** The taxonomies Musubi writes its own vocabularies in (`taxonomy_term.taxonomy`). */
export const KIND_TAXONOMY = 'musubi_directory_organization_kind';
export const CATEGORY_TAXONOMY = 'musubi_directory_category';

/** A stable UUID for a sub-object, from its parent's id and its role. */
export function derivedId(...parts: (string | number)[]): string {
  return v5(parts.join(':'), HSDS_NAMESPACE);
}

type Json = Record<string, unknown>;

/** Leaves out fields without a value (HSDS types them as strings or numbers, never null). */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

/** ISO 3166 country of an organization's addresses, from its language (left out when unknown). */
const COUNTRY_BY_LOCALE: Partial<Record<TLocale, string>> = { ja: 'JP', 'zh-CN': 'CN', ko: 'KR' };

export interface ExportContext {
  locale: TLocale;
  /** The organization's offset from UTC now, in minutes (Asia/Tokyo: 540). */
  offsetMinutes: number;
}

function offsetSuffix(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function scheduleToHsds(
  schedule: TDirectorySchedule,
  owner: { service_id: string } | { location_id: string },
  index: number,
  context: ExportContext,
): Json {
  const ownerId = 'service_id' in owner ? owner.service_id : owner.location_id;
  const suffix = offsetSuffix(context.offsetMinutes);
  return compact({
    id: derivedId(ownerId, 'schedule', index),
    ...owner,
    freq: schedule.freq,
    byday: schedule.byday.join(','),
    wkst: 'MO',
    opens_at: `${schedule.opensAt}${suffix}`,
    closes_at: `${schedule.closesAt}${suffix}`,
    timezone: context.offsetMinutes / 60,
    valid_from: schedule.validFrom,
    valid_to: schedule.validTo,
    description: schedule.description,
  });
}

function attribute(linkId: string, linkEntity: string, taxonomy: string, code: string, name: string): Json {
  const termId = derivedId('taxonomy_term', taxonomy, code);
  return {
    id: derivedId(linkId, 'attribute', taxonomy, code),
    link_id: linkId,
    link_type: taxonomy === KIND_TAXONOMY ? 'organization_kind' : 'category',
    link_entity: linkEntity,
    taxonomy_term_id: termId,
    value: code,
    taxonomy_term: { id: termId, code, name, taxonomy },
  };
}

function locationToHsds(location: TDirectoryLocation, organizationHsdsId: string, context: ExportContext): Json {
  const id = location.hsdsId;
  const hasAddress = location.address || location.postalCode || location.area;
  return compact({
    id,
    location_type: 'physical',
    organization_id: organizationHsdsId,
    name: location.name,
    description: location.description,
    latitude: location.location?.lat,
    longitude: location.location?.lng,
    addresses: hasAddress
      ? [
          compact({
            id: derivedId(id, 'address'),
            location_id: id,
            address_1: location.address ?? '',
            city: '',
            region: location.area,
            state_province: '',
            postal_code: location.postalCode ?? '',
            country: COUNTRY_BY_LOCALE[context.locale],
            address_type: 'physical',
          }),
        ]
      : [],
    accessibility: location.accessibility
      ? [{ id: derivedId(id, 'accessibility'), location_id: id, description: location.accessibility }]
      : [],
    schedules: location.schedules.map((s, i) => scheduleToHsds(s, { location_id: id }, i, context)),
    phones: [],
    languages: [],
    contacts: [],
    attributes: [],
    metadata: [],
  });
}

function serviceToHsds(
  service: TDirectoryService,
  organizationHsdsId: string,
  locationHsdsIds: Map<string, string>,
  context: ExportContext,
): Json {
  const id = service.hsdsId;
  return compact({
    id,
    organization_id: organizationHsdsId,
    name: service.name,
    description: service.description,
    url: service.website,
    email: service.contactEmail,
    status: service.status,
    eligibility_description: service.eligibility,
    fees_description: service.fees,
    languages: service.languages.map((code) => ({
      id: derivedId(id, 'language', code),
      service_id: id,
      name: translate(context.locale, `participation.language_${code}`),
      code,
    })),
    phones: service.contactPhone
      ? [{ id: derivedId(id, 'phone'), service_id: id, number: service.contactPhone, type: 'voice' }]
      : [],
    contacts: service.contactName ? [{ id: derivedId(id, 'contact'), service_id: id, name: service.contactName }] : [],
    schedules: service.schedules.map((s, i) => scheduleToHsds(s, { service_id: id }, i, context)),
    service_at_locations: service.locations.flatMap((place) => {
      const locationId = locationHsdsIds.get(place.id);
      return locationId ? [{ id: derivedId(id, 'at', locationId), service_id: id, location_id: locationId }] : [];
    }),
    attributes: service.categories.map((category) =>
      attribute(
        id,
        'service',
        CATEGORY_TAXONOMY,
        category,
        translate(context.locale, `directory.categories.${category}`),
      ),
    ),
    service_areas: [],
    cost_options: [],
    required_documents: [],
    funding: [],
    metadata: [],
  });
}

/** One organization of the directory as a compiled HSDS 3.0 organization. */
export function organizationToHsds(
  organization: TDirectoryOrganization,
  services: TDirectoryService[],
  locations: TDirectoryLocation[],
  locationHsdsIds: Map<string, string>,
  context: ExportContext,
): Json {
  const id = organization.hsdsId;
  return compact({
    id,
    name: organization.name,
    alternate_name: organization.alternateName,
    // Required by HSDS; an entry without a description exports an empty one.
    description: organization.description ?? '',
    email: organization.email,
    website: organization.website,
    phones: organization.phone
      ? [{ id: derivedId(id, 'phone'), organization_id: id, number: organization.phone, type: 'voice' }]
      : [],
    attributes: [
      attribute(
        id,
        'organization',
        KIND_TAXONOMY,
        organization.kind,
        translate(context.locale, `directory.kinds.${organization.kind}`),
      ),
    ],
    locations: locations.map((location) => locationToHsds(location, id, context)),
    services: services.map((service) => serviceToHsds(service, id, locationHsdsIds, context)),
    contacts: [],
    programs: [],
    funding: [],
    organization_identifiers: [],
    metadata: [],
  });
}

/** The HSDS API's page around a list: the whole directory is one page. */
export function hsdsPage(contents: Json[]): Json {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// ---------------------------------------------------------------- reading HSDS

export function asObject(value: unknown): Json | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A text field: strings trimmed, numbers as written, anything else absent. */
export function text(object: Json | null, key: string): string | undefined {
  const value = object?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function numberField(object: Json | null, key: string): number | undefined {
  const value = object?.[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** The organizations of a file: an HSDS page (`contents`), a list, or one organization. */
export function organizationsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  const object = asObject(body);
  if (!object) return null;
  if (Array.isArray(object.contents)) return object.contents;
  if (Array.isArray(object.organizations)) return object.organizations;
  return typeof object.id === 'string' || typeof object.name === 'string' ? [object] : null;
}

/** Codes of vocabularies taken from attributes of one of Musubi's taxonomies. */
export function taxonomyCodes(object: Json | null, taxonomy: string): string[] {
  return asArray(object?.attributes).flatMap((raw) => {
    const term = asObject(asObject(raw)?.taxonomy_term);
    if (text(term, 'taxonomy') !== taxonomy) return [];
    const code = text(term, 'code') ?? text(asObject(raw), 'value');
    return code ? [code] : [];
  });
}

export function kindOf(object: Json | null): TDirectoryOrganizationKind {
  const code = taxonomyCodes(object, KIND_TAXONOMY).find((c) =>
    (DIRECTORY_ORGANIZATION_KINDS as readonly string[]).includes(c),
  );
  return (code as TDirectoryOrganizationKind | undefined) ?? 'other';
}

export function categoriesOf(object: Json | null): TDirectoryCategory[] {
  return [
    ...new Set(
      taxonomyCodes(object, CATEGORY_TAXONOMY).filter((c): c is TDirectoryCategory =>
        (DIRECTORY_CATEGORIES as readonly string[]).includes(c),
      ),
    ),
  ];
}

const fold = (value: string) => value.normalize('NFKC').trim().toLowerCase();

/** ISO 639-2/3 codes and regional tags that mean one of Musubi's languages. */
const LANGUAGE_ALIASES: Record<string, TLanguage> = {
  jpn: 'ja',
  eng: 'en',
  zho: 'zh',
  chi: 'zh',
  cmn: 'zh',
  kor: 'ko',
  vie: 'vi',
  fil: 'tl',
  tgl: 'tl',
  por: 'pt',
  spa: 'es',
  nep: 'ne',
  ind: 'id',
  tha: 'th',
  mya: 'my',
  bur: 'my',
  fra: 'fr',
  fre: 'fr',
  rus: 'ru',
  ukr: 'uk',
};

const LANGUAGE_NAMES = new Map<string, TLanguage>();
for (const code of LANGUAGES) {
  for (const locale of LOCALES) LANGUAGE_NAMES.set(fold(translate(locale, `participation.language_${code}`)), code);
}

/** A language of an HSDS `language` object, by its code (`ja`, `jpn`, `zh-Hans`) or, failing that, its name. */
export function languageOf(raw: Json | null): TLanguage | undefined {
  const code = text(raw, 'code');
  if (code) {
    const lower = code.toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(lower)) return lower as TLanguage;
    const primary = lower.split(/[-_]/)[0];
    if ((LANGUAGES as readonly string[]).includes(primary)) return primary as TLanguage;
    if (LANGUAGE_ALIASES[primary]) return LANGUAGE_ALIASES[primary];
  }
  const name = text(raw, 'name');
  return name ? LANGUAGE_NAMES.get(fold(name)) : undefined;
}

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Minutes east of UTC of a suffix (`Z`, `+09:00`, `-0500`). */
function suffixMinutes(suffix: string): number {
  if (suffix.toUpperCase() === 'Z') return 0;
  const sign = suffix.startsWith('-') ? -1 : 1;
  const digits = suffix.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * An HSDS time (`09:00`, `09:00:00`, `09:00+09:00`, `00:00Z`) as the organization's wall
 * clock `HH:MM`. A time with an offset (or with the schedule's numeric `timezone`) is moved
 * to the organization's offset; one without is read as the organization's own time, as
 * local directories write it. Undefined when it cannot be read or crosses midnight.
 */
export function wallTime(value: string | undefined, scheduleOffsetHours: number | undefined, orgOffset: number) {
  if (!value) return undefined;
  const match = TIME.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  const offset = match[3]
    ? suffixMinutes(match[3])
    : scheduleOffsetHours !== undefined
      ? Math.round(scheduleOffsetHours * 60)
      : orgOffset;
  const local = hours * 60 + minutes - offset + orgOffset;
  if (local < 0 || local >= 24 * 60) return undefined;
  return `${String(Math.floor(local / 60)).padStart(2, '0')}:${String(local % 60).padStart(2, '0')}`;
}

const dateOnly = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

/**
 * One HSDS schedule as Musubi opening hours, or the reason it cannot be kept: Musubi keeps
 * weekly and monthly rules by weekday (`byday`) with opening and closing times; intervals,
 * month days, week numbers, year days and counts are beyond it.
 */
export function readSchedule(
  raw: unknown,
  field: string,
  orgOffset: number,
): { schedule: TDirectoryScheduleInput } | { issue: TDirectoryImportIssue } {
  const object = asObject(raw);
  const unsupported = { issue: { field, messageKey: 'directory.import_issues.schedule_unsupported' } };
  if (!object) return unsupported;
  const freq = (text(object, 'freq') ?? 'WEEKLY').toUpperCase();
  const interval = numberField(object, 'interval');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return unsupported;
  if (interval !== undefined && interval !== 1) return unsupported;
  if (['bymonthday', 'byweekno', 'byyearday', 'count'].some((key) => text(object, key) !== undefined)) {
    return unsupported;
  }
  const byday = (text(object, 'byday') ?? '')
    .split(',')
    .map((value) => value.trim().toUpperCase())
    .filter((value) => value !== '');
  const offsetHours = numberField(object, 'timezone');
  const opensAt = wallTime(text(object, 'opens_at'), offsetHours, orgOffset);
  const closesAt = wallTime(text(object, 'closes_at'), offsetHours, orgOffset);
  if (byday.length === 0 || !opensAt || !closesAt) return unsupported;
  const candidate: TDirectoryScheduleInput = {
    freq: freq as 'WEEKLY' | 'MONTHLY',
    byday,
    opensAt,
    closesAt,
    validFrom: dateOnly(text(object, 'valid_from')) ?? null,
    validTo: dateOnly(text(object, 'valid_to')) ?? dateOnly(text(object, 'until')) ?? null,
    description: (text(object, 'description') ?? text(object, 'notes'))?.slice(0, 300) ?? null,
  };
  if (!ZDirectorySchedule.safeParse(candidate).success) {
    return { issue: { field, messageKey: 'directory.import_issues.schedule_invalid' } };
  }
  return { schedule: candidate };
}
