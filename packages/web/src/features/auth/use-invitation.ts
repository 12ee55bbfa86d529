import type { TAcceptInvitationRequest } from '@musubi/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { acceptInvitation, getInvitation, invitationQueryKey } from './auth.api';
import { useStartSession } from './use-session';

export function useInvitation(token: string) {
  return useQuery({ queryKey: invitationQueryKey(token), queryFn: () => getInvitation(token) });
}

/** Accepting signs the person in (and sets their password when they are new). */
export function useAcceptInvitation(token: string) {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: TAcceptInvitationRequest) => acceptInvitation(token, body),
    onSuccess: startSession,
  });
}
