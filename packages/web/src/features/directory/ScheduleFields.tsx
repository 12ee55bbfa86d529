import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { MONTH_WEEKS, SCHEDULE_WEEKDAYS, type TScheduleWeekday } from '@musubi/shared';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newScheduleRow, type ScheduleValues } from './directory-form';
import { scheduleWeekdayName } from './hours';

interface ScheduleFieldsProps<V extends { schedules: ScheduleValues[] }> {
  form: UseFormReturnType<V>;
  description: string;
}

/**
 * Opening hours as rows: weekly or monthly, the days (and weeks of the month), opening and
 * closing times, and the dates they hold between. Large checkboxes, easy to tap.
 */
export function ScheduleFields<V extends { schedules: ScheduleValues[] }>({
  form,
  description,
}: ScheduleFieldsProps<V>) {
  const { t, i18n } = useTranslation();
  // Mantine's typed paths do not reach into a generic form's list: one cast, kept here.
  const list = form as unknown as UseFormReturnType<{ schedules: ScheduleValues[] }>;
  const rows = list.getValues().schedules;
  const optional = (label: string) => t('common.optional', { label });
  return (
    <Fieldset legend={t('directory.form.hours.legend')} data-testid="schedule-fields">
      <Stack>
        <Text c="dimmed">{description}</Text>
        {rows.length === 0 && <Text>{t('directory.form.hours.none')}</Text>}
        {rows.map((row, index) => {
          const path = `schedules.${index}` as const;
          const number = index + 1;
          const days = list.getInputProps(`${path}.days`);
          const weeks = list.getInputProps(`${path}.weeks`);
          return (
            <Fieldset
              key={row.rowId}
              legend={t('directory.form.hours.item', { number })}
              variant="filled"
              data-testid="schedule-row"
            >
              <Stack>
                <Radio.Group label={t('directory.form.hours.freq')} {...list.getInputProps(`${path}.freq`)}>
                  <Group gap="lg" mt="xs">
                    <Radio value="WEEKLY" size="md" label={t('directory.form.hours.freq_weekly')} />
                    <Radio
                      value="MONTHLY"
                      size="md"
                      label={t('directory.form.hours.freq_monthly')}
                      data-testid="schedule-monthly"
                    />
                  </Group>
                </Radio.Group>
                {row.freq === 'MONTHLY' && (
                  <Checkbox.Group
                    label={t('directory.form.hours.weeks')}
                    value={weeks.value}
                    onChange={weeks.onChange}
                    error={weeks.error}
                  >
                    <SimpleGrid cols={{ base: 2, xs: 3, sm: 6 }} spacing="sm" mt="xs">
                      {MONTH_WEEKS.map((week) => (
                        <Checkbox
                          key={week}
                          value={String(week)}
                          size="md"
                          label={t('directory.form.hours.week', { week: week === -1 ? 'last' : String(week) })}
                          data-testid={`schedule-week-${week}`}
                        />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                )}
                <Checkbox.Group
                  label={t('directory.form.hours.days')}
                  value={days.value}
                  onChange={(value) =>
                    days.onChange(SCHEDULE_WEEKDAYS.filter((day) => value.includes(day)) satisfies TScheduleWeekday[])
                  }
                  error={days.error}
                >
                  <SimpleGrid cols={{ base: 2, xs: 4, sm: 7 }} spacing="sm" mt="xs">
                    {SCHEDULE_WEEKDAYS.map((day) => (
                      <Checkbox
                        key={day}
                        value={day}
                        size="md"
                        label={scheduleWeekdayName(day, i18n.language)}
                        data-testid={`schedule-day-${day}`}
                      />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
                <Group align="flex-start" gap="md">
                  <TextInput
                    type="time"
                    label={t('directory.form.hours.opens_at')}
                    w={160}
                    data-testid="schedule-opens-at"
                    {...list.getInputProps(`${path}.opensAt`)}
                  />
                  <TextInput
                    type="time"
                    label={t('directory.form.hours.closes_at')}
                    w={160}
                    data-testid="schedule-closes-at"
                    {...list.getInputProps(`${path}.closesAt`)}
                  />
                  <TextInput
                    type="date"
                    label={optional(t('directory.form.hours.valid_from'))}
                    w={200}
                    {...list.getInputProps(`${path}.validFrom`)}
                  />
                  <TextInput
                    type="date"
                    label={optional(t('directory.form.hours.valid_to'))}
                    w={200}
                    {...list.getInputProps(`${path}.validTo`)}
                  />
                </Group>
                <TextInput
                  label={optional(t('directory.form.hours.note'))}
                  {...list.getInputProps(`${path}.description`)}
                />
                <Group justify="flex-end">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="xl"
                    aria-label={t('directory.form.hours.remove', { number })}
                    onClick={() => list.removeListItem('schedules', index)}
                  >
                    <IconTrash size={22} aria-hidden />
                  </ActionIcon>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Button
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => list.insertListItem('schedules', newScheduleRow())}
          style={{ alignSelf: 'flex-start' }}
          data-testid="schedule-add"
        >
          {t('directory.form.hours.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
