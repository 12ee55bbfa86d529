import type {
  TAddMemberRequest,
  TMember,
  TMemberListQuery,
  TMemberListResponse,
  TUpdateMemberRequest,
} from '@musubi/shared';
import { api } from '../../app/api-client';

/** Every member list of an organization starts with this key (invalidate it after a change). */
export const membersQueryKey = (orgId: string) => ['members', orgId] as const;

export function listMembers(orgId: string, query: TMemberListQuery): Promise<TMemberListResponse> {
  return api.get(`/api/v1/organizations/${orgId}/members`, { role: query.role, q: query.q });
}

export function addMember(orgId: string, body: TAddMemberRequest): Promise<TMember> {
  return api.post(`/api/v1/organizations/${orgId}/members`, body);
}

export function changeMemberRole(orgId: string, accountId: string, body: TUpdateMemberRequest): Promise<TMember> {
  return api.patch(`/api/v1/organizations/${orgId}/members/${accountId}`, body);
}

export function removeMember(orgId: string, accountId: string): Promise<void> {
  return api.delete(`/api/v1/organizations/${orgId}/members/${accountId}`);
}
