import { calendarDateIn, instantOf, type TLocale } from '@musubi/shared';
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { AppDeps } from '../../platform/http/deps';
import { MAIL_DELIVER_JOB, queueMail } from '../../platform/mail/mail.service';
import { getOrganization } from '../organizations';
import { getParticipationSettings } from '../participation';
import { contactWithdrawn, volunteerBasics } from '../volunteers';
import { mailDigestItemTable } from './signups.table';

export const MAIL_DIGEST_JOB = 'mail.digest';

/** Today's digest time of an organization: its digest hour, in its time zone. */
export function digestCutoff(now: Date, timeZone: string, digestHour: number): Date {
  const [year, month, day] = calendarDateIn(timeZone, now).split('-').map(Number);
  return instantOf({ year, month, day, hour: digestHour, minute: 0 }, timeZone);
}

/**
 * Sends the daily digests that are due: for each organization whose digest
 * hour has passed today, every line written before that hour goes to its
 * person in one mail, and the lines are marked in the same transaction, so a
 * rerun (or a second instance) never sends a line twice. Lines written after
 * the hour wait for tomorrow's digest. A person who meanwhile chose another
 * channel or withdrew consent to contact gets no mail; their lines are closed.
 */
export async function sendDigests(deps: Pick<AppDeps, 'db' | 'config' | 'jobs'>, now = new Date()): Promise<number> {
  const orgIds = await queryRows<{ org_id: string }>(
    deps.db,
    sql`select distinct org_id from mail_digest_item where digested_at is null`,
  );
  let sent = 0;
  for (const { org_id: orgId } of orgIds) {
    const org = await getOrganization(deps.db, orgId);
    const { digestHour } = await getParticipationSettings(deps.db, orgId);
    const cutoff = digestCutoff(now, org.timeZone, digestHour);
    if (now < cutoff) continue;
    sent += await deps.db.transaction(async (tx: Db) => {
      const items = await tx
        .select()
        .from(mailDigestItemTable)
        .where(
          and(
            eq(mailDigestItemTable.orgId, orgId),
            isNull(mailDigestItemTable.digestedAt),
            lt(mailDigestItemTable.createdAt, cutoff),
          ),
        )
        .orderBy(asc(mailDigestItemTable.createdAt))
        .for('update', { skipLocked: true });
      if (items.length === 0) return 0;
      const linesOf = new Map<string, string[]>();
      for (const item of items) linesOf.set(item.volunteerId, [...(linesOf.get(item.volunteerId) ?? []), item.line]);
      const people = await volunteerBasics(tx, orgId, [...linesOf.keys()]);
      let mails = 0;
      for (const [volunteerId, lines] of linesOf) {
        const person = people.get(volunteerId);
        if (!person?.email || person.preferredChannel !== 'email') continue;
        if (await contactWithdrawn(tx, orgId, volunteerId)) continue;
        await queueMail(tx, deps.config, {
          orgId,
          orgName: org.name,
          to: person.email,
          locale: person.locale as TLocale,
          template: 'digest',
          params: { name: person.name, lines: lines.join('\n'), link: `${deps.config.publicUrl}/me/shifts` },
        });
        mails += 1;
      }
      await tx
        .update(mailDigestItemTable)
        .set({ digestedAt: now })
        .where(
          and(
            eq(mailDigestItemTable.orgId, orgId),
            inArray(
              mailDigestItemTable.id,
              items.map((item) => item.id),
            ),
          ),
        );
      return mails;
    });
  }
  if (sent > 0) await deps.jobs.trigger(MAIL_DELIVER_JOB);
  return sent;
}
