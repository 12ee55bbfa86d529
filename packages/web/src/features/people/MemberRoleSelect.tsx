import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ROLES, type TMember, type TRole } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/messages';
import { useChangeMemberRole } from './use-members';

interface MemberRoleSelectProps {
  orgId: string;
  member: TMember;
  roles: readonly TRole[];
}

/** Changes a member's role as soon as another is chosen; the server has the last word. */
export function MemberRoleSelect({ orgId, member, roles }: MemberRoleSelectProps) {
  const { t } = useTranslation();
  const changeRole = useChangeMemberRole(orgId);
  return (
    <NativeSelect
      miw={170}
      aria-label={t('people.role_of', { name: member.name })}
      // Show the chosen role while it is being saved; on failure it falls back to the saved one.
      value={changeRole.isPending ? changeRole.variables.role : member.role}
      disabled={changeRole.isPending}
      data={roles.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
      data-testid={`role-select-${member.accountId}`}
      onChange={(event) => {
        const role = ROLES.find((value) => value === event.currentTarget.value);
        if (!role) return;
        changeRole.mutate(
          { accountId: member.accountId, role },
          {
            onSuccess: () =>
              notifications.show({
                color: 'green',
                message: t('people.role_changed', { name: member.name, role: t(`common.roles.${role}`) }),
              }),
            onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
          },
        );
      }}
    />
  );
}
