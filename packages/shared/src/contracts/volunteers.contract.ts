import { z } from 'zod';
import { ZLocale } from '../locales';
import {
  ZCalendarDate,
  ZEmail,
  ZIsoDateTime,
  ZNameReading,
  ZOptionalText,
  ZPassword,
  ZPersonName,
  ZPhone,
  ZPostalCode,
  ZUuid,
} from './common.contract';
import { ZActivityCategory, ZConsentPurpose, ZContactChannel, ZLanguage } from './participation.contract';

/** applicant → active (verified) → inactive / lapsed; `merged` once folded into another record. */
export const VOLUNTEER_STATUSES = ['applicant', 'active', 'inactive', 'lapsed', 'merged'] as const;
export const ZVolunteerStatus = z.enum(VOLUNTEER_STATUSES);
export type TVolunteerStatus = z.infer<typeof ZVolunteerStatus>;

/**
 * Gender as the person states it, if they wish to (optional, never required):
 * recipients may ask for a helper of a given gender (a need's `helperGender`).
 */
export const VOLUNTEER_GENDERS = ['female', 'male', 'other'] as const;
export const ZVolunteerGender = z.enum(VOLUNTEER_GENDERS);
export type TVolunteerGender = z.infer<typeof ZVolunteerGender>;

/** How the record came to be: the person on the public page, a coordinator for them, or a roster import. */
export const REGISTRATION_CHANNELS = ['self', 'on_behalf_of', 'import'] as const;
export const ZRegistrationChannel = z.enum(REGISTRATION_CHANNELS);
export type TRegistrationChannel = z.infer<typeof ZRegistrationChannel>;

// ---------------------------------------------------------------- skills

export const SKILL_KINDS = ['skill', 'qualification'] as const;
export const ZSkillKind = z.enum(SKILL_KINDS);

/** A name in each of our languages; at least one is needed, the others fall back to it. */
export const ZTranslatedName = z
  .object({
    ja: ZOptionalText(100),
    en: ZOptionalText(100),
    'zh-CN': ZOptionalText(100),
    ko: ZOptionalText(100),
  })
  .refine((names) => Object.values(names).some((value) => value), { message: 'validation.name_one_language' });
export type TTranslatedName = z.infer<typeof ZTranslatedName>;

export const ZSkill = z.object({
  id: ZUuid,
  kind: ZSkillKind,
  names: z.object({
    ja: z.string().nullable().optional(),
    en: z.string().nullable().optional(),
    'zh-CN': z.string().nullable().optional(),
    ko: z.string().nullable().optional(),
  }),
  archived: z.boolean(),
});
export type TSkill = z.infer<typeof ZSkill>;

export const ZCreateSkillRequest = z.object({ kind: ZSkillKind, names: ZTranslatedName });
export type TCreateSkillRequest = z.infer<typeof ZCreateSkillRequest>;
export const ZUpdateSkillRequest = z.object({ names: ZTranslatedName, archived: z.boolean() }).partial().strict();
export type TUpdateSkillRequest = z.infer<typeof ZUpdateSkillRequest>;
export const ZSkillParams = z.object({ orgId: ZUuid, skillId: ZUuid });
export const ZSkillListResponse = z.object({ skills: z.array(ZSkill) });

// ---------------------------------------------------------------- profile fields

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time_of_day' });

/** A weekly window when the person is usually free. Weekday 1 = Monday … 7 = Sunday (ISO 8601). */
export const ZAvailabilitySlot = z
  .object({ weekday: z.number().int().min(1).max(7), start: ZTime, end: ZTime })
  .refine((slot) => slot.start < slot.end, { message: 'validation.time_range', path: ['end'] });
export type TAvailabilitySlot = z.infer<typeof ZAvailabilitySlot>;

/** A period when the person is away, overriding the weekly windows. */
export const ZAvailabilityException = z
  .object({ from: ZCalendarDate, to: ZCalendarDate, note: ZOptionalText(200) })
  .refine((period) => period.from <= period.to, { message: 'validation.date_range', path: ['to'] });
export type TAvailabilityException = z.infer<typeof ZAvailabilityException>;

/** Birth dates in the past and no more than 120 years ago. */
const ZBirthDate = ZCalendarDate.refine(
  (value) => value <= new Date().toISOString().slice(0, 10) && value >= `${new Date().getUTCFullYear() - 120}`,
  { message: 'validation.birth_date' },
);

