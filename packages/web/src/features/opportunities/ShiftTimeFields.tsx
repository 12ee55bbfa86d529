import { Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { shiftInstants } from './wall-time';

interface ShiftTimeValues {
  date: string;
  startTime: string;
  endTime: string;
}

interface ShiftTimeFieldsProps<V extends ShiftTimeValues> {
  form: UseFormReturnType<V>;
  /** The organization's zone: the times are its clocks', and an end before the start is the next day. */
  timeZone: string;
  /** Prefix of the inputs' test ids: `<prefix>-date`, `-start`, `-end`. */
  testIdPrefix: string;
  dateDescription?: string;
  /** Narrower inputs where the form sits in a modal. */
  compact?: boolean;
}

/** A shift's date, start and end time, read in the organization's zone; a night shift is said to end the next day. */
export function ShiftTimeFields<V extends ShiftTimeValues>({
  form,
  timeZone,
  testIdPrefix,
  dateDescription,
  compact = false,
}: ShiftTimeFieldsProps<V>) {
  const { t } = useTranslation();
  const { date, startTime, endTime } = form.getValues();
  const overnight = shiftInstants(date, startTime, endTime, timeZone)?.overnight ?? false;
  const timeWidth = { base: '100%', xs: compact ? 140 : 150 };
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <TextInput
        type="date"
        label={t('opportunities.shift_form.date')}
        description={dateDescription}
        w={{ base: '100%', xs: compact ? 180 : 200 }}
        data-testid={`${testIdPrefix}-date`}
        {...form.getInputProps('date')}
      />
      <TextInput
        type="time"
        label={t('opportunities.shift_form.start_time')}
        w={timeWidth}
        data-testid={`${testIdPrefix}-start`}
        {...form.getInputProps('startTime')}
      />
      <TextInput
        type="time"
        label={t('opportunities.shift_form.end_time')}
        description={overnight ? t('opportunities.shift_form.overnight') : undefined}
        w={timeWidth}
        data-testid={`${testIdPrefix}-end`}
        {...form.getInputProps('endTime')}
      />
    </Group>
  );
}
