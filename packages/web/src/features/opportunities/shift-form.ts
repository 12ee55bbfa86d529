import type { FormErrors } from '@mantine/form';
import type { TCreateShiftsRequest } from '@musubi/shared';
import { buildRrule, NO_REPEAT, type RepeatValues, repeatErrors } from './rrule';
import { shiftInstants } from './wall-time';

/** One role of the new shift(s): a name (none: the general role), its places and a skill it needs. */
export interface ShiftRoleRow {
  /** Identifies the row while rows are added and removed (not sent). */
  rowId: string;
  name: string;
  capacity: number | string;
  /** Empty: no skill beyond the activity's. */
  requiredSkillId: string;
}

/** The "add shifts" form: a date with wall-clock times, roles, sign-up window, and how it repeats. */
export interface ShiftFormValues extends RepeatValues {
  date: string;
  startTime: string;
  endTime: string;
  roles: ShiftRoleRow[];
  waitlist: boolean;
  /** Empty: sign-up opens at once. */
  signupOpensDaysBefore: number | string;
  signupClosesHoursBefore: number | string;
}

let rowCount = 0;

export function newRoleRow(): ShiftRoleRow {
  rowCount += 1;
  return { rowId: `role-${rowCount}`, name: '', capacity: '', requiredSkillId: '' };
}

export function emptyShiftForm(): ShiftFormValues {
  return {
    ...NO_REPEAT,
    date: '',
    startTime: '09:00',
    endTime: '12:00',
    roles: [newRoleRow()],
    waitlist: true,
    signupOpensDaysBefore: '',
    signupClosesHoursBefore: 0,
  };
}

function numberOrUndefined(value: number | string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** The request, with the date and times read in `timeZone`; null until the date and times are complete. */
export function toCreateShiftsRequest(values: ShiftFormValues, timeZone: string): TCreateShiftsRequest | null {
  const instants = shiftInstants(values.date, values.startTime, values.endTime, timeZone);
  if (!instants) return null;
  const opensDays = numberOrUndefined(values.signupOpensDaysBefore);
  return {
    startsAt: instants.startsAt,
    endsAt: instants.endsAt,
    roles: values.roles.map((row) => ({
      name: row.name.trim() || null,
      capacity: Number(row.capacity),
      requiredSkillId: row.requiredSkillId || null,
    })),
    waitlist: values.waitlist,
    signupOpensDaysBefore: opensDays ?? null,
    signupClosesHoursBefore: numberOrUndefined(values.signupClosesHoursBefore) ?? 0,
    rrule: buildRrule(values, values.date),
  };
}

/** Where a contract path shows in the form (the request's instants come from the date and times). */
const FORM_PATHS: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime', rrule: 'repeat' };

export function toFormPaths(errors: FormErrors): FormErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [FORM_PATHS[path] ?? path, message]),
  ) as FormErrors;
}

/** Checks the contract cannot make: a complete date and times, places given, and the repetition; as message keys. */
export function shiftRuleErrors(values: ShiftFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'validation.date';
  if (!/^\d{2}:\d{2}$/.test(values.startTime)) errors.startTime = 'validation.time_of_day';
  if (!/^\d{2}:\d{2}$/.test(values.endTime)) errors.endTime = 'validation.time_of_day';
  else if (values.endTime === values.startTime) errors.endTime = 'validation.time_range';
  values.roles.forEach((row, index) => {
    if (row.capacity === '') errors[`roles.${index}.capacity`] = 'validation.required';
  });
  for (const [field, key] of Object.entries(repeatErrors(values, values.date))) errors[field] = key;
  return errors;
}
