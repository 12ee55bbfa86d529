import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui/LoadingState';
import { useVolunteerList } from '../volunteers/use-volunteers';
import type { PickerProps } from './picker-props';

/** Finds an active volunteer of the organization by name, reading or phone, and picks one. */
export function VolunteerPicker({ orgId, value, error, onChange }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useVolunteerList(orgId, { q: q || undefined, status: 'active' });
  const found = (list.data?.pages.flatMap((page) => page.volunteers) ?? []).slice(0, 8);
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('needs.lines.volunteer_search')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-testid="line-volunteer-search"
      />
      {list.isPending && <LoadingState />}
      {list.isSuccess &&
        (found.length === 0 ? (
          <Text role="status">{t('needs.lines.volunteer_none')}</Text>
        ) : (
          <Radio.Group
            label={t('needs.lines.volunteer')}
            value={value}
            onChange={(id) => onChange(id, found.find((v) => v.id === id)?.name ?? '')}
            error={error}
          >
            <Stack gap="xs" mt="xs">
              {found.map((volunteer) => (
                <Radio
                  key={volunteer.id}
                  value={volunteer.id}
                  size="md"
                  label={volunteer.name}
                  description={[volunteer.nameReading, volunteer.phone].filter(Boolean).join(' / ')}
                  data-testid="line-volunteer"
                />
              ))}
            </Stack>
          </Radio.Group>
        ))}
    </Stack>
  );
}
