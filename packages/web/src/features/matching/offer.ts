import type { TProposalSummary } from '@musubi/shared';

/** What the volunteer is told once a request can no longer be answered (null while it can). */
export type OfferOutcome =
  | 'accepted_now'
  | 'confirmed_now'
  | 'declined_now'
  | 'already_accepted'
  | 'already_confirmed'
  | 'already_declined'
  | 'withdrawn'
  | 'expired';

/**
 * The outcome to show for a request: thanks right after answering (`…_now`), a reminder of
 * the answer when the link is opened again (`already_…`), or why it is closed.
 */
export function offerOutcome(
  summary: Pick<TProposalSummary, 'status' | 'answerable'>,
  justAnswered: boolean,
): OfferOutcome | null {
  if (summary.answerable) return null;
  switch (summary.status) {
    case 'accepted':
      return justAnswered ? 'accepted_now' : 'already_accepted';
    case 'confirmed':
      return justAnswered ? 'confirmed_now' : 'already_confirmed';
    case 'declined':
      return justAnswered ? 'declined_now' : 'already_declined';
    case 'withdrawn':
      return 'withdrawn';
    default:
      // Expired, or still "proposed" after its answer time ran out.
      return 'expired';
  }
}

/** Requests still waiting for an answer first, then the others; newest first within each. */
export function splitOffers<T extends Pick<TProposalSummary, 'answerable'>>(offers: readonly T[]) {
  return { waiting: offers.filter((o) => o.answerable), past: offers.filter((o) => !o.answerable) };
}
