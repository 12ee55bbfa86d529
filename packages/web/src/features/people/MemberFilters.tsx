import { Group, NativeSelect, TextInput } from '@mantine/core';
import { ROLES, type TRole } from '@musubi/shared';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface MemberFiltersProps {
  search: string;
  onSearchChange: (value: string) => void;
  role: TRole | '';
  onRoleChange: (value: TRole | '') => void;
}

export function MemberFilters({ search, onSearchChange, role, onRoleChange }: MemberFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group mb="md" align="flex-end" role="search" aria-label={t('people.filters')}>
      <TextInput
        type="search"
        label={t('people.search')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        data-testid="member-search"
        w={{ base: '100%', sm: 320 }}
      />
      <NativeSelect
        label={t('people.role_filter')}
        value={role}
        onChange={(event) => onRoleChange(event.currentTarget.value as TRole | '')}
        data={[
          { value: '', label: t('people.all_roles') },
          ...ROLES.map((value) => ({ value, label: t(`common.roles.${value}`) })),
        ]}
        data-testid="role-filter"
        w={{ base: '100%', sm: 240 }}
      />
    </Group>
  );
}
