import { z } from 'zod';
import { ZCalendarDate, ZIsoDateTime, ZOptionalText, ZUuid } from './common.contract';
import { ZNeedKind, ZNeedUrgency } from './needs.contract';

/**
 * Explainable matching of volunteers to needs, and the proposals that follow.
 * The scoring itself is the pure function in `../matching/score.ts`; these are
 * its vocabulary and the API's shapes. Each listed value is translated as
 * `matching.<list>_<value>`.
 */

// ---------------------------------------------------------------- vocabulary

/** What a candidate is scored on, each factor 0–1 (or null when it does not apply to the need). */
export const MATCHING_FACTORS = [
  'skills',
  'languages',
  'distance',
  'availability',
  'insurance',
  'workload',
  'continuity',
  'preferences',
  'interests',
] as const;
export const ZMatchingFactor = z.enum(MATCHING_FACTORS);
export type TMatchingFactor = z.infer<typeof ZMatchingFactor>;

/** How much each factor counts, 0 (ignored) … 10. */
export const ZMatchingWeight = z.number().int().min(0).max(10);
export const ZMatchingWeights = z.object(
  Object.fromEntries(MATCHING_FACTORS.map((f) => [f, ZMatchingWeight])) as Record<
    TMatchingFactor,
    typeof ZMatchingWeight
  >,
);
export type TMatchingWeights = z.infer<typeof ZMatchingWeights>;

/** The weights an organization starts with; administrators change them in matching settings. */
export const DEFAULT_MATCHING_WEIGHTS: TMatchingWeights = {
  skills: 2,
  languages: 3,
  distance: 3,
  availability: 3,
  insurance: 1,
  workload: 2,
  continuity: 2,
  preferences: 2,
  interests: 1,
};

/**
 * Hard rules: a candidate with any of these is never ranked; the coordinator
 * sees why. Volunteers of other organizations who did not consent to network
 * sharing are not candidates at all (not even excluded ones).
 */
export const MATCHING_EXCLUSIONS = [
  'NOT_ACTIVE',
  'CONTACT_WITHDRAWN',
  'NOT_QUALIFIED',
  'NOT_INSURED',
  'LIMIT_REACHED',
  'DECLINED',
  'ALREADY_PROPOSED',
  'ALREADY_ASSIGNED',
] as const;
export const ZMatchingExclusionCode = z.enum(MATCHING_EXCLUSIONS);
export type TMatchingExclusionCode = z.infer<typeof ZMatchingExclusionCode>;

/**
 * What a reason may say, per factor. Reasons are data (code + params) so each
 * client renders them in its own language; `explainCandidate` renders them on
 * the server. Codes marked as warnings make a proposal need an override reason.
 */
export const MATCHING_REASON_CODES = [
  'has_skills',
  'speaks',
  'speaks_none',
  'distance',
  'location_unknown',
  'free_on',
  'not_free',
  'away',
  'insured',
  'not_insured',
  'no_recent_assignments',
  'recent_assignments',
  'helped_before',
  'gender_match',
  'gender_other',
  'gender_unknown',
  'interested',
] as const;
export const ZMatchingReasonCode = z.enum(MATCHING_REASON_CODES);
export type TMatchingReasonCode = z.infer<typeof ZMatchingReasonCode>;

const ZReasonParams = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]),
);

export const ZMatchingReason = z.object({
  factor: ZMatchingFactor,
  code: ZMatchingReasonCode,
  params: ZReasonParams,
  /** Something the coordinator should weigh before proposing (not insured, not free, …). */
  warning: z.boolean(),
});
export type TMatchingReason = z.infer<typeof ZMatchingReason>;

export const ZMatchingExclusion = z.object({ code: ZMatchingExclusionCode, params: ZReasonParams });
export type TMatchingExclusion = z.infer<typeof ZMatchingExclusion>;

/** Each factor's score, 0–1, or null when the factor does not apply to this need. */
export const ZFactorScores = z.object(
  Object.fromEntries(MATCHING_FACTORS.map((f) => [f, z.number().nullable()])) as Record<
    TMatchingFactor,
    z.ZodNullable<z.ZodNumber>
  >,
);
export type TFactorScores = z.infer<typeof ZFactorScores>;

/** first_accept: the first acceptance confirms; coordinator_confirms: acceptances wait for a coordinator. */
export const MATCHING_MODES = ['first_accept', 'coordinator_confirms'] as const;
export const ZMatchingMode = z.enum(MATCHING_MODES);
export type TMatchingMode = z.infer<typeof ZMatchingMode>;

