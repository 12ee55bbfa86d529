import type {
  TMatchingSettings,
  TProposalAnswerRequest,
  TProposeRequest,
  TUpdateMatchingSettingsRequest,
} from '@musubi/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { needsQueryKey } from '../needs/needs.api';
import {
  answerMyProposal,
  answerProposalByLink,
  candidateRankingQueryKey,
  confirmProposal,
  getMatchingSettings,
  getProposalByLink,
  listCandidates,
  listMyProposals,
  listNeedProposals,
  matchingSettingsQueryKey,
  myProposalsQueryKey,
  needProposalsQueryKey,
  proposalLinkQueryKey,
  proposeVolunteers,
  recordProposalAnswer,
  updateMatchingSettings,
  withdrawProposal,
} from './matching.api';

export function useMatchingSettings(orgId: string) {
  return useQuery({ queryKey: matchingSettingsQueryKey(orgId), queryFn: () => getMatchingSettings(orgId) });
}

export function useUpdateMatchingSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateMatchingSettingsRequest) => updateMatchingSettings(orgId, body),
    onSuccess: async (saved: TMatchingSettings) => {
      queryClient.setQueryData(matchingSettingsQueryKey(orgId), saved);
      // Rankings and proposal lists read the weights and the mode.
      await queryClient.invalidateQueries({ queryKey: needsQueryKey(orgId) });
    },
  });
}

/** The ranking for these weights; the previous one stays on screen while the next loads. */
export function useCandidates(orgId: string, needId: string, limit: number, weights: string, enabled: boolean) {
  return useQuery({
    queryKey: candidateRankingQueryKey(orgId, needId, limit, weights),
    queryFn: () => listCandidates(orgId, needId, limit, weights),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNeedProposals(orgId: string, needId: string) {
  return useQuery({
    queryKey: needProposalsQueryKey(orgId, needId),
    queryFn: () => listNeedProposals(orgId, needId),
  });
}

/**
 * After asking, confirming, withdrawing or recording an answer, the whole case reloads:
 * its stage, timeline, lines, candidates and proposals (all under the needs key), and the
 * board's counts.
 */
function useCaseChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: needsQueryKey(orgId) });
}

export function usePropose(orgId: string, needId: string) {
  const changed = useCaseChanged(orgId);
  return useMutation({
    mutationFn: (body: TProposeRequest) => proposeVolunteers(orgId, needId, body),
    onSuccess: changed,
  });
}

export function useConfirmProposal(orgId: string, needId: string) {
  const changed = useCaseChanged(orgId);
  return useMutation({
    mutationFn: (proposalId: string) => confirmProposal(orgId, needId, proposalId),
    onSuccess: changed,
  });
}

export function useWithdrawProposal(orgId: string, needId: string) {
  const changed = useCaseChanged(orgId);
  return useMutation({
    mutationFn: ({ proposalId, reason }: { proposalId: string; reason?: string }) =>
      withdrawProposal(orgId, needId, proposalId, { reason }),
    onSuccess: changed,
  });
}

export function useRecordProposalAnswer(orgId: string, needId: string) {
  const changed = useCaseChanged(orgId);
  return useMutation({
    mutationFn: ({ proposalId, body }: { proposalId: string; body: TProposalAnswerRequest }) =>
      recordProposalAnswer(orgId, needId, proposalId, body),
    onSuccess: changed,
  });
}

export function useMyProposals() {
  return useQuery({ queryKey: myProposalsQueryKey, queryFn: listMyProposals, select: (data) => data.proposals });
}

export function useAnswerMyProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, body }: { proposalId: string; body: TProposalAnswerRequest }) =>
      answerMyProposal(proposalId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myProposalsQueryKey }),
  });
}

export function useProposalByLink(token: string, enabled: boolean) {
  return useQuery({
    queryKey: proposalLinkQueryKey(token),
    queryFn: () => getProposalByLink(token),
    enabled,
    retry: false,
  });
}

export function useAnswerProposalByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TProposalAnswerRequest) => answerProposalByLink(token, body),
    onSuccess: (summary) => queryClient.setQueryData(proposalLinkQueryKey(token), summary),
  });
}