const ZCoordinate = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/**
 * What a volunteer record holds. Deliberately no national ID numbers
 * (マイナンバー, 身份证号, 주민등록번호): Musubi never asks for them.
 */
export const ZVolunteerProfileFields = z.object({
  name: ZPersonName,
  nameReading: ZNameReading.optional(),
  birthDate: ZBirthDate.nullable().optional(),
  /** Self-declared and optional; used only when a recipient asks for a helper of a given gender. */
  gender: ZVolunteerGender.nullable().optional(),
  email: ZEmail.nullable().optional(),
  phone: ZPhone.nullable().optional(),
  preferredChannel: ZContactChannel.optional(),
  /** E-mail once a day (the organization's digest hour) instead of one message per change. */
  mailDigest: z.boolean().optional(),
  /** The language messages are written in. */
  locale: ZLocale.optional(),
  postalCode: ZPostalCode.nullable().optional(),
  address: ZOptionalText(300),
  location: ZCoordinate.nullable().optional(),
  languages: z.array(ZLanguage).max(20).optional(),
  skillIds: z.array(ZUuid).max(100).optional(),
  interests: z.array(ZActivityCategory).max(20).optional(),
  availability: z.array(ZAvailabilitySlot).max(50).optional(),
  availabilityExceptions: z.array(ZAvailabilityException).max(50).optional(),
  accessibilityNeeds: ZOptionalText(1000),
  emergencyContactName: ZOptionalText(100),
  emergencyContactPhone: ZPhone.nullable().optional(),
  emergencyContactRelation: ZOptionalText(50),
  /** Coordinators' notes; not shown to the person's other organizations. */
  notes: ZOptionalText(2000),
});
export type TVolunteerProfileFields = z.infer<typeof ZVolunteerProfileFields>;

export const ZConsentGrant = z.object({ purpose: ZConsentPurpose, granted: z.boolean() });
export type TConsentGrant = z.infer<typeof ZConsentGrant>;

/** The current answer per purpose. */
export const ZConsentState = z.object({
  purpose: ZConsentPurpose,
  granted: z.boolean(),
  wordingVersion: z.string(),
  recordedAt: ZIsoDateTime,
  /** Who recorded it: null when the person did it themselves. */
  recordedByName: z.string().nullable(),
});
export type TConsentState = z.infer<typeof ZConsentState>;

export const ZInsuranceCover = z.object({
  planId: ZUuid,
  planName: z.string(),
  coversNaturalDisaster: z.boolean(),
  coverStartsOn: ZCalendarDate,
  coverEndsOn: ZCalendarDate,
});
export type TInsuranceCover = z.infer<typeof ZInsuranceCover>;

/** A volunteer record as the organization sees it (response shape: plain values, no transforms). */
export const ZVolunteer = z.object({
  id: ZUuid,
  orgId: ZUuid,
  /** The sign-in account when the person has one (the same account across organizations). */
  accountId: ZUuid.nullable(),
  /** The registration number in the organization (1, 2, 3… in order of registration); shown as `formatVolunteerNumber`. */
  number: z.number().int().nullable(),
  name: z.string(),
  nameReading: z.string().nullable(),
  birthDate: z.string().nullable(),
  gender: ZVolunteerGender.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredChannel: ZContactChannel,
  mailDigest: z.boolean(),
  locale: ZLocale,
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  location: ZCoordinate.nullable(),
  languages: z.array(ZLanguage),
  skillIds: z.array(ZUuid),
  interests: z.array(ZActivityCategory),
  availability: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string() })),
  availabilityExceptions: z.array(z.object({ from: z.string(), to: z.string(), note: z.string().nullable() })),
  accessibilityNeeds: z.string().nullable(),
  emergencyContactName: z.string().nullable(),
  emergencyContactPhone: z.string().nullable(),
  emergencyContactRelation: z.string().nullable(),
  notes: z.string().nullable(),
  status: ZVolunteerStatus,
  registeredVia: ZRegistrationChannel,
  registeredByName: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  verifiedAt: ZIsoDateTime.nullable(),
  mergedIntoId: ZUuid.nullable(),
  consents: z.array(ZConsentState),
  /** Cover valid today (in the organization's time zone), one entry per plan. */
  insuranceCovers: z.array(ZInsuranceCover),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TVolunteer = z.infer<typeof ZVolunteer>;

