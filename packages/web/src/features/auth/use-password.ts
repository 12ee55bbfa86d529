import { type TChangePasswordRequest, type TCompletePasswordResetRequest, ZPasswordResetParams } from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api-client';
import {
  changePassword,
  completePasswordReset,
  getPasswordReset,
  passwordResetQueryKey,
  requestPasswordReset,
  sessionQueryKey,
} from './auth.api';
import { useStartSession } from './use-session';

/** "Forgot your password?": asks for a reset link by e-mail. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

/**
 * Who a reset link is for. A link cut short by a mail program cannot be valid: it is
 * answered as an invalid link at once, without asking the server.
 */
export function usePasswordReset(token: string) {
  return useQuery({
    queryKey: passwordResetQueryKey(token),
    queryFn: () => {
      if (!ZPasswordResetParams.safeParse({ token }).success) {
        throw new ApiError(404, { code: 'PASSWORD_RESET_INVALID', message: 'Malformed password reset link.' });
      }
      return getPasswordReset(token);
    },
  });
}

/** Setting the new password signs the person in, as accepting an invitation does. */
export function useCompletePasswordReset(token: string) {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: TCompletePasswordResetRequest) => completePasswordReset(token, body),
    onSuccess: startSession,
  });
}

/** Changes the signed-in person's own password. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TChangePasswordRequest) => changePassword(body),
    // The session stays; reloading it keeps the CSRF token current should the server renew it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
