import { type TDuplicateCandidate, type TVolunteerStatus, ZDuplicateCandidate } from '@musubi/shared';

/** Today in the device's time zone, as a calendar date (a date input's default). */
export function todayCalendarDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A weekday's name, ISO numbering (1 = Monday … 7 = Sunday). */
export function weekdayName(weekday: number, language: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

const STATUS_COLORS: Record<TVolunteerStatus, string> = {
  applicant: 'yellow',
  active: 'green',
  inactive: 'gray',
  lapsed: 'orange',
  merged: 'gray',
};

export function volunteerStatusColor(status: TVolunteerStatus): string {
  return STATUS_COLORS[status];
}

/** The records named by a 409 VOLUNTEER_POSSIBLE_DUPLICATE answer's `details` (malformed ones left out). */
export function duplicateCandidatesIn(details: Record<string, unknown>): TDuplicateCandidate[] {
  const candidates = details.candidates;
  if (!Array.isArray(candidates)) return [];
  return candidates.flatMap((candidate) => {
    const parsed = ZDuplicateCandidate.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
}
