import type { TParticipationSettings, TUpdateParticipationSettingsRequest } from '@musubi/shared';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit';
import type { Db } from '../../platform/db/client';
import type { Actor } from '../../platform/http/deps';
import { getOrganization } from '../organizations';
import { participationSettingsTable } from './participation.table';

type SettingsRow = typeof participationSettingsTable.$inferSelect;

/**
 * Defaults until an administrator changes something: registration open, the
 * insurance year of the country (Korea May–April, otherwise the fiscal year,
 * April–March in Japan), warn about missing cover, at most 8 hours a day.
 */
function defaults(org: { locale: string; fiscalYearStartMonth: number }): TParticipationSettings {
  return {
    selfRegistrationOpen: true,
    insurancePolicyStartMonth: org.locale === 'ko' ? 5 : org.fiscalYearStartMonth,
    insuranceCheck: 'warn',
    maxHoursPerDay: 8,
    maxShiftsPerWeek: null,
    reminderHoursBefore: 24,
    digestHour: 8,
    lapsedAfterMonths: 12,
    milestoneHours: [10, 50, 100, 300, 600, 1000],
    consentWordingVersion: '1',
  };
}

function toSettings(row: SettingsRow): TParticipationSettings {
  return {
    selfRegistrationOpen: row.selfRegistrationOpen,
    insurancePolicyStartMonth: row.insurancePolicyStartMonth,
    insuranceCheck: row.insuranceCheck,
    maxHoursPerDay: row.maxMinutesPerDay === null ? null : row.maxMinutesPerDay / 60,
    maxShiftsPerWeek: row.maxShiftsPerWeek,
    reminderHoursBefore: row.reminderHoursBefore,
    digestHour: row.digestHour,
    lapsedAfterMonths: row.lapsedAfterMonths,
    milestoneHours: row.milestoneHours,
    consentWordingVersion: row.consentWordingVersion,
  };
}

/** The organization's participation rules (defaults when never changed). */
export async function getParticipationSettings(db: Db, orgId: string): Promise<TParticipationSettings> {
  const [row] = await db.select().from(participationSettingsTable).where(eq(participationSettingsTable.orgId, orgId));
  return row ? toSettings(row) : defaults(await getOrganization(db, orgId));
}

export async function updateParticipationSettings(
  db: Db,
  actor: Actor,
  orgId: string,
  changes: TUpdateParticipationSettingsRequest,
): Promise<TParticipationSettings> {
  return db.transaction(async (tx) => {
    const current = await getParticipationSettings(tx, orgId);
    const next: TParticipationSettings = {
      ...current,
      ...changes,
      milestoneHours: [...new Set(changes.milestoneHours ?? current.milestoneHours)].sort((a, b) => a - b),
    };
    const values = {
      selfRegistrationOpen: next.selfRegistrationOpen,
      insurancePolicyStartMonth: next.insurancePolicyStartMonth,
      insuranceCheck: next.insuranceCheck,
      maxMinutesPerDay: next.maxHoursPerDay === null ? null : Math.round(next.maxHoursPerDay * 60),
      maxShiftsPerWeek: next.maxShiftsPerWeek,
      reminderHoursBefore: next.reminderHoursBefore,
      digestHour: next.digestHour,
      lapsedAfterMonths: next.lapsedAfterMonths,
      milestoneHours: next.milestoneHours,
      consentWordingVersion: next.consentWordingVersion,
      updatedAt: new Date(),
    };
    await tx
      .insert(participationSettingsTable)
      .values({ orgId, ...values })
      .onConflictDoUpdate({ target: participationSettingsTable.orgId, set: values });
    const changed = Object.fromEntries(
      Object.entries(changes).filter(
        ([key, value]) => JSON.stringify(current[key as keyof typeof current]) !== JSON.stringify(value),
      ),
    );
    await recordAudit(tx, {
      orgId,
      actorAccountId: actor.accountId,
      action: 'PARTICIPATION_SETTINGS_UPDATED',
      targetType: 'organization',
      targetId: orgId,
      summary: changed,
      requestId: actor.requestId,
    });
    return next;
  });
}
