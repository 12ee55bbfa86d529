import type { FormErrors } from '@mantine/form';
import { type TShift, type TUpdateShiftRequest, wallTimeOf } from '@musubi/shared';
import { shiftInstants } from './wall-time';

/** One role of the shift being changed: its places, and how many are confirmed (the floor). */
export interface OccurrenceRoleRow {
  id: string;
  /** Null: the general role. */
  name: string | null;
  capacity: number | string;
  confirmed: number;
}

/** The "change this date" form: the date and wall-clock times in the organization's zone, and places per role. */
export interface OccurrenceFormValues {
  date: string;
  startTime: string;
  endTime: string;
  roles: OccurrenceRoleRow[];
}

const MAX_CAPACITY = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** The shift as the form shows it: its start's date, and its start and end as the organization's clocks read them. */
export function occurrenceFormOf(shift: TShift, timeZone: string): OccurrenceFormValues {
  const start = wallTimeOf(new Date(shift.startsAt), timeZone);
  const end = wallTimeOf(new Date(shift.endsAt), timeZone);
  return {
    date: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
    startTime: `${pad(start.hour)}:${pad(start.minute)}`,
    endTime: `${pad(end.hour)}:${pad(end.minute)}`,
    roles: shift.roles.map((role) => ({
      id: role.id,
      name: role.name,
      capacity: role.capacity,
      confirmed: role.confirmed,
    })),
  };
}

/**
 * The PATCH body: only what differs from `initial` (the form as it opened), with the
 * date and times read in `timeZone` (an end at or before the start is the next day).
 * Times the person did not touch are not sent, so a shift the form cannot show exactly
 * (longer than a day) keeps its own. `{}` when nothing changed; null while a date or time is incomplete.
 */
export function toUpdateShiftRequest(
  values: OccurrenceFormValues,
  initial: OccurrenceFormValues,
  timeZone: string,
): TUpdateShiftRequest | null {
  const request: TUpdateShiftRequest = {};
  const timesChanged =
    values.date !== initial.date || values.startTime !== initial.startTime || values.endTime !== initial.endTime;
  if (timesChanged) {
    const instants = shiftInstants(values.date, values.startTime, values.endTime, timeZone);
    if (!instants) return null;
    request.startsAt = instants.startsAt;
    request.endsAt = instants.endsAt;
  }
  const roles = values.roles
    .filter((row) => String(row.capacity) !== String(initial.roles.find((before) => before.id === row.id)?.capacity))
    .map((row) => ({ id: row.id, capacity: Number(row.capacity) }));
  if (roles.length > 0) request.roles = roles;
  return request;
}

/** Checks made before asking the server, as message keys by form path. */
export function occurrenceRuleErrors(values: OccurrenceFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DATE.test(values.date)) errors.date = 'validation.date';
  if (!TIME.test(values.startTime)) errors.startTime = 'validation.time_of_day';
  if (!TIME.test(values.endTime)) errors.endTime = 'validation.time_of_day';
  else if (values.endTime === values.startTime) errors.endTime = 'validation.time_range';
  values.roles.forEach((row, index) => {
    const path = `roles.${index}.capacity`;
    const capacity = Number(row.capacity);
    if (row.capacity === '') errors[path] = 'validation.required';
    else if (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY) {
      errors[path] = 'opportunities.occurrence.errors.capacity';
    } else if (capacity < row.confirmed) errors[path] = 'errors.SHIFT_CAPACITY_BELOW_CONFIRMED';
  });
  return errors;
}

/**
 * Where a refusal's field shows in the form: the instants on the times that make them,
 * a role of the request on that role's row (the request carries only changed roles).
 */
export function toOccurrenceFormPaths(
  errors: FormErrors,
  request: TUpdateShiftRequest,
  values: OccurrenceFormValues,
): FormErrors {
  const formPath = (path: string): string => {
    if (path === 'startsAt') return 'startTime';
    if (path === 'endsAt') return 'endTime';
    const role = /^roles\.(\d+)\.(\w+)$/.exec(path);
    if (!role) return path;
    const id = request.roles?.[Number(role[1])]?.id;
    const index = values.roles.findIndex((row) => row.id === id);
    return index < 0 ? path : `roles.${index}.${role[2]}`;
  };
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [formPath(path), message])) as FormErrors;
}
