import {
  MATCHING_MODES,
  PROPOSAL_ANSWER_CHANNELS,
  PROPOSAL_STATUSES,
  type TFactorScores,
  type TMatchingReason,
  type TMatchingWeights,
} from '@musubi/shared';
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids';
import { sqlValueList } from '../../platform/db/sql-text';
import { needTable } from '../needs/needs.table';
import { organizationTable } from '../organizations/organizations.table';
import { accountTable } from '../people/people.table';
import { volunteerTable } from '../volunteers/volunteers.table';

/** An organization's matching rules: weights, how proposals are confirmed. One row, written on the first change. */
export const matchingSettingsTable = pgTable(
  'matching_settings',
  {
    orgId: uuid('org_id').primaryKey(),
    mode: text('mode', { enum: MATCHING_MODES }).notNull(),
    weights: jsonb('weights').$type<TMatchingWeights>().notNull(),
    halfScoreDistanceKm: doublePrecision('half_score_distance_km').notNull(),
    proposalValidDays: integer('proposal_valid_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId], foreignColumns: [organizationTable.id] }),
    check('matching_settings_mode_check', sql`${t.mode} in (${sqlValueList(MATCHING_MODES)})`),
  ],
);

/**
 * A volunteer asked to help with a need, and what became of it. The ranking
 * as it was (rank, score, factors, reasons) is kept with the proposal, so an
 * override stays explainable after the data changes.
 *
 * The volunteer is a loose reference (`volunteer_org_id`, `volunteer_id`)
 * rather than a foreign key: a network candidate's record belongs to another
 * organization, and the tenant rule forbids keys across organizations. When
 * the proposal is confirmed, `local_volunteer_id` is the person's record in
 * this organization (made from the shared one if needed) and carries the
 * volunteer-time line.
 */
export const needProposalTable = pgTable(
  'need_proposal',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().$defaultFn(newId),
    needId: uuid('need_id').notNull(),
    volunteerOrgId: uuid('volunteer_org_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull(),
    /** Place in the ranking shown; null when proposed from outside it (an override). */
    rank: integer('rank'),
    score: doublePrecision('score').notNull(),
    maxScore: doublePrecision('max_score').notNull(),
    factors: jsonb('factors').$type<TFactorScores>().notNull(),
    reasons: jsonb('reasons').$type<TMatchingReason[]>().notNull(),
    weights: jsonb('weights').$type<TMatchingWeights>().notNull(),
    overrideReason: text('override_reason'),
    message: text('message'),
    /** SHA-256 of the answer link's secret; the secret itself is only in the mail. */
    tokenHash: text('token_hash').notNull(),
    proposedBy: uuid('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredVia: text('answered_via', { enum: PROPOSAL_ANSWER_CHANNELS }),
    declineReason: text('decline_reason'),
    localVolunteerId: uuid('local_volunteer_id'),
    /** The volunteer-time line made on confirmation (a loose reference: lines entered by mistake may be removed). */
    lineId: uuid('line_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.needId], foreignColumns: [needTable.orgId, needTable.id] }),
    foreignKey({ columns: [t.volunteerOrgId], foreignColumns: [organizationTable.id] }),
    foreignKey({ columns: [t.orgId, t.localVolunteerId], foreignColumns: [volunteerTable.orgId, volunteerTable.id] }),
    foreignKey({ columns: [t.proposedBy], foreignColumns: [accountTable.id] }),
    index('need_proposal_need_idx').on(t.orgId, t.needId, t.status),
    index('need_proposal_volunteer_idx').on(t.volunteerOrgId, t.volunteerId),
    index('need_proposal_token_idx').on(t.tokenHash),
    index('need_proposal_open_idx').on(t.expiresAt).where(sql`${t.status} = 'proposed'`),
    // One live proposal per person and need: concurrent proposals of the same person collide here.
    uniqueIndex('need_proposal_live_key')
      .on(t.orgId, t.needId, t.volunteerOrgId, t.volunteerId)
      .where(sql`${t.status} in ('proposed', 'accepted', 'confirmed')`),
    check('need_proposal_status_check', sql`${t.status} in (${sqlValueList(PROPOSAL_STATUSES)})`),
    check('need_proposal_via_check', sql`${t.answeredVia} in (${sqlValueList(PROPOSAL_ANSWER_CHANNELS)})`),
  ],
);
