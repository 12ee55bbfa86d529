import type {
  TAcceptInvitationRequest,
  TAccount,
  TChangePasswordRequest,
  TCompletePasswordResetRequest,
  TInvitationResponse,
  TPasswordResetResponse,
  TRequestPasswordResetRequest,
  TSessionResponse,
  TSignInRequest,
  TSwitchOrganizationRequest,
  TUpdatePreferencesRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

export const sessionQueryKey = ['session'] as const;
export const invitationQueryKey = (token: string) => ['invitation', token] as const;
export const passwordResetQueryKey = (token: string) => ['password-reset', token] as const;

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

/** Answers 202 whether or not an account matches, so nobody can probe who has one. */
export function requestPasswordReset(body: TRequestPasswordResetRequest): Promise<void> {
  return api.post('/api/v1/password-resets', body);
}

export function getPasswordReset(token: string): Promise<TPasswordResetResponse> {
  return api.get(`/api/v1/password-resets/${encodeURIComponent(token)}`);
}

/** Sets the new password and signs the person in; their other sessions end. */
export function completePasswordReset(token: string, body: TCompletePasswordResetRequest): Promise<TSessionResponse> {
  return api.post(`/api/v1/password-resets/${encodeURIComponent(token)}`, body);
}

/** Ends the account's other sessions; this one stays signed in. */
export function changePassword(body: TChangePasswordRequest): Promise<void> {
  return api.put('/api/v1/me/password', body);
}
