import { Group, NativeSelect, TextInput } from '@mantine/core';
import { type TSkill, type TVolunteerStatus, VOLUNTEER_STATUSES } from '@musubi/shared';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { skillName } from '../participation/skill-names';

export interface VolunteerFilterValues {
  search: string;
  status: TVolunteerStatus | '';
  skillId: string;
  insured: 'yes' | 'no' | '';
}

interface VolunteerFiltersProps {
  values: VolunteerFilterValues;
  skills: TSkill[];
  onChange: (values: VolunteerFilterValues) => void;
}

export function VolunteerFilters({ values, skills, onChange }: VolunteerFiltersProps) {
  const { t, i18n } = useTranslation();
  const set = (change: Partial<VolunteerFilterValues>) => onChange({ ...values, ...change });
  return (
    <Group mb="md" align="flex-end" role="search" aria-label={t('volunteers.filters')}>
      <TextInput
        type="search"
        label={t('volunteers.search')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={values.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        data-testid="volunteer-search"
        w={{ base: '100%', sm: 300 }}
      />
      <NativeSelect
        label={t('volunteers.status_filter')}
        value={values.status}
        onChange={(event) => set({ status: event.currentTarget.value as TVolunteerStatus | '' })}
        data={[
          { value: '', label: t('volunteers.all_statuses') },
          ...VOLUNTEER_STATUSES.map((status) => ({ value: status, label: t(`participation.status_${status}`) })),
        ]}
        data-testid="status-filter"
        w={{ base: '100%', sm: 180 }}
      />
      <NativeSelect
        label={t('volunteers.skill_filter')}
        value={values.skillId}
        onChange={(event) => set({ skillId: event.currentTarget.value })}
        data={[
          { value: '', label: t('volunteers.all_skills') },
          ...skills
            .filter((skill) => !skill.archived || skill.id === values.skillId)
            .map((skill) => ({ value: skill.id, label: skillName(skill, i18n.language) })),
        ]}
        data-testid="skill-filter"
        w={{ base: '100%', sm: 220 }}
      />
      <NativeSelect
        label={t('volunteers.insured_filter')}
        value={values.insured}
        onChange={(event) => set({ insured: event.currentTarget.value as 'yes' | 'no' | '' })}
        data={[
          { value: '', label: t('volunteers.insured_any') },
          { value: 'yes', label: t('volunteers.insured_today') },
          { value: 'no', label: t('volunteers.not_insured') },
        ]}
        data-testid="insured-filter"
        w={{ base: '100%', sm: 180 }}
      />
    </Group>
  );
}
