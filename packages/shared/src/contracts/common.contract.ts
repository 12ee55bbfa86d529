import { z } from 'zod';

export const ZUuid = z.uuid();

/** Path parameter of every organization-scoped route. */
export const ZOrgParams = z.object({ orgId: ZUuid });
export type TOrgParams = z.infer<typeof ZOrgParams>;

export const ZIsoDateTime = z.iso.datetime({ offset: true });

/** A calendar date, YYYY-MM-DD (birth dates, enrollment dates: no time zone). */
export const ZCalendarDate = z.iso.date({ message: 'validation.date' });

/** Free text where an empty string means "none" (stored as null). */
export const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'validation.email' }));

/** Phone numbers as people write them: digits, spaces, hyphens, parentheses, a leading +. */
export const ZPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9()\-\s]{6,24}$/, { message: 'validation.phone' })
  .transform((value) => value.replace(/[\s()-]/g, ''));

/** Japanese 7-digit codes with or without hyphen (stored as 123-4567), Korean 5 and Chinese 6 digits. */
export const ZPostalCode = z
  .string()
  .trim()
  .regex(/^(\d{3}-?\d{4}|\d{5}|\d{6})$/, { message: 'validation.postal_code' })
  .transform((value) => (/^\d{7}$/.test(value) ? `${value.slice(0, 3)}-${value.slice(3)}` : value));

/**
 * Passwords: at least 8 characters (NIST SP 800-63B), at most 256, any
 * characters including spaces; paste and password managers are welcome.
 */
export const ZPassword = z.string().min(8).max(256);

export const ZPersonName = z.string().trim().min(1).max(100);

/**
 * A name's reading (furigana): hiragana, katakana, the long-vowel mark, spaces,
 * Latin letters (pinyin, romaji) and Hangul (a Korean name's own reading).
 */
export const ZNameReading = z
  .string()
  .trim()
  .max(100)
  .regex(/^[\u3041-\u3096\u30A1-\u30FA\u30FC\u30FB\uAC00-\uD7A3\s\u3000A-Za-z'-]*$/, {
    message: 'validation.name_reading',
  });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone such as Asia/Tokyo. */
export const ZTimeZone = z.string().trim().min(1).max(64).refine(isTimeZone, { message: 'validation.time_zone' });

/** Paging by opaque cursor, newest first. */
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: ZUuid.optional(),
});
