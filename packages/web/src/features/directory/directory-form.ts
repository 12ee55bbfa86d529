import {
  MONTH_WEEKS,
  parseByday,
  SCHEDULE_WEEKDAYS,
  type TCreateDirectoryLocationRequest,
  type TCreateDirectoryOrganizationRequest,
  type TCreateDirectoryServiceRequest,
  type TDirectoryCategory,
  type TDirectoryLocation,
  type TDirectoryOrganization,
  type TDirectoryOrganizationKind,
  type TDirectorySchedule,
  type TDirectoryScheduleInput,
  type TDirectoryService,
  type TDirectoryServiceStatus,
  type TLanguage,
  type TScheduleFrequency,
  type TScheduleWeekday,
  type TUpdateDirectoryLocationRequest,
  type TUpdateDirectoryServiceRequest,
} from '@musubi/shared';

// Form values mirror the request bodies, so the contract's paths (`schedules.0.closesAt`)
// name the inputs; text inputs are never null ('' is "none").

const nullable = (value: string): string | null => (value.trim() === '' ? null : value.trim());

// ---------------------------------------------------------------- opening hours

/** One opening-hours row as its inputs hold it; `days` and `weeks` make up the rule's BYDAY. */
export interface ScheduleValues {
  /** Identifies the row while rows are added and removed (not sent). */
  rowId: string;
  freq: TScheduleFrequency;
  days: TScheduleWeekday[];
  /** Weeks of the month for a monthly rule: '1'…'5', '-1' (the last). */
  weeks: string[];
  opensAt: string;
  closesAt: string;
  validFrom: string;
  validTo: string;
  description: string;
}

let nextRow = 0;
const rowId = () => `schedule-${++nextRow}`;

export function newScheduleRow(): ScheduleValues {
  return {
    rowId: rowId(),
    freq: 'WEEKLY',
    days: [],
    weeks: [],
    opensAt: '09:00',
    closesAt: '17:00',
    validFrom: '',
    validTo: '',
    description: '',
  };
}

export function scheduleToValues(schedule: TDirectorySchedule): ScheduleValues {
  const parsed = schedule.byday.flatMap((value) => parseByday(value) ?? []);
  return {
    rowId: rowId(),
    freq: schedule.freq,
    days: SCHEDULE_WEEKDAYS.filter((day) => parsed.some((p) => p.weekday === day)),
    weeks: MONTH_WEEKS.map(String).filter((week) => parsed.some((p) => String(p.week) === week)),
    opensAt: schedule.opensAt,
    closesAt: schedule.closesAt,
    validFrom: schedule.validFrom ?? '',
    validTo: schedule.validTo ?? '',
    description: schedule.description ?? '',
  };
}

/** BYDAY of a row: the days, each on every week chosen when the rule is monthly. */
export function valuesToSchedule(values: ScheduleValues): TDirectoryScheduleInput {
  const days = SCHEDULE_WEEKDAYS.filter((day) => values.days.includes(day));
  const weeks = MONTH_WEEKS.map(String).filter((week) => values.weeks.includes(week));
  const byday =
    values.freq === 'MONTHLY' && weeks.length > 0 ? days.flatMap((day) => weeks.map((week) => `${week}${day}`)) : days;
  return {
    freq: values.freq,
    byday,
    opensAt: values.opensAt,
    closesAt: values.closesAt,
    validFrom: values.validFrom || null,
    validTo: values.validTo || null,
    description: nullable(values.description),
  };
}

/**
 * What the contract cannot say about a row's inputs: no day chosen, or a monthly rule
 * without its weeks. Keys are message keys by field path.
 */
export function scheduleRowErrors(rows: ScheduleValues[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, index) => {
    if (row.days.length === 0) errors[`schedules.${index}.days`] = 'directory.form.hours.choose_days';
    if (row.freq === 'MONTHLY' && row.weeks.length === 0) {
      errors[`schedules.${index}.weeks`] = 'directory.form.hours.choose_weeks';
    }
  });
  return errors;
}

// ---------------------------------------------------------------- organizations

export interface OrganizationValues {
  name: string;
  alternateName: string;
  description: string;
  kind: TDirectoryOrganizationKind;
  website: string;
  email: string;
  phone: string;
}

