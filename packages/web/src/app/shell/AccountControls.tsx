import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession, useSignOut } from '../../features/auth/use-session';
import { describeError } from '../messages';
import { OrgSwitcher } from './OrgSwitcher';

/** The organization switcher, who is signed in, and signing out. */
export function AccountControls() {
  const { t } = useTranslation();
  const { account } = useCurrentSession();
  const signOut = useSignOut();
  return (
    <>
      <OrgSwitcher />
      <Text fw={500} data-testid="account-name">
        {account?.name}
      </Text>
      <Button
        variant="default"
        leftSection={<IconLogout size={18} aria-hidden />}
        loading={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
          })
        }
        data-testid="sign-out"
      >
        {t('nav.sign_out')}
      </Button>
    </>
  );
}
