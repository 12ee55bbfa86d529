import type {
  TCreateNeedRequest,
  TCreateRecipientRequest,
  TCreateResourceLineRequest,
  TCreateSensitiveNoteRequest,
  TFollowUp,
  TFollowUpDueResponse,
  TLogContactRequest,
  TNeed,
  TNeedCountsResponse,
  TNeedListQuery,
  TNeedListResponse,
  TNeedRequestForm,
  TNeedSettings,
  TNeedTimelineEntry,
  TNeedTimelineResponse,
  TNeedTransitionRequest,
  TPublicNeedReceipt,
  TPublicNeedRequest,
  TRecipient,
  TRecipientConsentInput,
  TRecipientDetail,
  TRecipientListQuery,
  TRecipientListResponse,
  TRecordFollowUpRequest,
  TResourceLine,
  TSensitiveNoteListResponse,
  TSensitiveNoteReceipt,
  TUpdateNeedRequest,
  TUpdateNeedSettingsRequest,
  TUpdateRecipientRequest,
  TUpdateResourceLineRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

const orgPath = (orgId: string) => `/api/v1/organizations/${orgId}`;
const needPath = (orgId: string, needId: string) => `${orgPath(orgId)}/needs/${needId}`;
const recipientPath = (orgId: string, recipientId: string) => `${orgPath(orgId)}/recipients/${recipientId}`;

/** Every answer about an organization's needs (lists, counts, cases, timelines) starts with this key. */
export const needsQueryKey = (orgId: string) => ['needs', orgId] as const;
export const needListQueryKey = (orgId: string, filters: TNeedFilters) =>
  [...needsQueryKey(orgId), 'list', filters] as const;
export const needCountsQueryKey = (orgId: string) => [...needsQueryKey(orgId), 'counts'] as const;
export const followUpsDueQueryKey = (orgId: string) => [...needsQueryKey(orgId), 'follow-ups-due'] as const;
export const needQueryKey = (orgId: string, needId: string) => [...needsQueryKey(orgId), 'case', needId] as const;
export const needTimelineQueryKey = (orgId: string, needId: string) =>
  [...needQueryKey(orgId, needId), 'timeline'] as const;
/** Recipients are read with their needs, so their answers live under the needs key too. */
export const recipientsQueryKey = (orgId: string) => [...needsQueryKey(orgId), 'recipients'] as const;
export const recipientListQueryKey = (orgId: string, q: string) => [...recipientsQueryKey(orgId), 'list', q] as const;
export const recipientQueryKey = (orgId: string, recipientId: string) =>
  [...recipientsQueryKey(orgId), 'record', recipientId] as const;
export const needSettingsQueryKey = (orgId: string) => ['need-settings', orgId] as const;
export const needRequestFormQueryKey = (orgId: string) => ['need-request-form', orgId] as const;

/** The board's filters, without the paging. */
export type TNeedFilters = Pick<TNeedListQuery, 'status' | 'open' | 'kind' | 'urgency' | 'recipientId' | 'q'>;

/** One page of needs, newest first; pass the previous page's `nextCursor` as `before` for the next one. */
export function listNeeds(
  orgId: string,
  filters: TNeedFilters,
  page: Pick<TNeedListQuery, 'limit' | 'before'>,
): Promise<TNeedListResponse> {
  return api.get(`${orgPath(orgId)}/needs`, { ...filters, ...page });
}

export function countNeeds(orgId: string): Promise<TNeedCountsResponse> {
  return api.get(`${orgPath(orgId)}/needs/counts`);
}

/** Completed needs nobody has followed up yet, oldest first. */
export function listFollowUpsDue(orgId: string): Promise<TFollowUpDueResponse> {
  return api.get(`${orgPath(orgId)}/needs/follow-ups-due`);
}

export function createNeed(orgId: string, body: TCreateNeedRequest): Promise<TNeed> {
  return api.post(`${orgPath(orgId)}/needs`, body);
}

export function getNeed(orgId: string, needId: string): Promise<TNeed> {
  return api.get(needPath(orgId, needId));
}

/** Changes a need; the server keeps the change as a revision in its timeline. */
export function updateNeed(orgId: string, needId: string, body: TUpdateNeedRequest): Promise<TNeed> {
  return api.patch(needPath(orgId, needId), body);
}

export function transitionNeed(orgId: string, needId: string, body: TNeedTransitionRequest): Promise<TNeed> {
  return api.post(`${needPath(orgId, needId)}/transitions`, body);
}

export function getNeedTimeline(orgId: string, needId: string): Promise<TNeedTimelineResponse> {
  return api.get(`${needPath(orgId, needId)}/timeline`);
}

export function logContact(orgId: string, needId: string, body: TLogContactRequest): Promise<TNeedTimelineEntry> {
  return api.post(`${needPath(orgId, needId)}/contacts`, body);
}

export function addResourceLine(
  orgId: string,
  needId: string,
  body: TCreateResourceLineRequest,
): Promise<TResourceLine> {
  return api.post(`${needPath(orgId, needId)}/resource-lines`, body);
}

export function updateResourceLine(
  orgId: string,
  needId: string,
  lineId: string,
  body: TUpdateResourceLineRequest,
): Promise<TResourceLine> {
  return api.patch(`${needPath(orgId, needId)}/resource-lines/${lineId}`, body);
}

export function removeResourceLine(orgId: string, needId: string, lineId: string): Promise<void> {
  return api.delete(`${needPath(orgId, needId)}/resource-lines/${lineId}`);
}

export function recordFollowUp(orgId: string, needId: string, body: TRecordFollowUpRequest): Promise<TFollowUp> {
  return api.post(`${needPath(orgId, needId)}/follow-ups`, body);
}

/** Whose sensitive notes: a recipient's or one need's. */
export type TNoteSubject = { needId: string } | { recipientId: string };

const notesPath = (orgId: string, subject: TNoteSubject) =>
  'needId' in subject
    ? `${needPath(orgId, subject.needId)}/sensitive-notes`
    : `${recipientPath(orgId, subject.recipientId)}/sensitive-notes`;

/** Reads the notes; the server records every read (who, which notes) in the audit log. */
export function readSensitiveNotes(orgId: string, subject: TNoteSubject): Promise<TSensitiveNoteListResponse> {
  return api.get(notesPath(orgId, subject));
}

/** Writes a note; the answer does not echo its content. */
export function addSensitiveNote(
  orgId: string,
  subject: TNoteSubject,
  body: TCreateSensitiveNoteRequest,
): Promise<TSensitiveNoteReceipt> {
  return api.post(notesPath(orgId, subject), body);
}

export function listRecipients(
  orgId: string,
  q: string,
  page: Pick<TRecipientListQuery, 'limit' | 'before'>,
): Promise<TRecipientListResponse> {
  return api.get(`${orgPath(orgId)}/recipients`, { q: q || undefined, ...page });
}

export function createRecipient(orgId: string, body: TCreateRecipientRequest): Promise<TRecipient> {
  return api.post(`${orgPath(orgId)}/recipients`, body);
}

export function getRecipient(orgId: string, recipientId: string): Promise<TRecipientDetail> {
  return api.get(recipientPath(orgId, recipientId));
}

export function updateRecipient(
  orgId: string,
  recipientId: string,
  body: TUpdateRecipientRequest,
): Promise<TRecipient> {
  return api.patch(recipientPath(orgId, recipientId), body);
}

export function recordRecipientConsent(
  orgId: string,
  recipientId: string,
  body: TRecipientConsentInput,
): Promise<TRecipient> {
  return api.post(`${recipientPath(orgId, recipientId)}/consents`, body);
}

export function getNeedSettings(orgId: string): Promise<TNeedSettings> {
  return api.get(`${orgPath(orgId)}/need-settings`);
}

export function updateNeedSettings(orgId: string, body: TUpdateNeedSettingsRequest): Promise<TNeedSettings> {
  return api.patch(`${orgPath(orgId)}/need-settings`, body);
}

/** What the public request page needs; no sign-in. */
export function getNeedRequestForm(orgId: string): Promise<TNeedRequestForm> {
  return api.get(`${orgPath(orgId)}/need-request-form`);
}

/** A request sent from the public page; no sign-in. */
export function sendNeedRequest(orgId: string, body: TPublicNeedRequest): Promise<TPublicNeedReceipt> {
  return api.post(`${orgPath(orgId)}/need-requests`, body);
}
