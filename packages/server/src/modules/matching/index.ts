/**
 * Matching: ranks candidate volunteers for a need with an explanation per
 * factor (the pure core is `@musubi/shared`'s `rankCandidates`), and the
 * proposals that follow — asked, accepted or declined through a link or the
 * app, confirmed first-come or by a coordinator, expired when unanswered.
 */

export {
  listCandidates,
  type MatchingSetup,
  prepareMatching,
  rankBruteForce,
  rankWithPrefilter,
} from './candidates.service';
export { matchingRoutes } from './matching.routes';
export { expireProposals, PROPOSALS_EXPIRE_JOB, proposeVolunteers } from './proposals.service';
