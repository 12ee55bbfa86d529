import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession, useSwitchOrganization } from '../../features/auth/use-session';
import { describeError } from '../messages';

/** Chooses which organization to work in; shown only to people who belong to more than one. */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const switchOrganization = useSwitchOrganization();
  if (session.memberships.length < 2) return null;
  return (
    <NativeSelect
      aria-label={t('nav.organization_switcher')}
      data-testid="org-switcher"
      value={session.activeOrgId ?? ''}
      disabled={switchOrganization.isPending}
      leftSection={<IconBuilding size={18} aria-hidden />}
      onChange={(event) =>
        switchOrganization.mutate(event.currentTarget.value, {
          onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
        })
      }
      data={session.memberships.map((membership) => ({
        value: membership.orgId,
        label: t('nav.organization_option', {
          name: membership.orgName,
          role: t(`common.roles.${membership.role}`),
        }),
      }))}
    />
  );
}