/** One row of the volunteer list: enough to find and call someone. */
export const ZVolunteerSummary = z.object({
  id: ZUuid,
  name: z.string(),
  nameReading: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: ZVolunteerStatus,
  registeredVia: ZRegistrationChannel,
  insuredToday: z.boolean(),
  createdAt: ZIsoDateTime,
});
export type TVolunteerSummary = z.infer<typeof ZVolunteerSummary>;

export const ZVolunteerParams = z.object({ orgId: ZUuid, volunteerId: ZUuid });

export const ZVolunteerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: ZVolunteerStatus.optional(),
  skillId: ZUuid.optional(),
  insured: z.enum(['yes', 'no']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Newest first; pass the previous page's `nextCursor` to get the next (older) page. */
  before: ZUuid.optional(),
});
export type TVolunteerListQuery = z.infer<typeof ZVolunteerListQuery>;

export const ZVolunteerListResponse = z.object({
  volunteers: z.array(ZVolunteerSummary),
  nextCursor: ZUuid.nullable(),
});
export type TVolunteerListResponse = z.infer<typeof ZVolunteerListResponse>;

/** A record that may be the same person: why it matched. */
export const ZDuplicateCandidate = z.object({
  volunteerId: ZUuid,
  name: z.string(),
  nameReading: z.string().nullable(),
  birthDate: z.string().nullable(),
  status: ZVolunteerStatus,
  reasons: z.array(z.enum(['reading_and_birth_date', 'phone', 'email'])),
});
export type TDuplicateCandidate = z.infer<typeof ZDuplicateCandidate>;

/**
 * A coordinator registers someone (by phone, at the counter, for a person
 * without a smartphone). The consents are the ones the person gave on paper or
 * aloud. A likely duplicate is refused unless `confirmNotDuplicate` is set.
 */
export const ZCreateVolunteerRequest = ZVolunteerProfileFields.extend({
  consents: z.array(ZConsentGrant).max(10).default([]),
  confirmNotDuplicate: z.boolean().default(false),
});
export type TCreateVolunteerRequest = z.input<typeof ZCreateVolunteerRequest>;

export const ZUpdateVolunteerRequest = ZVolunteerProfileFields.partial().strict();
export type TUpdateVolunteerRequest = z.infer<typeof ZUpdateVolunteerRequest>;

/** Status changes other than merging; `active` from `applicant` records who verified the person. */
export const ZChangeVolunteerStatusRequest = z.object({
  status: z.enum(['active', 'inactive', 'lapsed']),
  reason: ZOptionalText(500),
});
export type TChangeVolunteerStatusRequest = z.infer<typeof ZChangeVolunteerStatusRequest>;

/** A consent recorded by a coordinator for the person (assisted), with the current wording version. */
export const ZRecordConsentRequest = ZConsentGrant;
export type TRecordConsentRequest = z.infer<typeof ZRecordConsentRequest>;

export const ZDuplicatePair = z.object({
  volunteer: ZDuplicateCandidate,
  candidates: z.array(ZDuplicateCandidate),
});
export const ZDuplicateListResponse = z.object({ duplicates: z.array(ZDuplicatePair) });
export type TDuplicateListResponse = z.infer<typeof ZDuplicateListResponse>;

/**
 * Fold `volunteerId` into `intoVolunteerId`: consents, skills, insurance and
 * sign-ups move to the kept record; empty fields of the kept record are filled
 * from the other; the other becomes `merged` and points at the kept one.
 */
export const ZMergeVolunteerRequest = z.object({ intoVolunteerId: ZUuid });
export type TMergeVolunteerRequest = z.infer<typeof ZMergeVolunteerRequest>;

// ---------------------------------------------------------------- public registration

/** What the public registration page needs to draw its form. */
export const ZRegistrationForm = z.object({
  orgId: ZUuid,
  orgName: z.string(),
  open: z.boolean(),
  skills: z.array(ZSkill),
  consentWordingVersion: z.string(),
});
export type TRegistrationForm = z.infer<typeof ZRegistrationForm>;

/**
 * Self-registration. Someone signed in registers with their account; someone
 * new also chooses a password and is signed in afterwards (their e-mail is
 * then the sign-in identifier).
 */
