import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui/LoadingState';

interface SearchPickerProps {
  label: string;
  search: string;
  onSearch: (value: string) => void;
  loading: boolean;
  items: { id: string; name: string; detail: string; fullName: string }[];
  value: string;
  error?: ReactNode;
  onChange: (id: string, name: string) => void;
}

/** A search box and, below it, the matches as radio buttons (arrow keys move between them). */
export function SearchPicker({ label, search, onSearch, loading, items, value, error, onChange }: SearchPickerProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={label}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        data-testid="line-target-search"
      />
      {loading ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Text role="status">{t('needs.lines.target_none')}</Text>
      ) : (
        <Radio.Group
          label={t('needs.lines.target')}
          value={value}
          onChange={(id) => onChange(id, items.find((item) => item.id === id)?.fullName ?? '')}
          error={error}
        >
          <Stack gap="xs" mt="xs">
            {items.map((item) => (
              <Radio
                key={item.id}
                value={item.id}
                size="md"
                label={item.name}
                description={item.detail}
                data-testid="line-target"
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
