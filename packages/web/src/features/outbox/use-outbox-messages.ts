import { useInfiniteQuery } from '@tanstack/react-query';
import { listOutboxMessages, outboxQueryKey } from './outbox.api';

const PAGE_SIZE = 20;

export function useOutboxMessages(orgId: string) {
  return useInfiniteQuery({
    queryKey: outboxQueryKey(orgId),
    queryFn: ({ pageParam }) => listOutboxMessages(orgId, { limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
