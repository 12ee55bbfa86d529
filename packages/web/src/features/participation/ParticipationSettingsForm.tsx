import { Button, Group, NativeSelect, NumberInput, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { INSURANCE_CHECKS, type TParticipationSettings, ZParticipationSettings } from '@musubi/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { JoinLink } from './JoinLink';
import {
  changedSettings,
  collapseListErrors,
  formatHour,
  type SettingsValues,
  settingsToValues,
  valuesToDraft,
} from './settings-form';
import { useUpdateParticipationSettings } from './use-participation';

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1));
const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: formatHour(hour) }));

interface ParticipationSettingsFormProps {
  orgId: string;
  settings: TParticipationSettings;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Title order={2} id={id} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The organization's participation rules; saving sends only what changed. */
export function ParticipationSettingsForm({ orgId, settings }: ParticipationSettingsFormProps) {
  const { t } = useTranslation();
  const update = useUpdateParticipationSettings(orgId);
  const form = useForm<SettingsValues>({
    initialValues: settingsToValues(settings),
    validate: (values) =>
      collapseListErrors(contractErrors(ZParticipationSettings, valuesToDraft(values)), 'milestoneHours'),
  });

  const submit = form.onSubmit((values) => {
    const changes = changedSettings(settings, valuesToDraft(values));
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('registration.settings.no_changes') });
      return;
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        form.setValues(settingsToValues(saved));
        notifications.show({ color: 'green', message: t('registration.settings.saved') });
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  });

  const limitDescription = t('registration.settings.limit_description');

  return (
    <form onSubmit={submit} noValidate data-testid="participation-settings-form">
      <Stack gap="xl" maw={720}>
        <FormError error={update.error} />

        <Section id="settings-registration" title={t('registration.settings.sections.registration')}>
          <Switch
            size="lg"
            label={t('registration.settings.self_registration_open')}
            description={t('registration.settings.self_registration_open_description')}
            {...form.getInputProps('selfRegistrationOpen', { type: 'checkbox' })}
          />
          <JoinLink orgId={orgId} />
        </Section>

        <Section id="settings-insurance" title={t('registration.settings.sections.insurance')}>
          <NativeSelect
            label={t('registration.settings.policy_start_month')}
            description={t('registration.settings.policy_start_month_description')}
            data={MONTHS.map((month) => ({ value: month, label: t('common.months', { month: Number(month) }) }))}
            {...form.getInputProps('insurancePolicyStartMonth')}
          />
          <NativeSelect
            label={t('registration.settings.insurance_check')}
            description={t('registration.settings.insurance_check_description')}
            data={INSURANCE_CHECKS.map((check) => ({
              value: check,
              label: t(`participation.insurance_check_${check}`),
            }))}
            {...form.getInputProps('insuranceCheck')}
          />
        </Section>

        <Section id="settings-workload" title={t('registration.settings.sections.workload')}>
          <NumberInput
            label={t('common.optional', { label: t('registration.settings.max_hours_per_day') })}
            description={limitDescription}
            min={0.5}
            max={24}
            step={0.5}
            decimalScale={1}
            hideControls
            inputMode="decimal"
            {...form.getInputProps('maxHoursPerDay')}
          />
          <NumberInput
            label={t('common.optional', { label: t('registration.settings.max_shifts_per_week') })}
            description={limitDescription}
            min={1}
            max={50}
            allowDecimal={false}
            hideControls
            inputMode="numeric"
            {...form.getInputProps('maxShiftsPerWeek')}
          />
        </Section>

        <Section id="settings-activity" title={t('registration.settings.sections.activity')}>
          <NumberInput
            label={t('registration.settings.reminder_hours_before')}
            description={t('registration.settings.reminder_hours_before_description')}
            min={1}
            max={336}
            allowDecimal={false}
            hideControls
            inputMode="numeric"
            required
            withAsterisk={false}
            {...form.getInputProps('reminderHoursBefore')}
          />
          <NativeSelect
            label={t('registration.settings.digest_hour')}
            description={t('registration.settings.digest_hour_description')}
            data={HOURS}
            w={{ base: '100%', xs: 220 }}
            data-testid="digest-hour"
            {...form.getInputProps('digestHour')}
          />
          <NumberInput
            label={t('registration.settings.lapsed_after_months')}
            description={t('registration.settings.lapsed_after_months_description')}
            min={1}
            max={60}
            allowDecimal={false}
            hideControls
            inputMode="numeric"
            required
            withAsterisk={false}
            {...form.getInputProps('lapsedAfterMonths')}
          />
          <TextInput
            label={t('common.optional', { label: t('registration.settings.milestone_hours') })}
            description={t('registration.settings.milestone_hours_description')}
            {...form.getInputProps('milestoneHours')}
          />
        </Section>

        <Section id="settings-consent" title={t('registration.settings.sections.consent')}>
          <TextInput
            label={t('registration.settings.consent_wording_version')}
            description={t('registration.settings.consent_wording_version_description')}
            required
            {...form.getInputProps('consentWordingVersion')}
          />
        </Section>

        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              form.setValues(settingsToValues(settings));
              form.clearErrors();
              update.reset();
            }}
            disabled={update.isPending}
          >
            {t('registration.settings.discard')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
