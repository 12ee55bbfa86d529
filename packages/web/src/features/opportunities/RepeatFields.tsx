import { Checkbox, Fieldset, Group, NativeSelect, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_OCCURRENCES, seriesDates, type TWeekday, WEEKDAYS } from './rrule';
import type { ShiftFormValues } from './shift-form';
import { useShiftFormat, weekdayName } from './shift-format';

/** How new shifts repeat: weekly or every N weeks, on which weekdays, how many times or until when. */
export function RepeatFields({ form }: { form: UseFormReturnType<ShiftFormValues> }) {
  const { t, i18n } = useTranslation();
  const format = useShiftFormat();
  const values = form.getValues();
  const weekdays = form.getInputProps('weekdays');
  const preview = seriesDates(values, values.date);

  return (
    <Fieldset legend={t('opportunities.shift_form.repeat')}>
      <Stack gap="md">
        <NativeSelect
          label={t('opportunities.shift_form.repeat_kind')}
          data={[
            { value: 'none', label: t('opportunities.shift_form.repeat_none') },
            { value: 'weekly', label: t('opportunities.shift_form.repeat_weekly') },
            { value: 'interval', label: t('opportunities.shift_form.repeat_interval') },
          ]}
          w={{ base: '100%', xs: 300 }}
          data-testid="repeat-kind"
          {...form.getInputProps('repeat')}
        />
        {values.repeat !== 'none' && (
          <>
            {values.repeat === 'interval' && (
              <NumberInput
                label={t('opportunities.shift_form.interval')}
                min={2}
                max={52}
                allowDecimal={false}
                allowNegative={false}
                inputMode="numeric"
                w={{ base: '100%', xs: 200 }}
                {...form.getInputProps('interval')}
              />
            )}
            <Checkbox.Group
              label={t('opportunities.shift_form.weekdays')}
              description={t('opportunities.shift_form.weekdays_description')}
              value={weekdays.value}
              onChange={(value) => weekdays.onChange(WEEKDAYS.filter((day) => value.includes(day)))}
              error={weekdays.error}
            >
              <Group gap="md" mt="xs">
                {WEEKDAYS.map((day, index) => (
                  <Checkbox
                    key={day}
                    value={day satisfies TWeekday}
                    size="md"
                    label={weekdayName(index, i18n.language)}
                    data-testid={`weekday-${day}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <Radio.Group label={t('opportunities.shift_form.ends_by')} {...form.getInputProps('endsBy')}>
              <Group gap="lg" mt="xs">
                <Radio value="count" size="md" label={t('opportunities.shift_form.ends_by_count')} />
                <Radio value="until" size="md" label={t('opportunities.shift_form.ends_by_until')} />
              </Group>
            </Radio.Group>
            {values.endsBy === 'count' ? (
              <NumberInput
                label={t('opportunities.shift_form.count')}
                description={t('opportunities.shift_form.count_description', { max: MAX_OCCURRENCES })}
                min={2}
                max={MAX_OCCURRENCES}
                allowDecimal={false}
                allowNegative={false}
                inputMode="numeric"
                w={{ base: '100%', xs: 200 }}
                data-testid="repeat-count"
                {...form.getInputProps('count')}
              />
            ) : (
              <TextInput
                type="date"
                label={t('opportunities.shift_form.until')}
                description={t('opportunities.shift_form.until_description')}
                w={{ base: '100%', xs: 220 }}
                data-testid="repeat-until"
                {...form.getInputProps('until')}
              />
            )}
            {preview.total > 0 && (
              <Text data-testid="repeat-preview">
                {t('opportunities.shift_form.preview', {
                  count: preview.total,
                  dates:
                    preview.dates.map(format.shortDay).join(t('opportunities.date_separator')) +
                    (preview.total > preview.dates.length ? ' …' : ''),
                })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
