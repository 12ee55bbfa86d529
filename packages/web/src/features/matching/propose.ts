import type { TMatchingWeights, TProposeRequest, TRankedCandidate } from '@musubi/shared';

/**
 * Whether a chosen person needs a reason (ZProposeRequest): `required` when the API refuses
 * without one (a warning such as no cover or not free, or not among the first `limit` of the
 * ranking shown); `skipped` when higher-ranked people were passed over, which the API does
 * not require but the case history should explain; null otherwise.
 */
export type OverrideKind = 'required' | 'skipped' | null;

/** A typed reason or message, trimmed; undefined when blank (kept free of the app's modules, for tests). */
function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

type Ranked = Pick<TRankedCandidate, 'volunteerId' | 'rank' | 'hasWarnings'>;

/** Higher-ranked people shown but not chosen, for one chosen candidate. */
export function skippedAbove(candidate: Ranked, shown: readonly Ranked[], chosenIds: ReadonlySet<string>): number {
  return shown.filter((other) => other.rank < candidate.rank && !chosenIds.has(other.volunteerId)).length;
}

export function overrideKind(
  candidate: Ranked,
  shown: readonly Ranked[],
  chosenIds: ReadonlySet<string>,
  limit: number,
): OverrideKind {
  if (candidate.hasWarnings || candidate.rank > limit) return 'required';
  return skippedAbove(candidate, shown, chosenIds) > 0 ? 'skipped' : null;
}

export interface ProposeDraft {
  /** The chosen people, in the order of the ranking. */
  chosen: readonly Ranked[];
  /** Everyone shown in the ranking the coordinator looked at. */
  shown: readonly Ranked[];
  /** volunteerId → the reason typed (may be blank). */
  reasons: Readonly<Record<string, string>>;
  limit: number;
  /** The weights changed for this ranking (empty: the organization's). */
  overrides: Partial<TMatchingWeights>;
  message: string;
}

/** The chosen people who need a reason and have none yet. */
export function missingReasons(draft: ProposeDraft): string[] {
  const ids = new Set(draft.chosen.map((c) => c.volunteerId));
  return draft.chosen
    .filter((c) => overrideKind(c, draft.shown, ids, draft.limit) === 'required')
    .filter((c) => !optionalText(draft.reasons[c.volunteerId] ?? ''))
    .map((c) => c.volunteerId);
}

/**
 * The request for the API: each person with their reason when one was given, the ranking
 * looked at (limit and changed weights, so the server tells overrides the same way), and
 * the personal line for the mail.
 */
export function buildProposeRequest(draft: ProposeDraft): TProposeRequest {
  const request: TProposeRequest = {
    proposals: draft.chosen.map((c) => {
      const reason = optionalText(draft.reasons[c.volunteerId] ?? '');
      return reason ? { volunteerId: c.volunteerId, overrideReason: reason } : { volunteerId: c.volunteerId };
    }),
    limit: draft.limit,
  };
  if (Object.keys(draft.overrides).length > 0) request.weights = { ...draft.overrides };
  const message = optionalText(draft.message);
  if (message) request.message = message;
  return request;
}
