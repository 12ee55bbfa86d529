import type { TAuditListResponse } from '@musubi/shared';
import { api } from '../../app/api-client';

export const auditQueryKey = (orgId: string) => ['audit', orgId] as const;

/** Newest first; pass the previous page's `nextCursor` as `before` for older entries. */
export function listAuditEntries(orgId: string, page: { limit: number; before?: string }): Promise<TAuditListResponse> {
  return api.get(`/api/v1/organizations/${orgId}/audit-entries`, page);
}
