import type {
  TConsentGrant,
  TMyMessagePreferences,
  TMyVolunteerProfilesResponse,
  TSelfRegistrationRequest,
} from '@musubi/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useStartSession } from '../auth/use-session';
import {
  getRegistrationForm,
  listMyVolunteerProfiles,
  myVolunteerProfilesQueryKey,
  recordMyConsent,
  register,
  registrationFormQueryKey,
  updateMyMessagePreferences,
} from './registration.api';

export function useRegistrationForm(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: registrationFormQueryKey(orgId), queryFn: () => getRegistrationForm(orgId), enabled });
}

/**
 * Registering signs the person in, with the organization active, as signing in does;
 * their list of records then includes the new one.
 */
export function useRegister(orgId: string) {
  const queryClient = useQueryClient();
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (body: TSelfRegistrationRequest) => register(orgId, body),
    onSuccess: async (session) => {
      await startSession(session);
      await queryClient.invalidateQueries({ queryKey: myVolunteerProfilesQueryKey });
    },
  });
}

export function useMyVolunteerProfiles() {
  return useQuery({ queryKey: myVolunteerProfilesQueryKey, queryFn: listMyVolunteerProfiles });
}

/** Records one consent answer and puts the updated record in place. */
export function useRecordMyConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ volunteerId, ...body }: TConsentGrant & { volunteerId: string }) =>
      recordMyConsent(volunteerId, body),
    onSuccess: (profile) =>
      queryClient.setQueryData<TMyVolunteerProfilesResponse>(myVolunteerProfilesQueryKey, (current) =>
        current
          ? {
              profiles: current.profiles.map((other) => (other.volunteerId === profile.volunteerId ? profile : other)),
            }
          : current,
      ),
  });
}

/** Saves how one organization reaches the person, then reloads their records. */
export function useUpdateMyMessagePreferences(volunteerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TMyMessagePreferences) => updateMyMessagePreferences(volunteerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myVolunteerProfilesQueryKey }),
  });
}
