import { Button, Fieldset, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TShift } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../app/forms';
import type { MessageKey } from '../../app/messages';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { useOrganization } from '../organizations/use-organization';
import {
  type OccurrenceFormValues,
  occurrenceFormOf,
  occurrenceRuleErrors,
  toOccurrenceFormPaths,
  toUpdateShiftRequest,
} from './occurrence-form';
import { ShiftTimeFields } from './ShiftTimeFields';
import { useShiftFormat } from './shift-format';
import { useUpdateShift } from './use-roster';

interface ChangeShiftModalProps {
  opened: boolean;
  orgId: string;
  shift: TShift;
  onClose: () => void;
}

/**
 * Changes one date of a shift (its times and places) at the organization's wall-clock time;
 * an occurrence of a series then stands apart from it. The form starts afresh at each opening.
 */
export function ChangeShiftModal({ opened, orgId, shift, onClose }: ChangeShiftModalProps) {
  const { t } = useTranslation();
  const organization = useOrganization(orgId);
  const timeZone = organization.data?.timeZone;
  return (
    <Modal opened={opened} onClose={onClose} title={t('opportunities.occurrence.title')} centered size="lg">
      {timeZone ? (
        <ChangeShiftForm orgId={orgId} shift={shift} timeZone={timeZone} onDone={onClose} />
      ) : organization.isError ? (
        <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Modal>
  );
}

interface ChangeShiftFormProps {
  orgId: string;
  shift: TShift;
  timeZone: string;
  onDone: () => void;
}

function ChangeShiftForm({ orgId, shift, timeZone, onDone }: ChangeShiftFormProps) {
  const { t } = useTranslation();
  const format = useShiftFormat();
  const update = useUpdateShift(orgId, shift.id);
  const [initial] = useState(() => occurrenceFormOf(shift, timeZone));
  const form = useForm<OccurrenceFormValues>({
    initialValues: initial,
    validate: (values) => {
      const errors: FormErrors = {};
      for (const [path, key] of Object.entries(occurrenceRuleErrors(values))) errors[path] = t(key as MessageKey);
      return errors;
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit((submitted) => {
    const request = toUpdateShiftRequest(submitted, initial, timeZone);
    if (!request) return;
    if (Object.keys(request).length === 0) {
      notifications.show({ message: t('opportunities.form.no_changes') });
      onDone();
      return;
    }
    update.mutate(request, {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: t('opportunities.occurrence.saved', { when: format.range(saved.startsAt, saved.endsAt) }),
        });
        onDone();
      },
      onError: (error) =>
        applyFieldErrors(
          { setErrors: (errors) => form.setErrors(toOccurrenceFormPaths(errors, request, submitted)) },
          error,
        ),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="occurrence-form">
      <Stack gap="md">
        {shift.seriesId && <Text>{t('opportunities.occurrence.series_note')}</Text>}
        <Fieldset legend={t('opportunities.shift_form.when')}>
          <Stack gap="sm">
            <ShiftTimeFields form={form} timeZone={timeZone} testIdPrefix="occurrence" compact />
            <Text size="sm">{t('opportunities.occurrence.time_zone', { zone: timeZone })}</Text>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('opportunities.shift_form.roles')}>
          <Group align="flex-start" gap="md" wrap="wrap">
            {values.roles.map((row, index) => (
              <NumberInput
                key={row.id}
                label={t('opportunities.occurrence.capacity_for', {
                  role: row.name ?? t('opportunities.shifts.general_role'),
                })}
                description={t('opportunities.occurrence.confirmed', { count: row.confirmed })}
                min={Math.max(1, row.confirmed)}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                inputMode="numeric"
                w={{ base: '100%', xs: 200 }}
                data-testid="occurrence-capacity"
                {...form.getInputProps(`roles.${index}.capacity`)}
              />
            ))}
          </Group>
        </Fieldset>

        <FormError error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="occurrence-submit">
            {t('opportunities.occurrence.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
