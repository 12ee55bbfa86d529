import type {
  TCandidatesResponse,
  TMatchingSettings,
  TMyProposalListResponse,
  TProposal,
  TProposalAnswerRequest,
  TProposalListResponse,
  TProposalSummary,
  TProposeRequest,
  TProposeResponse,
  TUpdateMatchingSettingsRequest,
  TWithdrawProposalRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';
import { needQueryKey } from '../needs/needs.api';

const orgPath = (orgId: string) => `/api/v1/organizations/${orgId}`;
const needPath = (orgId: string, needId: string) => `${orgPath(orgId)}/needs/${needId}`;
const proposalPath = (orgId: string, needId: string, proposalId: string) =>
  `${needPath(orgId, needId)}/proposals/${proposalId}`;

/**
 * A case's candidates and proposals live under the case's own key, so every change to the
 * case (an edit, a stage, an answer) reloads them with it.
 */
export const candidatesQueryKey = (orgId: string, needId: string) =>
  [...needQueryKey(orgId, needId), 'candidates'] as const;
export const candidateRankingQueryKey = (orgId: string, needId: string, limit: number, weights: string) =>
  [...candidatesQueryKey(orgId, needId), limit, weights] as const;
export const needProposalsQueryKey = (orgId: string, needId: string) =>
  [...needQueryKey(orgId, needId), 'proposals'] as const;
export const matchingSettingsQueryKey = (orgId: string) => ['matching-settings', orgId] as const;
export const myProposalsQueryKey = ['my-proposals'] as const;
export const proposalLinkQueryKey = (token: string) => ['proposal-link', token] as const;

export function getMatchingSettings(orgId: string): Promise<TMatchingSettings> {
  return api.get(`${orgPath(orgId)}/matching-settings`);
}

export function updateMatchingSettings(
  orgId: string,
  body: TUpdateMatchingSettingsRequest,
): Promise<TMatchingSettings> {
  return api.patch(`${orgPath(orgId)}/matching-settings`, body);
}

/** The ranking for a need; `weights` are `factor:weight` overrides of the organization's weights (or empty). */
export function listCandidates(
  orgId: string,
  needId: string,
  limit: number,
  weights: string,
): Promise<TCandidatesResponse> {
  return api.get(`${needPath(orgId, needId)}/candidates`, { limit, weights: weights || undefined });
}

export function listNeedProposals(orgId: string, needId: string): Promise<TProposalListResponse> {
  return api.get(`${needPath(orgId, needId)}/proposals`);
}

export function proposeVolunteers(orgId: string, needId: string, body: TProposeRequest): Promise<TProposeResponse> {
  return api.post(`${needPath(orgId, needId)}/proposals`, body);
}

export function confirmProposal(orgId: string, needId: string, proposalId: string): Promise<TProposal> {
  return api.post(`${proposalPath(orgId, needId, proposalId)}/confirm`);
}

export function withdrawProposal(
  orgId: string,
  needId: string,
  proposalId: string,
  body: TWithdrawProposalRequest,
): Promise<TProposal> {
  return api.post(`${proposalPath(orgId, needId, proposalId)}/withdraw`, body);
}

/** The answer a volunteer gave a coordinator by phone or at the counter. */
export function recordProposalAnswer(
  orgId: string,
  needId: string,
  proposalId: string,
  body: TProposalAnswerRequest,
): Promise<TProposal> {
  return api.post(`${proposalPath(orgId, needId, proposalId)}/answer`, body);
}

/** Requests to the signed-in person's volunteer records, in every organization. */
export function listMyProposals(): Promise<TMyProposalListResponse> {
  return api.get('/api/v1/me/proposals');
}

export function answerMyProposal(proposalId: string, body: TProposalAnswerRequest): Promise<TProposalSummary> {
  return api.post(`/api/v1/me/proposals/${proposalId}/answer`, body);
}

/** The page behind a mailed link; no sign-in. */
export function getProposalByLink(token: string): Promise<TProposalSummary> {
  return api.get(`/api/v1/proposals/${token}`);
}

export function answerProposalByLink(token: string, body: TProposalAnswerRequest): Promise<TProposalSummary> {
  return api.post(`/api/v1/proposals/${token}`, body);
}
