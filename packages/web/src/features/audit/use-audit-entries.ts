import { useInfiniteQuery } from '@tanstack/react-query';
import { auditQueryKey, listAuditEntries } from './audit.api';

const PAGE_SIZE = 50;

export function useAuditEntries(orgId: string) {
  return useInfiniteQuery({
    queryKey: auditQueryKey(orgId),
    queryFn: ({ pageParam }) => listAuditEntries(orgId, { limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
