import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TParticipationSettings } from '@musubi/shared';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/format';
import { JoinLink } from './JoinLink';
import { formatHour } from './settings-form';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

/** The participation rules as a description list, for staff who may read but not change them. */
export function ParticipationSettingsView({ orgId, settings }: { orgId: string; settings: TParticipationSettings }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const noLimit = t('registration.settings.no_limit');
  const limit = (value: number | null) => (value === null ? noLimit : format.number(value));
  return (
    <Stack gap="xl" maw={720} data-testid="participation-settings-view">
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
        {t('registration.settings.read_only')}
      </Alert>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" m={0}>
        <Field label={t('registration.settings.sections.registration')}>
          {settings.selfRegistrationOpen ? t('registration.settings.open_yes') : t('registration.settings.open_no')}
        </Field>
        <Field label={t('registration.settings.policy_start_month')}>
          {t('common.months', { month: settings.insurancePolicyStartMonth })}
        </Field>
        <Field label={t('registration.settings.insurance_check')}>
          {t(`participation.insurance_check_${settings.insuranceCheck}`)}
        </Field>
        <Field label={t('registration.settings.max_hours_per_day')}>{limit(settings.maxHoursPerDay)}</Field>
        <Field label={t('registration.settings.max_shifts_per_week')}>{limit(settings.maxShiftsPerWeek)}</Field>
        <Field label={t('registration.settings.reminder_hours_before')}>
          {format.number(settings.reminderHoursBefore)}
        </Field>
        <Field label={t('registration.settings.digest_hour')}>{formatHour(settings.digestHour)}</Field>
        <Field label={t('registration.settings.lapsed_after_months')}>
          {format.number(settings.lapsedAfterMonths)}
        </Field>
        <Field label={t('registration.settings.milestone_hours')}>
          {settings.milestoneHours.length > 0
            ? settings.milestoneHours.map(format.number).join(', ')
            : t('registration.settings.no_milestones')}
        </Field>
        <Field label={t('registration.settings.consent_wording_version')}>{settings.consentWordingVersion}</Field>
      </SimpleGrid>
      <JoinLink orgId={orgId} />
    </Stack>
  );
}
