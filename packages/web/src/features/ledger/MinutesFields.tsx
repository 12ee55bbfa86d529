import { Group, NumberInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** Hours and minutes of an amount (the `hours` unit keeps integer minutes). */
export function MinutesFields<T extends { hours: number | string; minutes: number | string }>({
  form,
}: {
  form: UseFormReturnType<T>;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="md">
      <NumberInput
        label={t('ledger.form.hours')}
        min={0}
        max={9999}
        allowDecimal={false}
        w={140}
        size="md"
        {...form.getInputProps('hours')}
        data-testid="amount-hours"
      />
      <NumberInput
        label={t('ledger.form.minutes')}
        min={0}
        max={59}
        allowDecimal={false}
        w={140}
        size="md"
        {...form.getInputProps('minutes')}
        data-testid="amount-minutes"
      />
    </Group>
  );
}
