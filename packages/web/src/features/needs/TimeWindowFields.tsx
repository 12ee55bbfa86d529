import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../volunteers/volunteer-display';
import { newTimeWindowRow, type TimeWindowRow } from './need-form';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Preferred times, one row each: on a date, or every week on a weekday, from–to. */
export function TimeWindowFields<V extends { timeWindows: TimeWindowRow[] }>({ form }: { form: UseFormReturnType<V> }) {
  const { t, i18n } = useTranslation();
  const rows = form.getValues().timeWindows;
  const weekdays = WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, i18n.language) }));
  return (
    <Stack gap="sm">
      <Text fw={500}>{t('common.optional', { label: t('needs.field_time_windows') })}</Text>
      {rows.length === 0 && <Text c="dimmed">{t('needs.intake.no_time_windows')}</Text>}
      {rows.map((row, index) => (
        <Fieldset
          key={row.rowId}
          legend={t('needs.intake.time_window_n', { n: index + 1 })}
          variant="filled"
          data-testid="time-window-row"
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('needs.intake.window_on')}
              data={[
                { value: 'date', label: t('needs.intake.window_on_date') },
                { value: 'weekday', label: t('needs.intake.window_on_weekday') },
              ]}
              w={{ base: '100%', xs: 180 }}
              {...form.getInputProps(`timeWindows.${index}.on`)}
            />
            {row.on === 'date' ? (
              <TextInput
                type="date"
                label={t('needs.intake.window_date')}
                w={{ base: '100%', xs: 200 }}
                {...form.getInputProps(`timeWindows.${index}.date`)}
              />
            ) : (
              <NativeSelect
                label={t('needs.intake.window_weekday')}
                data={weekdays}
                w={{ base: '100%', xs: 180 }}
                {...form.getInputProps(`timeWindows.${index}.weekday`)}
              />
            )}
            <TextInput
              type="time"
              label={t('needs.intake.window_start')}
              w={140}
              {...form.getInputProps(`timeWindows.${index}.start`)}
            />
            <TextInput
              type="time"
              label={t('needs.intake.window_end')}
              w={140}
              {...form.getInputProps(`timeWindows.${index}.end`)}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('needs.intake.window_remove', { n: index + 1 })}
              onClick={() => form.removeListItem('timeWindows', index)}
            >
              <IconTrash size={20} aria-hidden />
            </ActionIcon>
          </Group>
        </Fieldset>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={18} aria-hidden />}
        onClick={() => form.insertListItem('timeWindows', newTimeWindowRow() as FormArrayElement<V, 'timeWindows'>)}
        style={{ alignSelf: 'flex-start' }}
        data-testid="time-window-add"
      >
        {t('needs.intake.window_add')}
      </Button>
    </Stack>
  );
}
