import type { TOutboxListResponse } from '@musubi/shared';
import { api } from '../../app/api-client';

export const outboxQueryKey = (orgId: string) => ['outbox', orgId] as const;

/** Mail the organization sent, or holds because no SMTP server is configured; newest first. */
export function listOutboxMessages(
  orgId: string,
  page: { limit: number; before?: string },
): Promise<TOutboxListResponse> {
  return api.get(`/api/v1/organizations/${orgId}/outbox-messages`, page);
}