export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'declined', 'withdrawn', 'confirmed', 'expired'] as const;
export const ZProposalStatus = z.enum(PROPOSAL_STATUSES);
export type TProposalStatus = z.infer<typeof ZProposalStatus>;
/** Proposals still waiting for someone: the volunteer (proposed) or the coordinator (accepted). */
export const OPEN_PROPOSAL_STATUSES = ['proposed', 'accepted'] as const satisfies readonly TProposalStatus[];

/** Who answered: the volunteer through the mailed link, in the app, or a coordinator for them (phone). */
export const PROPOSAL_ANSWER_CHANNELS = ['link', 'app', 'coordinator'] as const;
export const ZProposalAnswerChannel = z.enum(PROPOSAL_ANSWER_CHANNELS);
export type TProposalAnswerChannel = z.infer<typeof ZProposalAnswerChannel>;

// ---------------------------------------------------------------- settings

export const ZMatchingSettings = z.object({
  mode: ZMatchingMode,
  weights: ZMatchingWeights,
  /** Distance at which the distance score halves (1 at the door, ½ here, ⅕ at twice this, 1/10 at three times). */
  halfScoreDistanceKm: z.number().min(0.1).max(100),
  /** Days a volunteer has to answer a proposal before it expires. */
  proposalValidDays: z.number().int().min(1).max(60),
});
export type TMatchingSettings = z.infer<typeof ZMatchingSettings>;
export const ZUpdateMatchingSettingsRequest = ZMatchingSettings.partial().strict();
export type TUpdateMatchingSettingsRequest = z.infer<typeof ZUpdateMatchingSettingsRequest>;

export const DEFAULT_MATCHING_SETTINGS: TMatchingSettings = {
  mode: 'coordinator_confirms',
  weights: DEFAULT_MATCHING_WEIGHTS,
  halfScoreDistanceKm: 2,
  proposalValidDays: 3,
};

// ---------------------------------------------------------------- candidates

/**
 * Weight overrides for one ranking, `factor:weight` pairs separated by commas
 * (`languages:5,distance:1`); factors not named keep the organization's weight.
 */
export const ZWeightOverrides = z
  .string()
  .max(300)
  .regex(/^([a-z]+:\d{1,2})(,[a-z]+:\d{1,2})*$/, { message: 'validation.invalid_format' })
  .transform((value) => Object.fromEntries(value.split(',').map((pair) => pair.split(':'))))
  .pipe(
    z
      .object(
        Object.fromEntries(
          MATCHING_FACTORS.map((f) => [f, z.coerce.number().pipe(ZMatchingWeight).optional()]),
        ) as Record<TMatchingFactor, z.ZodOptional<z.ZodPipe<z.ZodCoercedNumber, typeof ZMatchingWeight>>>,
      )
      .strict(),
  );
export type TWeightOverrides = Partial<TMatchingWeights>;

export const ZCandidatesQuery = z.object({
  /** How many ranked candidates (and at most how many excluded ones) to return. */
  limit: z.coerce.number().int().min(1).max(100).default(20),
  weights: ZWeightOverrides.optional(),
});
export type TCandidatesQuery = z.input<typeof ZCandidatesQuery>;

const candidateBase = {
  volunteerId: ZUuid,
  /** The organization whose record this is (another one of the network when it differs from the need's). */
  orgId: ZUuid,
  orgName: z.string(),
  name: z.string(),
  nameReading: z.string().nullable(),
  phone: z.string().nullable(),
  /** Sum of weight × factor score. */
  total: z.number(),
  /** The best total any candidate could reach for this need with these weights. */
  maxTotal: z.number(),
  factors: ZFactorScores,
  reasons: z.array(ZMatchingReason),
  /** The reasons as one sentence in the caller's language ("speaks Chinese, 1.2 km away, …"). */
  explanation: z.string(),
};

export const ZRankedCandidate = z.object({
  rank: z.number().int(),
  ...candidateBase,
  /** True when a reason is a warning: proposing needs an override reason. */
  hasWarnings: z.boolean(),
});
export type TRankedCandidate = z.infer<typeof ZRankedCandidate>;

/** A candidate a hard rule keeps out, who would otherwise have ranked among the first `limit`. */
export const ZExcludedCandidate = z.object({
  ...candidateBase,
  exclusions: z.array(ZMatchingExclusion),
  /** The exclusions as one sentence in the caller's language. */
  exclusionText: z.string(),
});
export type TExcludedCandidate = z.infer<typeof ZExcludedCandidate>;

