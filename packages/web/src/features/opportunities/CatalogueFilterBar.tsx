import { Button, Group, NativeSelect, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { ACTIVITY_CATEGORIES, type TActivityCategory } from '@musubi/shared';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, type CatalogueFilters, NO_CATALOGUE_FILTERS } from './catalogue-filters';

interface CatalogueFilterBarProps {
  values: CatalogueFilters;
  onChange: (values: CatalogueFilters) => void;
}

/** What to look for: words, field, district, dates, and "beginners", "trial" and "online". */
export function CatalogueFilterBar({ values, onChange }: CatalogueFilterBarProps) {
  const { t } = useTranslation();
  const set = (change: Partial<CatalogueFilters>) => onChange({ ...values, ...change });
  return (
    <Stack gap="md" role="search" aria-label={t('opportunities.catalogue.filters')}>
      <TextInput
        type="search"
        size="md"
        label={t('opportunities.catalogue.search')}
        description={t('opportunities.catalogue.search_description')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={values.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
        data-testid="catalogue-search"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NativeSelect
          size="md"
          label={t('opportunities.catalogue.category')}
          value={values.category}
          onChange={(event) => set({ category: event.currentTarget.value as TActivityCategory | '' })}
          data={[
            { value: '', label: t('opportunities.catalogue.any_category') },
            ...ACTIVITY_CATEGORIES.map((category) => ({
              value: category,
              label: t(`participation.category_${category}`),
            })),
          ]}
          data-testid="catalogue-category"
        />
        <TextInput
          size="md"
          label={t('opportunities.catalogue.area')}
          description={t('opportunities.catalogue.area_description')}
          value={values.area}
          onChange={(event) => set({ area: event.currentTarget.value })}
          data-testid="catalogue-area"
        />
        <TextInput
          size="md"
          type="date"
          label={t('opportunities.catalogue.from')}
          value={values.from}
          onChange={(event) => set({ from: event.currentTarget.value })}
          data-testid="catalogue-from"
        />
        <TextInput
          size="md"
          type="date"
          label={t('opportunities.catalogue.to')}
          value={values.to}
          onChange={(event) => set({ to: event.currentTarget.value })}
          data-testid="catalogue-to"
        />
        <NativeSelect
          size="md"
          label={t('opportunities.catalogue.online')}
          value={values.online}
          onChange={(event) => set({ online: event.currentTarget.value as CatalogueFilters['online'] })}
          data={[
            { value: '', label: t('opportunities.catalogue.online_any') },
            { value: 'false', label: t('opportunities.catalogue.online_no') },
            { value: 'true', label: t('opportunities.catalogue.online_yes') },
          ]}
          data-testid="catalogue-online"
        />
      </SimpleGrid>
      <Group gap="xl">
        <Switch
          size="lg"
          label={t('opportunities.catalogue.beginner')}
          checked={values.beginner}
          onChange={(event) => set({ beginner: event.currentTarget.checked })}
          data-testid="catalogue-beginner"
        />
        <Switch
          size="lg"
          label={t('opportunities.catalogue.trial')}
          checked={values.trial}
          onChange={(event) => set({ trial: event.currentTarget.checked })}
          data-testid="catalogue-trial"
        />
      </Group>
      {activeFilterCount(values) > 0 && (
        <Button
          variant="default"
          leftSection={<IconFilterOff size={18} aria-hidden />}
          onClick={() => onChange(NO_CATALOGUE_FILTERS)}
          style={{ alignSelf: 'flex-start' }}
          data-testid="catalogue-clear"
        >
          {t('opportunities.catalogue.clear')}
        </Button>
      )}
    </Stack>
  );
}
