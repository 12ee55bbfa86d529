import { z } from 'zod';
import { ZLocale } from '../locales';
import { ZCalendarDate, ZIsoDateTime, ZOptionalText, ZUuid } from './common.contract';
import { ZTranslatedName } from './volunteers.contract';

/**
 * Service records (a person's approved attendance, for life), recognition
 * levels by cumulative hours, certificates of service (PDF, signed, with a
 * public verification page) and the organization's seal.
 */

// ---------------------------------------------------------------- recognition levels

/** Star levels of Chinese practice (domain.md §2.1): used until an organization sets its own. */
export const DEFAULT_RECOGNITION_HOURS = [100, 300, 600, 1000, 1500] as const;

/** A level as given by an administrator (names trimmed, empty ones dropped to null). */
export const ZRecognitionLevelInput = z.object({
  minHours: z.number().int().min(1).max(100_000),
  names: ZTranslatedName,
});

/** A level as stored and shown. */
export const ZRecognitionLevel = z.object({
  minHours: z.number().int(),
  names: z.object({
    ja: z.string().nullable().optional(),
    en: z.string().nullable().optional(),
    'zh-CN': z.string().nullable().optional(),
    ko: z.string().nullable().optional(),
  }),
});
export type TRecognitionLevel = z.infer<typeof ZRecognitionLevel>;

export const ZCertificateSettings = z.object({
  levels: z.array(ZRecognitionLevel),
  /** True while the organization has not set its own levels (the defaults are shown). */
  defaultLevels: z.boolean(),
  /** Person in charge (代表者 / 负责人 / 대표자) printed on certificates. */
  representativeName: z.string().nullable(),
  representativeTitle: z.string().nullable(),
  seal: z
    .object({ uploadedAt: ZIsoDateTime, width: z.number().int(), height: z.number().int(), bytes: z.number().int() })
    .nullable(),
});
export type TCertificateSettings = z.infer<typeof ZCertificateSettings>;

export const ZUpdateCertificateSettingsRequest = z.object({
  /** Strictly increasing thresholds; an empty list turns recognition levels off. */
  levels: z
    .array(ZRecognitionLevelInput)
    .max(12)
    .refine((levels) => levels.every((level, i) => i === 0 || level.minHours > levels[i - 1].minHours), {
      message: 'validation.levels_increasing',
    })
    .optional(),
  /** Go back to the default levels. */
  useDefaultLevels: z.boolean().optional(),
  representativeName: ZOptionalText(100),
  representativeTitle: ZOptionalText(100),
});
export type TUpdateCertificateSettingsRequest = z.infer<typeof ZUpdateCertificateSettingsRequest>;

/** Largest seal image accepted, in bytes (a seal is a small stamp, not a photograph). */
export const SEAL_MAX_BYTES = 200 * 1024;

export const ZUploadSealRequest = z.object({
  /** The PNG file, base64-encoded (the service checks the decoded size, to answer with the limit). */
  pngBase64: z
    .string()
    .min(8)
    .max(SEAL_MAX_BYTES * 2),
});
export type TUploadSealRequest = z.infer<typeof ZUploadSealRequest>;

/** Where a person stands: the level reached (if any), the next one and the minutes still to serve. */
export const ZRecognition = z.object({
  orgId: ZUuid,
  orgName: z.string(),
  current: ZRecognitionLevel.nullable(),
  next: ZRecognitionLevel.nullable(),
  minutesToNext: z.number().int().nullable(),
});
export type TRecognition = z.infer<typeof ZRecognition>;

// ---------------------------------------------------------------- service records

export const ZServiceRecordEntry = z.object({
  attendanceId: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  volunteerId: ZUuid,
  serviceDate: ZCalendarDate,
  activity: z.string(),
  role: z.string().nullable(),
  minutes: z.number().int(),
});
export type TServiceRecordEntry = z.infer<typeof ZServiceRecordEntry>;

export const ZServiceRecordYear = z.object({ year: z.number().int(), minutes: z.number().int() });

