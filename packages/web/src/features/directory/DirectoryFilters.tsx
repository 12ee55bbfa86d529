import { Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import {
  DIRECTORY_CATEGORIES,
  LANGUAGES,
  SCHEDULE_WEEKDAYS,
  type TDirectoryCategory,
  type TLanguage,
  type TScheduleWeekday,
} from '@musubi/shared';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { scheduleWeekdayName } from './hours';
import type { DirectoryFilterValues } from './search-params';

interface DirectoryFiltersProps {
  values: DirectoryFilterValues;
  areas: string[];
  onChange: (values: DirectoryFilterValues) => void;
}

/** Words, category, area, language and opening day: what a coordinator asks when finding where to refer. */
export function DirectoryFilters({ values, areas, onChange }: DirectoryFiltersProps) {
  const { t, i18n } = useTranslation();
  const set = (change: Partial<DirectoryFilterValues>) => onChange({ ...values, ...change });
  const width = { base: '100%', sm: 220 };
  return (
    <Group mb="md" align="flex-end" role="search" aria-label={t('directory.search.label')}>
      <TextInput
        type="search"
        label={t('directory.search.words')}
        description={t('directory.search.words_description')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={values.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
        data-testid="directory-search"
        w={{ base: '100%', sm: 320 }}
      />
      <NativeSelect
        label={t('directory.search.category')}
        value={values.category}
        onChange={(event) => set({ category: event.currentTarget.value as TDirectoryCategory | '' })}
        data={[
          { value: '', label: t('directory.search.all_categories') },
          ...DIRECTORY_CATEGORIES.map((category) => ({
            value: category,
            label: t(`directory.categories.${category}`),
          })),
        ]}
        data-testid="directory-category"
        w={width}
      />
      <NativeSelect
        label={t('directory.search.area')}
        value={values.area}
        onChange={(event) => set({ area: event.currentTarget.value })}
        data={[{ value: '', label: t('directory.search.all_areas') }, ...areas]}
        data-testid="directory-area"
        w={width}
      />
      <NativeSelect
        label={t('directory.search.language')}
        value={values.language}
        onChange={(event) => set({ language: event.currentTarget.value as TLanguage | '' })}
        data={[
          { value: '', label: t('directory.search.all_languages') },
          ...LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) })),
        ]}
        data-testid="directory-language"
        w={width}
      />
      <NativeSelect
        label={t('directory.search.open_on')}
        value={values.openOn}
        onChange={(event) => set({ openOn: event.currentTarget.value as TScheduleWeekday | '' })}
        data={[
          { value: '', label: t('directory.search.any_day') },
          ...SCHEDULE_WEEKDAYS.map((day) => ({ value: day, label: scheduleWeekdayName(day, i18n.language) })),
        ]}
        data-testid="directory-open-on"
        w={width}
      />
      <Switch
        size="lg"
        label={t('directory.search.open_now')}
        checked={values.openNow}
        onChange={(event) => set({ openNow: event.currentTarget.checked })}
        data-testid="directory-open-now"
        mb={6}
      />
    </Group>
  );
}
