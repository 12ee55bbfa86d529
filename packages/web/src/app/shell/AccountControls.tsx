import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeartHandshake, IconKey, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCurrentSession, useSignOut } from '../../features/auth/use-session';
import { describeError } from '../messages';
import { PERSONAL_PATHS } from './nav-items';
import { OrgSwitcher } from './OrgSwitcher';

/** The organization switcher, who is signed in, their volunteering, changing one's password, and signing out. */
export function AccountControls() {
  const { t } = useTranslation();
  const { account } = useCurrentSession();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const onPasswordPage = pathname === PERSONAL_PATHS.changePassword;
  return (
    <>
      <OrgSwitcher />
      <Text fw={500} data-testid="account-name">
        {account?.name}
      </Text>
      <Button
        component={Link}
        to={PERSONAL_PATHS.myVolunteering}
        variant="default"
        leftSection={<IconHeartHandshake size={18} aria-hidden />}
        aria-current={pathname === PERSONAL_PATHS.myVolunteering ? 'page' : undefined}
        data-testid="my-volunteering-link"
      >
        {t('nav.my_volunteering')}
      </Button>
      <Button
        component={Link}
        to={PERSONAL_PATHS.changePassword}
        variant="default"
        leftSection={<IconKey size={18} aria-hidden />}
        aria-current={onPasswordPage ? 'page' : undefined}
        data-testid="change-password-link"
      >
        {t('auth.passwords.change.link')}
      </Button>
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