export const ZCandidatesResponse = z.object({
  needId: ZUuid,
  /** The day the scores refer to (insurance cover, time away, workload limits), in the organization's calendar. */
  date: ZCalendarDate,
  weights: ZMatchingWeights,
  limit: z.number().int(),
  candidates: z.array(ZRankedCandidate),
  excluded: z.array(ZExcludedCandidate),
});
export type TCandidatesResponse = z.infer<typeof ZCandidatesResponse>;

// ---------------------------------------------------------------- proposals

export const ZProposeRequest = z.object({
  proposals: z
    .array(
      z.object({
        volunteerId: ZUuid,
        /** Why this person although they are not among the first `limit` shown, or have a warning. */
        overrideReason: ZOptionalText(500),
      }),
    )
    .min(1)
    .max(20),
  /** The ranking the coordinator looked at (limit and weight overrides), to tell what is an override. */
  limit: z.number().int().min(1).max(100).default(20),
  weights: z
    .object(
      Object.fromEntries(MATCHING_FACTORS.map((f) => [f, ZMatchingWeight.optional()])) as Record<
        TMatchingFactor,
        z.ZodOptional<typeof ZMatchingWeight>
      >,
    )
    .strict()
    .optional(),
  /** A personal line added to the mail ("Mrs. Sato asked for you by name"). */
  message: ZOptionalText(500),
});
export type TProposeRequest = z.input<typeof ZProposeRequest>;

export const ZProposal = z.object({
  id: ZUuid,
  needId: ZUuid,
  volunteerId: ZUuid,
  volunteerOrgId: ZUuid,
  volunteerName: z.string(),
  status: ZProposalStatus,
  /** Place in the ranking when proposed; null when the person was not among the first `limit` shown. */
  rank: z.number().int().nullable(),
  score: z.number(),
  maxScore: z.number(),
  factors: ZFactorScores,
  reasons: z.array(ZMatchingReason),
  overrideReason: z.string().nullable(),
  message: z.string().nullable(),
  proposedByName: z.string().nullable(),
  proposedAt: ZIsoDateTime,
  expiresAt: ZIsoDateTime,
  answeredAt: ZIsoDateTime.nullable(),
  answeredVia: ZProposalAnswerChannel.nullable(),
  declineReason: z.string().nullable(),
  /** The volunteer-time line made when the proposal was confirmed. */
  lineId: ZUuid.nullable(),
  closedAt: ZIsoDateTime.nullable(),
});
export type TProposal = z.infer<typeof ZProposal>;

export const ZProposalListResponse = z.object({ proposals: z.array(ZProposal), mode: ZMatchingMode });
export type TProposalListResponse = z.infer<typeof ZProposalListResponse>;
export const ZProposeResponse = z.object({ proposals: z.array(ZProposal) });
export type TProposeResponse = z.infer<typeof ZProposeResponse>;

export const ZProposalParams = z.object({ orgId: ZUuid, needId: ZUuid, proposalId: ZUuid });

/** Accept or decline, by the volunteer (link, app) or a coordinator for them. */
export const ZProposalAnswerRequest = z.object({
  answer: z.enum(['accept', 'decline']),
  /** Why not (optional, shown to the coordinator). */
  reason: ZOptionalText(500),
});
export type TProposalAnswerRequest = z.infer<typeof ZProposalAnswerRequest>;

export const ZWithdrawProposalRequest = z.object({ reason: ZOptionalText(500) });
export type TWithdrawProposalRequest = z.infer<typeof ZWithdrawProposalRequest>;

/**
 * What a volunteer sees of a proposal (link page, their list): the need's
 * non-sensitive summary only — no recipient name, address, phone or notes.
 */
export const ZProposalSummary = z.object({
  proposalId: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  status: ZProposalStatus,
  expiresAt: ZIsoDateTime,
  volunteerName: z.string(),
  need: z.object({
    number: z.string(),
    kind: ZNeedKind,
    title: z.string(),
    area: z.string().nullable(),
    online: z.boolean(),
    urgency: ZNeedUrgency,
    timeWindows: z.array(
      z.object({
        date: z.string().nullable(),
        weekday: z.number().int().nullable(),
        start: z.string(),
        end: z.string(),
      }),
    ),
  }),
  message: z.string().nullable(),
  /** True while the volunteer can still accept or decline. */
  answerable: z.boolean(),
});
export type TProposalSummary = z.infer<typeof ZProposalSummary>;

export const ZMyProposalListResponse = z.object({ proposals: z.array(ZProposalSummary) });
export type TMyProposalListResponse = z.infer<typeof ZMyProposalListResponse>;

export const ZProposalTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const ZMyProposalParams = z.object({ proposalId: ZUuid });
