import type {
  TAcceptInvitationRequest,
  TAccount,
  TInvitationResponse,
  TSessionResponse,
  TSignInRequest,
  TSwitchOrganizationRequest,
  TUpdatePreferencesRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

export const sessionQueryKey = ['session'] as const;
export const invitationQueryKey = (token: string) => ['invitation', token] as const;

export const SIGNED_OUT_SESSION: TSessionResponse = {
  account: null,
  memberships: [],
  activeOrgId: null,
  csrfToken: null,
};

export function getSession(): Promise<TSessionResponse> {
  return api.get('/api/v1/session');
}

export function signIn(body: TSignInRequest): Promise<TSessionResponse> {
  return api.post('/api/v1/session', body);
}

export function signOut(): Promise<void> {
  return api.delete('/api/v1/session');
}

export function switchActiveOrganization(body: TSwitchOrganizationRequest): Promise<TSessionResponse> {
  return api.put('/api/v1/session/active-organization', body);
}

export function updatePreferences(body: TUpdatePreferencesRequest): Promise<TAccount> {
  return api.patch('/api/v1/me/preferences', body);
}

export function getInvitation(token: string): Promise<TInvitationResponse> {
  return api.get(`/api/v1/invitations/${encodeURIComponent(token)}`);
}

export function acceptInvitation(token: string, body: TAcceptInvitationRequest): Promise<TSessionResponse> {
  return api.post(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, body);
}
