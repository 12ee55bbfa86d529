import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../features/auth/auth.api';
import { ApiError } from './api-client';

// A session that expired, or a CSRF token that went stale, is noticed on any request:
// refetching the session sends a signed-out person to sign-in and brings a fresh token.
function refreshSessionAfter(error: Error): void {
  if (error instanceof ApiError && (error.code === 'AUTH_REQUIRED' || error.code === 'AUTH_CSRF_INVALID')) {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: refreshSessionAfter }),
  mutationCache: new MutationCache({ onError: refreshSessionAfter }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retry only when the server may recover (network, 5xx); a 4xx answer will not change.
      retry: (failureCount, error) =>
        failureCount < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
    },
  },
});
