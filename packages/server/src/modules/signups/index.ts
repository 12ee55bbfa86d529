/**
 * Sign-ups: places on shifts under capacity and the organization's rules,
 * waitlists, cancellations, reminders, my shifts and calendar feed, and
 * participation history.
 */
export { MAIL_DIGEST_JOB, sendDigests } from './digest';
export { SHIFT_REMINDERS_JOB, sendShiftReminders } from './reminders';
export { signupsRoutes } from './signups.routes';
export { afterShiftChanged, confirmedCount, tallyByRole } from './signups.service';
