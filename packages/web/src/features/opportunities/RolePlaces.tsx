import { List, Text } from '@mantine/core';
import type { TShiftRole } from '@musubi/shared';
import { useTranslation } from 'react-i18next';

/** Each role of a shift: its name (or "general"), places taken of its capacity, and who is waiting. */
export function RolePlaces({ roles }: { roles: TShiftRole[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={2} listStyleType="none" p={0}>
      {roles.map((role) => (
        <List.Item key={role.id}>
          <Text span fw={500}>
            {role.name ?? t('opportunities.shifts.general_role')}
          </Text>{' '}
          {t('opportunities.shifts.places', { confirmed: role.confirmed, capacity: role.capacity })}
          {role.waitlisted > 0 && ` ${t('opportunities.shifts.waitlisted', { count: role.waitlisted })}`}
        </List.Item>
      ))}
    </List>
  );
}
