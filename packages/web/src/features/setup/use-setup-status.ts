import type { TSessionResponse, TSetupRequest, TSetupStatusResponse } from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { offlineSetupStatus } from '../../app/offline-session';
import { useStartSession } from '../auth/use-session';
import { getSetupStatus, runSetup, setupQueryKey } from './setup.api';

/** Whether first-run setup is still to be done; it only changes once, so it is fetched once. */
export function useSetupStatus() {
  return useQuery({ queryKey: setupQueryKey, queryFn: fetchSetupStatus, staleTime: Number.POSITIVE_INFINITY });
}

async function fetchSetupStatus(): Promise<TSetupStatusResponse> {
  try {
    return await getSetupStatus();
  } catch (error) {
    const offline = offlineSetupStatus(error);
    if (offline) return offline;
    throw error;
  }
}

export function useRunSetup() {
  const queryClient = useQueryClient();
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: TSetupRequest) => runSetup(body),
    onSuccess: async (session: TSessionResponse) => {
      queryClient.setQueryData<TSetupStatusResponse>(setupQueryKey, { needed: false });
      await startSession(session);
    },
  });
}
