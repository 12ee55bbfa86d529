import { Group, NativeSelect, TextInput } from '@mantine/core';
import { NEED_KINDS, NEED_URGENCIES, type TNeedKind, type TNeedUrgency } from '@musubi/shared';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BoardFilterValues } from './board-filters';

interface NeedFiltersProps {
  values: BoardFilterValues;
  onChange: (change: Partial<BoardFilterValues>) => void;
}

/** Kind, urgency and free text (number, title, names, readings) for the board's list. */
export function NeedFilters({ values, onChange }: NeedFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group mb="md" align="flex-end" role="search" aria-label={t('needs.board.filters')}>
      <TextInput
        type="search"
        label={t('needs.board.search')}
        description={t('needs.board.search_description')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={values.q}
        onChange={(event) => onChange({ q: event.currentTarget.value })}
        data-testid="need-search"
        w={{ base: '100%', sm: 320 }}
      />
      <NativeSelect
        label={t('needs.field_kind')}
        value={values.kind}
        onChange={(event) => onChange({ kind: event.currentTarget.value as TNeedKind | '' })}
        data={[
          { value: '', label: t('needs.board.all_kinds') },
          ...NEED_KINDS.map((kind) => ({ value: kind, label: t(`needs.kind_${kind}`) })),
        ]}
        data-testid="kind-filter"
        w={{ base: '100%', sm: 220 }}
      />
      <NativeSelect
        label={t('needs.field_urgency')}
        value={values.urgency}
        onChange={(event) => onChange({ urgency: event.currentTarget.value as TNeedUrgency | '' })}
        data={[
          { value: '', label: t('needs.board.all_urgencies') },
          ...NEED_URGENCIES.map((urgency) => ({ value: urgency, label: t(`needs.urgency_${urgency}`) })),
        ]}
        data-testid="urgency-filter"
        w={{ base: '100%', sm: 180 }}
      />
    </Group>
  );
}
