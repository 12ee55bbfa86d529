import type {
  TActivityCategory,
  TConsentPurpose,
  TContactChannel,
  TCreateVolunteerRequest,
  TLanguage,
  TLocale,
  TUpdateVolunteerRequest,
  TVolunteer,
} from '@musubi/shared';

/** A cleared input clears the field (null), as the contract expects (the same rule as app/forms' nullableText). */
function nullableText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
/** A weekly window as the inputs hold it (the weekday is a select's value, "1" = Monday). */
export interface AvailabilityRowValues {
  /** Identifies the row while rows are added and removed (not sent). */
  rowId: string;
  weekday: string;
  start: string;
  end: string;
}

/** A period away as the inputs hold it: calendar dates (YYYY-MM-DD) and a note, '' when empty. */
export interface AvailabilityExceptionRowValues {
  /** Identifies the row while rows are added and removed (not sent). */
  rowId: string;
  from: string;
  to: string;
  note: string;
}

/** The profile as the form holds it: text inputs are never null, paths match the request body. */
export interface VolunteerFieldValues {
  name: string;
  nameReading: string;
  birthDate: string;
  phone: string;
  email: string;
  preferredChannel: TContactChannel;
  /** One e-mail a day instead of one per change (only used when the channel is e-mail). */
  mailDigest: boolean;
  /** Empty: the organization's language. */
  locale: TLocale | '';
  postalCode: string;
  address: string;
  languages: TLanguage[];
  skillIds: string[];
  interests: TActivityCategory[];
  availability: AvailabilityRowValues[];
  availabilityExceptions: AvailabilityExceptionRowValues[];
  accessibilityNeeds: string;
  emergencyContactName: string;
  emergencyContactPhone: string;
  emergencyContactRelation: string;
  notes: string;
}

/** Assisted registration adds the consents the person gave on paper or aloud. */
export interface NewVolunteerValues extends VolunteerFieldValues {
  consents: TConsentPurpose[];
}

export const EMPTY_VOLUNTEER_FIELDS: VolunteerFieldValues = {
  name: '',
  nameReading: '',
  birthDate: '',
  phone: '',
  email: '',
  preferredChannel: 'phone',
  mailDigest: false,
  locale: '',
  postalCode: '',
  address: '',
  languages: [],
  skillIds: [],
  interests: [],
  availability: [],
  availabilityExceptions: [],
  accessibilityNeeds: '',
  emergencyContactName: '',
  emergencyContactPhone: '',
  emergencyContactRelation: '',
  notes: '',
};

let rowCount = 0;

/** A new weekly window, Monday morning until changed. */
export function newAvailabilityRow(slot = { weekday: 1, start: '09:00', end: '12:00' }): AvailabilityRowValues {
  rowCount += 1;
  return { rowId: `slot-${rowCount}`, weekday: String(slot.weekday), start: slot.start, end: slot.end };
}

/** A new period away, empty until the dates are entered. */
export function newAvailabilityExceptionRow(
  period: { from: string; to: string; note: string | null } = { from: '', to: '', note: null },
): AvailabilityExceptionRowValues {
  rowCount += 1;
  return { rowId: `away-${rowCount}`, from: period.from, to: period.to, note: period.note ?? '' };
}

/** Every profile field as the request carries it; a cleared input clears the field (null). */
export function toProfileFields(values: VolunteerFieldValues) {
  return {
    name: values.name.trim(),
    // Not nullable in the contract: an empty reading clears it.
    nameReading: values.nameReading.trim(),
    birthDate: nullableText(values.birthDate),
    phone: nullableText(values.phone),
    email: nullableText(values.email),
    preferredChannel: values.preferredChannel,
    mailDigest: values.mailDigest,
    locale: values.locale || undefined,
    postalCode: nullableText(values.postalCode),
    address: nullableText(values.address),
    languages: values.languages,
    skillIds: values.skillIds,
    interests: values.interests,
    availability: values.availability.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end })),
    availabilityExceptions: values.availabilityExceptions.map((row) => ({
      from: row.from,
      to: row.to,
      note: nullableText(row.note),
    })),
    accessibilityNeeds: nullableText(values.accessibilityNeeds),
    emergencyContactName: nullableText(values.emergencyContactName),
    emergencyContactPhone: nullableText(values.emergencyContactPhone),
    emergencyContactRelation: nullableText(values.emergencyContactRelation),
    notes: nullableText(values.notes),
  } satisfies TUpdateVolunteerRequest;
}

/** Assisted registration: blank fields are left out; the consents given are recorded as granted. */
export function toCreateRequest(values: NewVolunteerValues, confirmNotDuplicate = false): TCreateVolunteerRequest {
  const fields = Object.fromEntries(
    Object.entries(toProfileFields(values)).filter(
      ([, value]) => value !== null && value !== '' && value !== undefined,
    ),
  ) as ReturnType<typeof toProfileFields>;
  return {
    ...fields,
    name: values.name.trim(),
    consents: values.consents.map((purpose) => ({ purpose, granted: true })),
    confirmNotDuplicate,
  };
}

/** Only the fields that differ from the record as it was loaded. */
export function toUpdateRequest(before: VolunteerFieldValues, after: VolunteerFieldValues): TUpdateVolunteerRequest {
  const old = toProfileFields(before);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(toProfileFields(after))) {
    if (JSON.stringify(value) !== JSON.stringify(old[key as keyof typeof old])) changed[key] = value;
  }
  return changed as TUpdateVolunteerRequest;
}

export function volunteerToValues(volunteer: TVolunteer): VolunteerFieldValues {
  return {
    name: volunteer.name,
    nameReading: volunteer.nameReading ?? '',
    birthDate: volunteer.birthDate ?? '',
    phone: volunteer.phone ?? '',
    email: volunteer.email ?? '',
    preferredChannel: volunteer.preferredChannel,
    mailDigest: volunteer.mailDigest,
    locale: volunteer.locale,
    postalCode: volunteer.postalCode ?? '',
    address: volunteer.address ?? '',
    languages: volunteer.languages,
    skillIds: volunteer.skillIds,
    interests: volunteer.interests,
    availability: volunteer.availability.map((slot) => newAvailabilityRow(slot)),
    availabilityExceptions: volunteer.availabilityExceptions.map((period) => newAvailabilityExceptionRow(period)),
    accessibilityNeeds: volunteer.accessibilityNeeds ?? '',
    emergencyContactName: volunteer.emergencyContactName ?? '',
    emergencyContactPhone: volunteer.emergencyContactPhone ?? '',
    emergencyContactRelation: volunteer.emergencyContactRelation ?? '',
    notes: volunteer.notes ?? '',
  };
}
