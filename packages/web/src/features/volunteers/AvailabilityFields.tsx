import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from './volunteer-display';
import { newAvailabilityRow, type VolunteerFieldValues } from './volunteer-form';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Weekly windows when the person is usually free: rows of weekday, start and end. */
export function AvailabilityFields<V extends VolunteerFieldValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t, i18n } = useTranslation();
  const rows = form.getValues().availability;
  const weekdays = WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day, i18n.language) }));
  return (
    <Fieldset legend={t('common.optional', { label: t('volunteers.sections.availability') })}>
      <Stack>
        {rows.length === 0 && <Text c="dimmed">{t('volunteers.availability_none')}</Text>}
        {rows.map((row, index) => (
          <Group key={row.rowId} align="flex-end" gap="sm" wrap="wrap" data-testid="availability-row">
            <NativeSelect
              label={t('volunteers.fields.weekday')}
              data={weekdays}
              w={{ base: '100%', xs: 160 }}
              {...form.getInputProps(`availability.${index}.weekday`)}
            />
            <TextInput
              label={t('volunteers.fields.start')}
              type="time"
              w={140}
              {...form.getInputProps(`availability.${index}.start`)}
            />
            <TextInput
              label={t('volunteers.fields.end')}
              type="time"
              w={140}
              {...form.getInputProps(`availability.${index}.end`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('volunteers.availability_remove', {
                weekday: weekdayName(Number(row.weekday), i18n.language),
                start: row.start,
                end: row.end,
              })}
              onClick={() => form.removeListItem('availability', index)}
            >
              <IconTrash size={20} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() =>
            form.insertListItem('availability', newAvailabilityRow() as FormArrayElement<V, 'availability'>)
          }
          style={{ alignSelf: 'flex-start' }}
          data-testid="availability-add"
        >
          {t('volunteers.availability_add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
