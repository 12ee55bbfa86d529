import type { TInsuranceCheck, TParticipationSettings, TUpdateParticipationSettingsRequest } from '@musubi/shared';

/** The settings as the form holds them: number inputs give '' when empty, the month select a string. */
export interface SettingsValues {
  selfRegistrationOpen: boolean;
  insurancePolicyStartMonth: string;
  insuranceCheck: TInsuranceCheck;
  maxHoursPerDay: number | string;
  maxShiftsPerWeek: number | string;
  reminderHoursBefore: number | string;
  /** The hour select's value, "0" … "23". */
  digestHour: string;
  lapsedAfterMonths: number | string;
  /** Comma-separated hours, e.g. "10, 50, 100". */
  milestoneHours: string;
  consentWordingVersion: string;
}

/** Settings as typed so far: a required number left empty is `undefined`, so the contract says "required". */
export type SettingsDraft = { [K in keyof TParticipationSettings]: TParticipationSettings[K] | undefined };

/** 8 → "08:00": the hour a daily digest goes out, as a clock shows it. */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

export function formatMilestones(hours: readonly number[]): string {
  return hours.join(', ');
}

/**
 * "10, 50、100" → [10, 50, 100]: commas (also Japanese and full-width ones) or spaces
 * separate; full-width digits are read as digits. Sorted and without repeats; something
 * that is not a number stays NaN, for the contract to point out.
 */
export function parseMilestones(text: string): number[] {
  const parts = text
    .normalize('NFKC')
    .split(/[,、\s]+/)
    .filter((part) => part !== '');
  const numbers = [...new Set(parts.map(Number))];
  return numbers.sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
}

export function settingsToValues(settings: TParticipationSettings): SettingsValues {
  return {
    selfRegistrationOpen: settings.selfRegistrationOpen,
    insurancePolicyStartMonth: String(settings.insurancePolicyStartMonth),
    insuranceCheck: settings.insuranceCheck,
    maxHoursPerDay: settings.maxHoursPerDay ?? '',
    maxShiftsPerWeek: settings.maxShiftsPerWeek ?? '',
    reminderHoursBefore: settings.reminderHoursBefore,
    digestHour: String(settings.digestHour),
    lapsedAfterMonths: settings.lapsedAfterMonths,
    milestoneHours: formatMilestones(settings.milestoneHours),
    consentWordingVersion: settings.consentWordingVersion,
  };
}

function requiredNumber(value: number | string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** An empty limit means "no limit" (null). */
function limit(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

export function valuesToDraft(values: SettingsValues): SettingsDraft {
  return {
    selfRegistrationOpen: values.selfRegistrationOpen,
    insurancePolicyStartMonth: Number(values.insurancePolicyStartMonth),
    insuranceCheck: values.insuranceCheck,
    maxHoursPerDay: limit(values.maxHoursPerDay),
    maxShiftsPerWeek: limit(values.maxShiftsPerWeek),
    reminderHoursBefore: requiredNumber(values.reminderHoursBefore),
    digestHour: Number(values.digestHour),
    lapsedAfterMonths: requiredNumber(values.lapsedAfterMonths),
    milestoneHours: parseMilestones(values.milestoneHours),
    consentWordingVersion: values.consentWordingVersion.trim(),
  };
}

/** Only the fields that differ from the saved settings: the PATCH body. */
export function changedSettings(
  saved: TParticipationSettings,
  draft: SettingsDraft,
): TUpdateParticipationSettingsRequest {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof TParticipationSettings)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(saved[key])) changes[key] = draft[key];
  }
  return changes as TUpdateParticipationSettingsRequest;
}

/** A contract error on one milestone (`milestoneHours.2`) belongs to the one input holding them all. */
export function collapseListErrors<T>(errors: Record<string, T>, listPath: string): Record<string, T> {
  const collapsed: Record<string, T> = {};
  for (const [path, message] of Object.entries(errors)) {
    const target = path.startsWith(`${listPath}.`) ? listPath : path;
    if (!(target in collapsed)) collapsed[target] = message;
  }
  return collapsed;
}
