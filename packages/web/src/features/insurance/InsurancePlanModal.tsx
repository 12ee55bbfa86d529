import { Button, Checkbox, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TInsurancePlan, ZCreateInsurancePlanRequest, ZUpdateInsurancePlanRequest } from '@musubi/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { type PlanValues, planToValues, valuesToCreatePlan, valuesToUpdatePlan } from './plan-form';
import { useCreateInsurancePlan, useUpdateInsurancePlan } from './use-insurance';

interface InsurancePlanModalProps {
  orgId: string;
  opened: boolean;
  /** The plan to edit; null adds a new one. */
  plan: TInsurancePlan | null;
  onClose: () => void;
}

/** Adds or edits an insurance plan (name, insurer's code, disaster cover, premium; archiving when editing). */
export function InsurancePlanModal({ orgId, opened, plan, onClose }: InsurancePlanModalProps) {
  const { t } = useTranslation();
  const create = useCreateInsurancePlan(orgId);
  const update = useUpdateInsurancePlan(orgId);
  const mutation = plan ? update : create;
  const form = useForm<PlanValues>({
    initialValues: planToValues(null),
    validate: (values) =>
      plan
        ? contractErrors(ZUpdateInsurancePlanRequest, valuesToUpdatePlan(values))
        : contractErrors(ZCreateInsurancePlanRequest, valuesToCreatePlan(values)),
  });

  // Each opening starts from the plan being edited (or a blank one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the dialog opens or its plan changes
  useEffect(() => {
    if (!opened) return;
    form.setValues(planToValues(plan));
    form.resetDirty();
    form.clearErrors();
    create.reset();
    update.reset();
  }, [opened, plan]);

  const submit = form.onSubmit((values) => {
    const onSuccess = (saved: TInsurancePlan) => {
      notifications.show({ color: 'green', message: t('insurance.plans.saved', { name: saved.name }) });
      onClose();
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (plan) update.mutate({ planId: plan.id, body: valuesToUpdatePlan(values) }, { onSuccess, onError });
    else create.mutate(valuesToCreatePlan(values), { onSuccess, onError });
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={plan ? t('insurance.plans.edit_title') : t('insurance.plans.add_title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate data-testid="insurance-plan-form">
        <Stack>
          <FormError error={mutation.error} />
          <TextInput
            label={t('insurance.plans.fields.name')}
            description={t('insurance.plans.fields.name_description')}
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('common.optional', { label: t('insurance.plans.fields.code') })}
            description={t('insurance.plans.fields.code_description')}
            {...form.getInputProps('code')}
          />
          <Checkbox
            size="md"
            label={t('insurance.plans.fields.covers_natural_disaster')}
            description={t('insurance.plans.fields.covers_natural_disaster_description')}
            {...form.getInputProps('coversNaturalDisaster', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('common.optional', { label: t('insurance.plans.fields.annual_premium') })}
            description={t('insurance.plans.fields.annual_premium_description')}
            min={0}
            max={10_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            hideControls
            inputMode="numeric"
            {...form.getInputProps('annualPremium')}
          />
          {plan && (
            <Checkbox
              size="md"
              label={t('insurance.plans.fields.archived')}
              description={t('insurance.plans.fields.archived_description')}
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {plan ? t('common.actions.save') : t('insurance.plans.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
