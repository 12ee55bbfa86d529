import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormArrayElement, UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCalendarDate } from '../../ui/format';
import { newAvailabilityExceptionRow, type VolunteerFieldValues } from './volunteer-form';

/** The contract's limit on periods away per record. */
const MAX_EXCEPTIONS = 50;

/** Periods when the person is away (travel, hospital, a busy season): rows of from, until and a note. */
export function AvailabilityExceptionFields<V extends VolunteerFieldValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const rows = form.getValues().availabilityExceptions;
  const removeLabel = (from: string, to: string) =>
    from && to
      ? t('volunteers.exception_remove', {
          period: t('volunteers.period', { from: calendarDate(from), to: calendarDate(to) }),
        })
      : t('volunteers.exception_remove_unfinished');
  return (
    <Fieldset legend={t('common.optional', { label: t('volunteers.availability_exceptions') })}>
      <Stack>
        <Text size="sm">{t('volunteers.exceptions_help')}</Text>
        {rows.length === 0 && <Text c="dimmed">{t('volunteers.exceptions_none')}</Text>}
        {rows.map((row, index) => (
          <Group key={row.rowId} align="flex-end" gap="sm" wrap="wrap" data-testid="exception-row">
            <TextInput
              label={t('volunteers.fields.exception_from')}
              type="date"
              required
              withAsterisk={false}
              w={{ base: '100%', xs: 180 }}
              {...form.getInputProps(`availabilityExceptions.${index}.from`)}
            />
            <TextInput
              label={t('volunteers.fields.exception_to')}
              type="date"
              required
              withAsterisk={false}
              w={{ base: '100%', xs: 180 }}
              {...form.getInputProps(`availabilityExceptions.${index}.to`)}
            />
            <TextInput
              label={t('common.optional', { label: t('volunteers.fields.exception_note') })}
              autoComplete="off"
              maxLength={200}
              style={{ flex: '1 1 200px' }}
              {...form.getInputProps(`availabilityExceptions.${index}.note`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="input-sm"
              aria-label={removeLabel(row.from, row.to)}
              onClick={() => form.removeListItem('availabilityExceptions', index)}
            >
              <IconTrash size={20} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {rows.length < MAX_EXCEPTIONS && (
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() =>
              form.insertListItem(
                'availabilityExceptions',
                newAvailabilityExceptionRow() as FormArrayElement<V, 'availabilityExceptions'>,
              )
            }
            style={{ alignSelf: 'flex-start' }}
            data-testid="exception-add"
          >
            {t('volunteers.exception_add')}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
