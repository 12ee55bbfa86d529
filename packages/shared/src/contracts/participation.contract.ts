import { z } from 'zod';

/**
 * Vocabulary of participation shared by volunteers, activities and the
 * catalogue. Each value is translated in `participation.<list>.<value>`.
 */

/** What an activity is about; volunteers pick the same values as interests. */
export const ACTIVITY_CATEGORIES = [
  'elderly',
  'disability',
  'children',
  'community',
  'environment',
  'disaster',
  'health',
  'culture_sports',
  'international',
  'education',
  'events',
  'other',
] as const;
export const ZActivityCategory = z.enum(ACTIVITY_CATEGORIES);
export type TActivityCategory = z.infer<typeof ZActivityCategory>;

/**
 * Languages a volunteer speaks: ISO 639 codes of the languages most asked for
 * in Japan, China and Korea, including the three national sign languages.
 */
export const LANGUAGES = [
  'ja',
  'en',
  'zh',
  'ko',
  'vi',
  'tl',
  'pt',
  'es',
  'ne',
  'id',
  'th',
  'my',
  'fr',
  'ru',
  'uk',
  'jsl',
  'csl',
  'kvk',
] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type TLanguage = z.infer<typeof ZLanguage>;

/** Purposes a person consents to separately; withdrawing one takes effect at once. */
export const CONSENT_PURPOSES = ['contact', 'network_sharing', 'photos', 'sensitive_data'] as const;
export const ZConsentPurpose = z.enum(CONSENT_PURPOSES);
export type TConsentPurpose = z.infer<typeof ZConsentPurpose>;

/** How the organization should reach the person. `phone` and `post` mean a coordinator does it. */
export const CONTACT_CHANNELS = ['email', 'phone', 'post'] as const;
export const ZContactChannel = z.enum(CONTACT_CHANNELS);
export type TContactChannel = z.infer<typeof ZContactChannel>;

/** What the organization does when a volunteer without valid insurance signs up or checks in. */
export const INSURANCE_CHECKS = ['off', 'warn', 'block'] as const;
export const ZInsuranceCheck = z.enum(INSURANCE_CHECKS);
export type TInsuranceCheck = z.infer<typeof ZInsuranceCheck>;

/** An organization's rules for participation. Every field has a sensible default. */
export const ZParticipationSettings = z.object({
  /** Anyone may register on the public page (/join/<organization>). */
  selfRegistrationOpen: z.boolean(),
  /** First month of the insurance policy year: 4 in Japan (April–March), 5 in Korea (May–April). */
  insurancePolicyStartMonth: z.number().int().min(1).max(12),
  insuranceCheck: ZInsuranceCheck,
  /** Workload limits; null means no limit. */
  maxHoursPerDay: z.number().min(0.5).max(24).nullable(),
  maxShiftsPerWeek: z.number().int().min(1).max(50).nullable(),
  /** Hours before a shift when the reminder goes out. */
  reminderHoursBefore: z.number().int().min(1).max(336),
  /** Local hour (0–23) when the daily digest goes to people who chose one. */
  digestHour: z.number().int().min(0).max(23),
  /** A volunteer with no activity for this many months is listed as lapsed. */
  lapsedAfterMonths: z.number().int().min(1).max(60),
  /** Cumulative hours that are celebrated, e.g. 10, 50, 100. */
  milestoneHours: z.array(z.number().int().min(1).max(100_000)).max(12),
  /** The version of the consent wording people currently agree to (recorded with each consent). */
  consentWordingVersion: z.string().trim().min(1).max(40),
});
export type TParticipationSettings = z.infer<typeof ZParticipationSettings>;

export const ZUpdateParticipationSettingsRequest = ZParticipationSettings.partial().strict();
export type TUpdateParticipationSettingsRequest = z.infer<typeof ZUpdateParticipationSettingsRequest>;