export function organizationToValues(organization: TDirectoryOrganization | null): OrganizationValues {
  return {
    name: organization?.name ?? '',
    alternateName: organization?.alternateName ?? '',
    description: organization?.description ?? '',
    kind: organization?.kind ?? 'npo',
    website: organization?.website ?? '',
    email: organization?.email ?? '',
    phone: organization?.phone ?? '',
  };
}

/** Every field, cleared ones as null: serves both adding and changing. */
export function valuesToOrganization(values: OrganizationValues): TCreateDirectoryOrganizationRequest {
  return {
    name: values.name.trim(),
    alternateName: nullable(values.alternateName),
    description: nullable(values.description),
    kind: values.kind,
    website: nullable(values.website),
    email: nullable(values.email),
    phone: nullable(values.phone),
  };
}

// ---------------------------------------------------------------- places

export interface LocationValues {
  name: string;
  description: string;
  postalCode: string;
  address: string;
  area: string;
  /** Number inputs give '' when empty. */
  lat: number | string;
  lng: number | string;
  accessibility: string;
  schedules: ScheduleValues[];
}

export function locationToValues(location: TDirectoryLocation | null): LocationValues {
  return {
    name: location?.name ?? '',
    description: location?.description ?? '',
    postalCode: location?.postalCode ?? '',
    address: location?.address ?? '',
    area: location?.area ?? '',
    lat: location?.location?.lat ?? '',
    lng: location?.location?.lng ?? '',
    accessibility: location?.accessibility ?? '',
    schedules: (location?.schedules ?? []).map(scheduleToValues),
  };
}

export function valuesToLocation(values: LocationValues): TUpdateDirectoryLocationRequest {
  const point = values.lat !== '' && values.lng !== '' ? { lat: Number(values.lat), lng: Number(values.lng) } : null;
  return {
    name: values.name.trim(),
    description: nullable(values.description),
    postalCode: nullable(values.postalCode),
    address: nullable(values.address),
    area: nullable(values.area),
    location: point,
    accessibility: nullable(values.accessibility),
    schedules: values.schedules.map(valuesToSchedule),
  };
}

export function valuesToNewLocation(organizationId: string, values: LocationValues): TCreateDirectoryLocationRequest {
  return { organizationId, ...valuesToLocation(values), name: values.name.trim() };
}

// ---------------------------------------------------------------- services

export interface ServiceValues {
  name: string;
  description: string;
  categories: TDirectoryCategory[];
  languages: TLanguage[];
  eligibility: string;
  fees: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  website: string;
  status: TDirectoryServiceStatus;
  locationIds: string[];
  schedules: ScheduleValues[];
}

export function serviceToValues(service: TDirectoryService | null): ServiceValues {
  return {
    name: service?.name ?? '',
    description: service?.description ?? '',
    categories: service?.categories ?? [],
    languages: service?.languages ?? [],
    eligibility: service?.eligibility ?? '',
    fees: service?.fees ?? '',
    contactName: service?.contactName ?? '',
    contactPhone: service?.contactPhone ?? '',
    contactEmail: service?.contactEmail ?? '',
    website: service?.website ?? '',
    status: service?.status ?? 'active',
    locationIds: service?.locations.map((place) => place.id) ?? [],
    schedules: (service?.schedules ?? []).map(scheduleToValues),
  };
}

export function valuesToService(values: ServiceValues): TUpdateDirectoryServiceRequest {
  return {
    name: values.name.trim(),
    description: nullable(values.description),
    categories: values.categories,
    languages: values.languages,
    eligibility: nullable(values.eligibility),
    fees: nullable(values.fees),
    contactName: nullable(values.contactName),
    contactPhone: nullable(values.contactPhone),
    contactEmail: nullable(values.contactEmail),
    website: nullable(values.website),
    status: values.status,
    locationIds: values.locationIds,
    schedules: values.schedules.map(valuesToSchedule),
  };
}

export function valuesToNewService(organizationId: string, values: ServiceValues): TCreateDirectoryServiceRequest {
  return { organizationId, ...valuesToService(values), name: values.name.trim() };
}