export const ZSelfRegistrationRequest = ZVolunteerProfileFields.omit({ notes: true }).extend({
  password: ZPassword.optional(),
  /** The large-text choice made on this device before the account existed, kept on the new account. */
  largeText: z.boolean().optional(),
  consents: z.array(ZConsentGrant).max(10).default([]),
});
export type TSelfRegistrationRequest = z.input<typeof ZSelfRegistrationRequest>;

/** A person's own records, one per organization they registered with. */
export const ZMyVolunteerProfile = z.object({
  volunteerId: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  status: ZVolunteerStatus,
  /** How the person hears from this organization; they may change these themselves. */
  preferredChannel: ZContactChannel,
  mailDigest: z.boolean(),
  locale: ZLocale,
  hasEmail: z.boolean(),
  consents: z.array(ZConsentState),
  insuranceCovers: z.array(ZInsuranceCover),
});
export type TMyVolunteerProfile = z.infer<typeof ZMyVolunteerProfile>;
export const ZMyVolunteerProfilesResponse = z.object({ profiles: z.array(ZMyVolunteerProfile) });
export type TMyVolunteerProfilesResponse = z.infer<typeof ZMyVolunteerProfilesResponse>;

export const ZMyConsentParams = z.object({ volunteerId: ZUuid });

/** What a person may change on their own record: how and in which language they are told things. */
export const ZMyMessagePreferences = z
  .object({ preferredChannel: ZContactChannel, mailDigest: z.boolean(), locale: ZLocale })
  .partial()
  .strict();
export type TMyMessagePreferences = z.infer<typeof ZMyMessagePreferences>;

// ---------------------------------------------------------------- network view

/** A volunteer of a member organization who consented to sharing with the network. */
export const ZNetworkVolunteer = z.object({
  volunteerId: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  name: z.string(),
  nameReading: z.string().nullable(),
  languages: z.array(ZLanguage),
  interests: z.array(ZActivityCategory),
  status: ZVolunteerStatus,
});
export type TNetworkVolunteer = z.infer<typeof ZNetworkVolunteer>;
export const ZNetworkVolunteerListResponse = z.object({ volunteers: z.array(ZNetworkVolunteer) });
export type TNetworkVolunteerListResponse = z.infer<typeof ZNetworkVolunteerListResponse>;

// ---------------------------------------------------------------- CSV

/**
 * Columns of a roster CSV, in file order; `name` is the only one required on import.
 * Headers may be these keys or their labels (`participation.csv_<column>`) in any language.
 */
export const VOLUNTEER_CSV_COLUMNS = [
  'name',
  'name_reading',
  'birth_date',
  'email',
  'phone',
  'preferred_channel',
  'postal_code',
  'address',
  'languages',
  'skills',
  'interests',
  'status',
  'emergency_contact_name',
  'emergency_contact_phone',
] as const;

export const CSV_ENCODINGS = ['utf8bom', 'utf8', 'cp932'] as const;
export const ZCsvEncoding = z.enum(CSV_ENCODINGS);
export type TCsvEncoding = z.infer<typeof ZCsvEncoding>;

export const ZCsvExportQuery = z.object({ encoding: ZCsvEncoding.default('utf8bom') });

export const ZVolunteerImportQuery = z.object({
  /** false (default): preview only, nothing is written. true: write every accepted row in one transaction. */
  commit: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const ZImportRowIssue = z.object({ column: z.string().nullable(), messageKey: z.string() });

export const ZImportRow = z.object({
  /** Line in the file (the header is line 1). */
  line: z.number().int(),
  action: z.enum(['create', 'update', 'reject']),
  name: z.string().nullable(),
  /** The existing record an `update` row matched. */
  volunteerId: ZUuid.nullable(),
  issues: z.array(ZImportRowIssue),
});
export type TImportRow = z.infer<typeof ZImportRow>;

export const ZVolunteerImportResponse = z.object({
  encoding: z.enum(['utf8', 'cp932']),
  committed: z.boolean(),
  counts: z.object({ create: z.number().int(), update: z.number().int(), reject: z.number().int() }),
  rows: z.array(ZImportRow),
});
export type TVolunteerImportResponse = z.infer<typeof ZVolunteerImportResponse>;

/** A registration number as printed and shown: six digits, zero-padded (000042). */
export function formatVolunteerNumber(number: number): string {
  return String(number).padStart(6, '0');
}
