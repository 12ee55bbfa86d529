import { Button, Fieldset, NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  ADMIN_ROLES,
  MATCHING_FACTORS,
  MATCHING_MODES,
  type TMatchingSettings,
  ZMatchingSettings,
} from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { Detail, DetailList, ProfileSection } from '../volunteers/ProfileSection';
import { useMatchingSettings, useUpdateMatchingSettings } from './use-matching';

/**
 * How the organization matches (on the requests board): the weights a ranking starts from,
 * the distance scale, how long volunteers have to answer, and whether the first acceptance
 * confirms or a coordinator does. Staff read it; administrators change it.
 */
export function MatchingSettingsCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const settings = useMatchingSettings(orgId);
  const manages = useHasRole(ADMIN_ROLES);
  return (
    <ProfileSection title={t('matching.ui.settings.title')} data-testid="matching-settings">
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data &&
        (manages ? (
          <MatchingSettingsForm key={orgId} orgId={orgId} settings={settings.data} />
        ) : (
          <MatchingSettingsView settings={settings.data} />
        ))}
    </ProfileSection>
  );
}

function MatchingSettingsView({ settings }: { settings: TMatchingSettings }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <DetailList>
        <Detail label={t('matching.ui.settings.mode')}>{t(`matching.mode_${settings.mode}`)}</Detail>
        <Detail label={t('matching.ui.settings.valid_days')}>
          {t('matching.ui.settings.days_value', { days: settings.proposalValidDays })}
        </Detail>
        <Detail label={t('matching.ui.settings.half_km')}>
          {t('matching.ui.settings.km_value', { km: settings.halfScoreDistanceKm })}
        </Detail>
      </DetailList>
      <Text fw={700}>{t('matching.ui.settings.weights')}</Text>
      <DetailList>
        {MATCHING_FACTORS.map((factor) => (
          <Detail key={factor} label={t(`matching.factor_${factor}`)}>
            {settings.weights[factor]}
          </Detail>
        ))}
      </DetailList>
    </Stack>
  );
}

function MatchingSettingsForm({ orgId, settings }: { orgId: string; settings: TMatchingSettings }) {
  const { t } = useTranslation();
  const update = useUpdateMatchingSettings(orgId);
  const form = useForm<TMatchingSettings>({
    initialValues: settings,
    validate: (values) => contractErrors(ZMatchingSettings, values),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setValues(saved);
        form.resetDirty(saved);
        notifications.show({ color: 'green', message: t('matching.ui.settings.saved') });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="matching-settings-form">
      <Stack gap="lg" maw={760}>
        <Radio.Group label={t('matching.ui.settings.mode')} {...form.getInputProps('mode')}>
          <Stack gap="xs" mt="xs">
            {MATCHING_MODES.map((mode) => (
              <Radio
                key={mode}
                size="md"
                value={mode}
                label={t(`matching.mode_${mode}`)}
                data-testid={`matching-mode-${mode}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label={t('matching.ui.settings.valid_days')}
            description={t('matching.ui.settings.valid_days_description')}
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('proposalValidDays')}
          />
          <NumberInput
            label={t('matching.ui.settings.half_km')}
            description={t('matching.ui.settings.half_km_description')}
            min={0.1}
            max={100}
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            {...form.getInputProps('halfScoreDistanceKm')}
          />
        </SimpleGrid>
        <Fieldset
          legend={t('matching.ui.settings.weights')}
          variant="unstyled"
          p={0}
          styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          <Text size="sm" mb="sm">
            {t('matching.ui.settings.weights_description')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
            {MATCHING_FACTORS.map((factor) => (
              <NumberInput
                key={factor}
                label={t(`matching.factor_${factor}`)}
                min={0}
                max={10}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps(`weights.${factor}`)}
                data-testid={`matching-weight-${factor}`}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <FormError error={update.error} />
        <Button
          type="submit"
          loading={update.isPending}
          style={{ alignSelf: 'flex-start' }}
          data-testid="matching-settings-save"
        >
          {t('common.actions.save')}
        </Button>
      </Stack>
    </form>
  );
}
