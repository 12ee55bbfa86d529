import { notifications } from '@mantine/notifications';
import type { TAccount, TLocale, TSessionResponse, TUpdatePreferencesRequest } from '@musubi/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale } from '../../app/i18n';
import { describeError } from '../../app/messages';
import { setLargeText, useLargeText } from '../../app/preferences';
import { sessionQueryKey, updatePreferences } from './auth.api';
import { useCurrentSession } from './use-session';

/**
 * The person's language and large-text preference. Both apply at once on this device;
 * when someone is signed in they are also saved to the account, so they follow the
 * person to another device.
 */
export function usePreferences() {
  useTranslation(); // re-render on language change
  const largeText = useLargeText();
  const signedIn = useCurrentSession().account !== null;
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: TUpdatePreferencesRequest) => updatePreferences(body),
    onSuccess: (account: TAccount) => {
      queryClient.setQueryData<TSessionResponse>(sessionQueryKey, (session) => session && { ...session, account });
    },
    onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
  });

  return {
    locale: currentLocale(),
    largeText,
    setLocale: (locale: TLocale) => {
      void changeLocale(locale);
      if (signedIn) save.mutate({ locale });
    },
    setLargeText: (on: boolean) => {
      setLargeText(on);
      if (signedIn) save.mutate({ largeText: on });
    },
  };
}

/**
 * When someone signs in (or the page loads with a session), the account's saved
 * preferences take over on this device. Applied once per account, so a slow session
 * refetch can never undo a change the person just made.
 */
export function useAccountPreferences(account: TAccount | null | undefined): void {
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!account) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === account.id) return;
    appliedFor.current = account.id;
    void changeLocale(account.locale);
    setLargeText(account.largeText);
  }, [account]);
}
