import type { TSessionMembership, TSessionResponse } from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { isApiError, setCsrfToken } from '../../app/api-client';
import { forgetSession, offlineSession, rememberSession } from '../../app/offline-session';
import { setupQueryKey } from '../setup/setup.api';
import { getSession, SIGNED_OUT_SESSION, sessionQueryKey, signIn, signOut, switchActiveOrganization } from './auth.api';

// Answers that do not belong to a person: kept when someone signs out.
const SHARED_QUERY_ROOTS: readonly unknown[] = [sessionQueryKey[0], setupQueryKey[0]];

async function fetchSession(): Promise<TSessionResponse> {
  try {
    const session = await getSession();
    setCsrfToken(session.csrfToken);
    rememberSession(session);
    return session;
  } catch (error) {
    // Without a connection, an installed check-in page opens as the person last signed in.
    const offline = offlineSession(error);
    if (offline) return offline;
    throw error;
  }
}

/** Who is signed in (account null when nobody is), refreshed when the tab regains focus. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The loaded session; only for components below the root gate, which waits for it. */
export function useCurrentSession(): TSessionResponse {
  return useSession().data ?? SIGNED_OUT_SESSION;
}

/** The membership of the organization the person is working in now, if any. */
export function useActiveMembership(): TSessionMembership | undefined {
  const session = useCurrentSession();
  return session.memberships.find((membership) => membership.orgId === session.activeOrgId);
}

/**
 * Adopts a session answered by sign-in, setup or invitation acceptance, then reloads
 * it with GET so the CSRF token always comes from the latest session response.
 */
export function useStartSession(): (session: TSessionResponse) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
    [queryClient],
  );
}

export function useSignIn() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: signIn, onSuccess: startSession });
}

/** Signs out and forgets every cached answer, so the next person sees nothing of the last one's data. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await signOut();
      } catch (error) {
        // A session that already ended is as signed out as can be.
        if (!isApiError(error, 'AUTH_REQUIRED')) throw error;
      }
    },
    onSuccess: async () => {
      setCsrfToken(null);
      forgetSession();
      queryClient.setQueryData(sessionQueryKey, SIGNED_OUT_SESSION);
      // Render the sign-in page in the same commit as the signed-out session: otherwise the
      // signed-in page would redirect first and remember itself as the place to come back to.
      await navigate('/sign-in', { replace: true, flushSync: true });
      queryClient.removeQueries({ predicate: (query) => !SHARED_QUERY_ROOTS.includes(query.queryKey[0]) });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

/** Makes another of the person's organizations the active one; every organization-scoped answer is reloaded. */
export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => switchActiveOrganization({ orgId }),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
      await queryClient.invalidateQueries();
    },
  });
}