export const ZServiceRecord = z.object({
  /** Newest first. */
  entries: z.array(ZServiceRecordEntry),
  years: z.array(ZServiceRecordYear),
  totalMinutes: z.number().int(),
  recognitions: z.array(ZRecognition),
  /** Organizations whose entries are shown (for a coordinator: their own, and others where the person consented). */
  organizations: z.array(z.object({ orgId: ZUuid, orgName: z.string() })),
});
export type TServiceRecord = z.infer<typeof ZServiceRecord>;

// ---------------------------------------------------------------- certificates

/** Which of the organization's contact details the certificate prints. */
export const CERTIFICATE_CONTACTS = ['phone', 'email', 'both'] as const;
export const ZCertificateContact = z.enum(CERTIFICATE_CONTACTS);

export const ZIssueCertificateRequest = z
  .object({
    from: ZCalendarDate,
    to: ZCalendarDate,
    /** The certificate's language; the volunteer's message language when left out. */
    locale: ZLocale.optional(),
    contact: ZCertificateContact.default('phone'),
  })
  .refine((value) => value.from <= value.to, { message: 'validation.date_range', path: ['to'] });
export type TIssueCertificateRequest = z.input<typeof ZIssueCertificateRequest>;

/** The facts a certificate prints, kept exactly as issued (never changed; a reprint shows the same). */
export const ZCertificateFacts = z.object({
  number: z.string(),
  issuedOn: ZCalendarDate,
  locale: ZLocale,
  volunteer: z.object({ name: z.string(), number: z.string() }),
  period: z.object({ from: ZCalendarDate, to: ZCalendarDate }),
  totalMinutes: z.number().int(),
  days: z.number().int(),
  activities: z.array(z.object({ title: z.string(), minutes: z.number().int(), days: z.number().int() })),
  organization: z.object({
    name: z.string(),
    address: z.string().nullable(),
    contact: z.string().nullable(),
    representative: z.string().nullable(),
  }),
  handler: z.string(),
  sealId: ZUuid.nullable(),
});
export type TCertificateFacts = z.infer<typeof ZCertificateFacts>;

export const ZCertificate = z.object({
  id: ZUuid,
  orgId: ZUuid,
  volunteerId: ZUuid,
  number: z.string(),
  facts: ZCertificateFacts,
  issuedAt: ZIsoDateTime,
  issuedByName: z.string().nullable(),
  revokedAt: ZIsoDateTime.nullable(),
  revokeReason: z.string().nullable(),
  /** The public verification page this certificate's QR code opens. */
  verificationUrl: z.string(),
});
export type TCertificate = z.infer<typeof ZCertificate>;

export const ZCertificateListResponse = z.object({ certificates: z.array(ZCertificate) });
export type TCertificateListResponse = z.infer<typeof ZCertificateListResponse>;

export const ZCertificateParams = z.object({ orgId: ZUuid, certificateId: ZUuid });
export const ZMyCertificateParams = z.object({ certificateId: ZUuid });

export const ZRevokeCertificateRequest = z.object({ reason: z.string().trim().min(1).max(500) });
export type TRevokeCertificateRequest = z.infer<typeof ZRevokeCertificateRequest>;

export const ZMyCertificatesResponse = z.object({
  certificates: z.array(ZCertificate.extend({ orgName: z.string() })),
});
export type TMyCertificatesResponse = z.infer<typeof ZMyCertificatesResponse>;

// ---------------------------------------------------------------- public verification

export const ZVerifyCertificateParams = z.object({ number: z.string().trim().min(1).max(40) });
export const ZVerifyCertificateQuery = z.object({ sig: z.string().trim().max(80).default('') });

export const VERIFICATION_STATUSES = ['genuine', 'revoked', 'not_genuine'] as const;

/** What anyone holding the certificate may learn: only the certified facts, never contact or birth date. */
export const ZCertificateVerification = z.object({
  status: z.enum(VERIFICATION_STATUSES),
  certificate: z
    .object({
      number: z.string(),
      issuedOn: ZCalendarDate,
      volunteerName: z.string(),
      period: z.object({ from: ZCalendarDate, to: ZCalendarDate }),
      totalMinutes: z.number().int(),
      organizationName: z.string(),
      revokedAt: ZIsoDateTime.nullable(),
    })
    .nullable(),
});
export type TCertificateVerification = z.infer<typeof ZCertificateVerification>;
