import { Alert, Button, Fieldset, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TSkill, ZCreateShiftsRequest } from '@musubi/shared';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import type { MessageKey } from '../../app/messages';
import { FormError } from '../../ui/FormError';
import { RepeatFields } from './RepeatFields';
import { ShiftRoleRows } from './ShiftRoleRows';
import { ShiftTimeFields } from './ShiftTimeFields';
import {
  emptyShiftForm,
  type ShiftFormValues,
  shiftRuleErrors,
  toCreateShiftsRequest,
  toFormPaths,
} from './shift-form';
import { useCreateShifts } from './use-opportunities';
import { deviceTimeZone } from './wall-time';

interface AddShiftsFormProps {
  orgId: string;
  opportunityId: string;
  skills: TSkill[];
  onDone: () => void;
}

/** Adds one shift or a weekly series, at the organization's wall-clock time (taken from this device). */
export function AddShiftsForm({ orgId, opportunityId, skills, onDone }: AddShiftsFormProps) {
  const { t } = useTranslation();
  const timeZone = deviceTimeZone();
  const create = useCreateShifts(orgId, opportunityId);
  const form = useForm<ShiftFormValues>({
    initialValues: emptyShiftForm(),
    validate: (values) => {
      const rules: FormErrors = {};
      for (const [path, key] of Object.entries(shiftRuleErrors(values))) rules[path] = t(key as MessageKey);
      const request = toCreateShiftsRequest(values, timeZone);
      return { ...(request ? toFormPaths(contractErrors(ZCreateShiftsRequest, request)) : {}), ...rules };
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((submitted) => {
    const request = toCreateShiftsRequest(submitted, timeZone);
    if (!request) return;
    create.mutate(request, {
      onSuccess: ({ shifts }) => {
        notifications.show({ color: 'green', message: t('opportunities.shift_form.added', { count: shifts.length }) });
        onDone();
      },
      onError: (error) => {
        applyFieldErrors({ setErrors: (errors) => form.setErrors(toFormPaths(errors)) }, error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="shift-form">
      <Stack gap="lg" maw={760}>
        <Fieldset legend={t('opportunities.shift_form.when')}>
          <Stack gap="sm">
            <ShiftTimeFields
              form={form}
              timeZone={timeZone}
              testIdPrefix="shift"
              dateDescription={values.repeat === 'none' ? undefined : t('opportunities.shift_form.date_first')}
            />
            <Alert color="blue" variant="light" icon={<IconClock aria-hidden />} p="sm">
              <Text size="sm" c="var(--mantine-color-text)">
                {t('opportunities.shift_form.time_zone_hint', { zone: timeZone })}
              </Text>
            </Alert>
          </Stack>
        </Fieldset>

        <ShiftRoleRows form={form} skills={skills} />

        <Fieldset legend={t('opportunities.shift_form.signup_window')}>
          <Stack gap="md">
            <Switch
              size="lg"
              label={t('opportunities.shift_form.waitlist')}
              description={t('opportunities.shift_form.waitlist_description')}
              {...form.getInputProps('waitlist', { type: 'checkbox' })}
            />
            <NumberInput
              label={t('common.optional', { label: t('opportunities.shift_form.opens_days_before') })}
              description={t('opportunities.shift_form.opens_days_before_description')}
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              inputMode="numeric"
              w={{ base: '100%', xs: 260 }}
              {...form.getInputProps('signupOpensDaysBefore')}
            />
            <NumberInput
              label={t('opportunities.shift_form.closes_hours_before')}
              description={t('opportunities.shift_form.closes_hours_before_description')}
              min={0}
              max={336}
              allowDecimal={false}
              allowNegative={false}
              inputMode="numeric"
              w={{ base: '100%', xs: 260 }}
              {...form.getInputProps('signupClosesHoursBefore')}
            />
          </Stack>
        </Fieldset>

        <RepeatFields form={form} />

        <FormError error={create.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="shift-submit">
            {values.repeat === 'none'
              ? t('opportunities.shift_form.submit_one')
              : t('opportunities.shift_form.submit_series')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
