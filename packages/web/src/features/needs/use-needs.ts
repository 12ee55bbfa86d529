import type {
  TCreateNeedRequest,
  TCreateResourceLineRequest,
  TCreateSensitiveNoteRequest,
  TLogContactRequest,
  TNeed,
  TNeedTransitionRequest,
  TPublicNeedRequest,
  TRecipient,
  TRecipientConsentInput,
  TRecordFollowUpRequest,
  TUpdateNeedRequest,
  TUpdateNeedSettingsRequest,
  TUpdateRecipientRequest,
  TUpdateResourceLineRequest,
} from '@musubi/shared';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addResourceLine,
  addSensitiveNote,
  countNeeds,
  createNeed,
  followUpsDueQueryKey,
  getNeed,
  getNeedRequestForm,
  getNeedSettings,
  getNeedTimeline,
  getRecipient,
  listFollowUpsDue,
  listNeeds,
  listRecipients,
  logContact,
  needCountsQueryKey,
  needListQueryKey,
  needQueryKey,
  needRequestFormQueryKey,
  needSettingsQueryKey,
  needsQueryKey,
  needTimelineQueryKey,
  readSensitiveNotes,
  recipientListQueryKey,
  recipientQueryKey,
  recordFollowUp,
  recordRecipientConsent,
  removeResourceLine,
  sendNeedRequest,
  type TNeedFilters,
  type TNoteSubject,
  transitionNeed,
  updateNeed,
  updateNeedSettings,
  updateRecipient,
  updateResourceLine,
} from './needs.api';

const PAGE_SIZE = 50;

export function useNeedList(orgId: string, filters: TNeedFilters) {
  return useInfiniteQuery({
    queryKey: needListQueryKey(orgId, filters),
    queryFn: ({ pageParam }) => listNeeds(orgId, filters, { limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Keep the list in place while another filter loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useNeedCounts(orgId: string) {
  return useQuery({ queryKey: needCountsQueryKey(orgId), queryFn: () => countNeeds(orgId), select: (d) => d.counts });
}

export function useFollowUpsDue(orgId: string) {
  return useQuery({
    queryKey: followUpsDueQueryKey(orgId),
    queryFn: () => listFollowUpsDue(orgId),
    select: (data) => data.needs,
  });
}

export function useNeed(orgId: string, needId: string) {
  return useQuery({ queryKey: needQueryKey(orgId, needId), queryFn: () => getNeed(orgId, needId) });
}

export function useNeedTimeline(orgId: string, needId: string) {
  return useQuery({
    queryKey: needTimelineQueryKey(orgId, needId),
    queryFn: () => getNeedTimeline(orgId, needId),
    select: (data) => data.entries,
  });
}

/**
 * After any change to a case, everything about the organization's needs reloads: the case,
 * its timeline, the board's counts and lists, and the recipient's history.
 */
function useNeedsChanged(orgId: string) {
  const queryClient = useQueryClient();
  return async (need?: TNeed) => {
    if (need) queryClient.setQueryData(needQueryKey(orgId, need.id), need);
    await queryClient.invalidateQueries({ queryKey: needsQueryKey(orgId) });
  };
}

export function useCreateNeed(orgId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({ mutationFn: (body: TCreateNeedRequest) => createNeed(orgId, body), onSuccess: changed });
}

export function useUpdateNeed(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (body: TUpdateNeedRequest) => updateNeed(orgId, needId, body),
    onSuccess: changed,
  });
}

export function useTransitionNeed(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (body: TNeedTransitionRequest) => transitionNeed(orgId, needId, body),
    onSuccess: changed,
  });
}

export function useLogContact(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (body: TLogContactRequest) => logContact(orgId, needId, body),
    onSuccess: () => changed(),
  });
}

export function useAddResourceLine(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (body: TCreateResourceLineRequest) => addResourceLine(orgId, needId, body),
    onSuccess: () => changed(),
  });
}

export function useUpdateResourceLine(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: ({ lineId, body }: { lineId: string; body: TUpdateResourceLineRequest }) =>
      updateResourceLine(orgId, needId, lineId, body),
    onSuccess: () => changed(),
  });
}

export function useRemoveResourceLine(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (lineId: string) => removeResourceLine(orgId, needId, lineId),
    onSuccess: () => changed(),
  });
}

export function useRecordFollowUp(orgId: string, needId: string) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (body: TRecordFollowUpRequest) => recordFollowUp(orgId, needId, body),
    onSuccess: () => changed(),
  });
}

/**
 * Sensitive notes are read on demand only (each read is audited), never cached: the
 * answer lives in the mutation's state and disappears with the component.
 */
export function useReadSensitiveNotes(orgId: string, subject: TNoteSubject) {
  return useMutation({ mutationFn: () => readSensitiveNotes(orgId, subject) });
}

export function useAddSensitiveNote(orgId: string, subject: TNoteSubject) {
  const changed = useNeedsChanged(orgId);
  return useMutation({
    mutationFn: (body: TCreateSensitiveNoteRequest) => addSensitiveNote(orgId, subject, body),
    onSuccess: () => changed(),
  });
}

export function useRecipientList(orgId: string, q: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: recipientListQueryKey(orgId, q),
    queryFn: ({ pageParam }) => listRecipients(orgId, q, { limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRecipient(orgId: string, recipientId: string | null) {
  return useQuery({
    queryKey: recipientQueryKey(orgId, recipientId ?? ''),
    queryFn: () => getRecipient(orgId, recipientId!),
    enabled: !!recipientId,
  });
}

function useRecipientSaved(orgId: string) {
  const queryClient = useQueryClient();
  return async (_recipient: TRecipient) => {
    await queryClient.invalidateQueries({ queryKey: needsQueryKey(orgId) });
  };
}

export function useUpdateRecipient(orgId: string, recipientId: string) {
  const onSuccess = useRecipientSaved(orgId);
  return useMutation({
    mutationFn: (body: TUpdateRecipientRequest) => updateRecipient(orgId, recipientId, body),
    onSuccess,
  });
}

export function useRecordRecipientConsent(orgId: string, recipientId: string) {
  const onSuccess = useRecipientSaved(orgId);
  return useMutation({
    mutationFn: (body: TRecipientConsentInput) => recordRecipientConsent(orgId, recipientId, body),
    onSuccess,
  });
}

export function useNeedSettings(orgId: string) {
  return useQuery({ queryKey: needSettingsQueryKey(orgId), queryFn: () => getNeedSettings(orgId) });
}

export function useUpdateNeedSettings(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateNeedSettingsRequest) => updateNeedSettings(orgId, body),
    onSuccess: (saved) => queryClient.setQueryData(needSettingsQueryKey(orgId), saved),
  });
}

export function useNeedRequestForm(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: needRequestFormQueryKey(orgId),
    queryFn: () => getNeedRequestForm(orgId),
    enabled,
    retry: false,
  });
}

export function useSendNeedRequest(orgId: string) {
  return useMutation({ mutationFn: (body: TPublicNeedRequest) => sendNeedRequest(orgId, body) });
}
