import { Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../volunteers/volunteer-display';
import type { NeedFieldValues } from './need-form';
import { MONTH_ORDINALS, REPEAT_KINDS, RULE_WEEKDAYS, type TRuleWeekday } from './repeat';

/** Whether the help repeats: every week, every other week, or one weekday of each month. */
export function NeedRepeatFields<V extends NeedFieldValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t, i18n } = useTranslation();
  const repeat = form.getValues().repeat;
  const weekdays = form.getInputProps('repeat.weekdays');
  // `custom` is offered only for a rule that came that way (kept as written).
  const kinds = REPEAT_KINDS.filter((kind) => kind !== 'custom' || repeat.kind === 'custom');
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('needs.field_rrule')}
        data={kinds.map((kind) => ({ value: kind, label: t(`needs.repeat.${kind}`) }))}
        w={{ base: '100%', xs: 300 }}
        data-testid="repeat-kind"
        {...form.getInputProps('repeat.kind')}
      />
      {repeat.kind === 'monthly' && (
        <NativeSelect
          label={t('needs.intake.repeat_ordinal')}
          data={MONTH_ORDINALS.map((ordinal) => ({ value: ordinal, label: t(`needs.repeat.ordinal_${ordinal}`) }))}
          w={{ base: '100%', xs: 200 }}
          {...form.getInputProps('repeat.ordinal')}
        />
      )}
      {repeat.kind === 'custom' && (
        <TextInput label={t('needs.intake.repeat_custom')} {...form.getInputProps('repeat.custom')} />
      )}
      {(repeat.kind === 'weekly' || repeat.kind === 'biweekly' || repeat.kind === 'monthly') && (
        <Checkbox.Group
          label={t('needs.intake.repeat_weekdays')}
          value={weekdays.value}
          onChange={(value) => weekdays.onChange(RULE_WEEKDAYS.filter((day) => value.includes(day)))}
          error={weekdays.error}
        >
          <Group gap="md" mt="xs">
            {RULE_WEEKDAYS.map((day, index) => (
              <Checkbox
                key={day}
                value={day satisfies TRuleWeekday}
                size="md"
                label={weekdayName(index + 1, i18n.language)}
                data-testid={`repeat-day-${day}`}
              />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
