import type { FormErrors } from '@mantine/form';
import { contractErrors, type TContract } from '../../app/forms';
import { translateKey } from '../../app/messages';
import { type ScheduleValues, scheduleRowErrors } from './directory-form';

/**
 * The contract's messages for a request built from the form, with the opening-hours rows'
 * own checks; a rule's BYDAY message is shown at its day checkboxes.
 */
export function entryErrors(contract: TContract, request: unknown, rows: ScheduleValues[] = []): FormErrors {
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(contractErrors(contract, request))) {
    errors[path.replace(/\.byday(\.\d+)?$/, '.days')] ??= message;
  }
  for (const [path, key] of Object.entries(scheduleRowErrors(rows))) errors[path] = translateKey(key) ?? key;
  return errors;
}
