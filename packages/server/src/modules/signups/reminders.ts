import { and, eq, isNull, sql as sqlTemplate } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB } from '../../platform/mail/mail.service';
import { findOpportunity, findShift } from '../opportunities';
import { notify } from './signups.service';
import { shiftSignupTable } from './signups.table';

export const SHIFT_REMINDERS_JOB = 'shift.reminders';

/**
 * Sends the reminder before each confirmed place, at the organization's
 * chosen number of hours before the start. Each place is marked when its
 * reminder is queued, in the same transaction, so a rerun never sends twice.
 */
export async function sendShiftReminders(deps: Pick<AppDeps, 'db' | 'config' | 'jobs'>): Promise<number> {
  const due = await queryRows<{ org_id: string; id: string }>(deps.db, sqlDue());
  let sent = 0;
  for (const { org_id: orgId, id } of due) {
    await deps.db.transaction(async (tx: Db) => {
      const [signup] = await tx
        .update(shiftSignupTable)
        .set({ reminderSentAt: new Date() })
        .where(
          and(eq(shiftSignupTable.orgId, orgId), eq(shiftSignupTable.id, id), isNull(shiftSignupTable.reminderSentAt)),
        )
        .returning();
      if (!signup) return;
      const shift = await findShift(tx, orgId, signup.shiftId);
      const opportunity = await findOpportunity(tx, orgId, shift.opportunityId);
      await notify(tx, deps, orgId, signup, shift, opportunity, 'shift_reminder');
      sent += 1;
    });
  }
  if (sent > 0) await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return sent;
}

function sqlDue() {
  // Reminder hours come from the organization's settings (24 when never changed).
  return sqlTemplate`
    select su.org_id, su.id from shift_signup su
    join shift s on s.org_id = su.org_id and s.id = su.shift_id
    left join participation_settings ps on ps.org_id = su.org_id
    where su.status = 'confirmed' and su.reminder_sent_at is null and s.status = 'scheduled'
      and s.starts_at > now()
      and s.starts_at <= now() + make_interval(hours => coalesce(ps.reminder_hours_before, 24))
    order by s.starts_at limit 500`;
}
