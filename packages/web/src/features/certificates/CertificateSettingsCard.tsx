import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  ADMIN_ROLES,
  LOCALE_NATIVE_NAMES,
  LOCALES,
  STAFF_ROLES,
  type TCertificateSettings,
  type TRecognitionLevel,
  ZUpdateCertificateSettingsRequest,
} from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { levelName } from './certificate-display';
import { SealCard } from './SealCard';
import { useCertificateSettings, useUpdateCertificateSettings } from './use-certificates';

/**
 * The organization's certificate settings on its settings page: person in charge,
 * recognition levels and the seal. Staff read them; administrators change them.
 */
export function CertificateSettingsCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const isStaff = useHasRole(STAFF_ROLES);
  const manages = useHasRole(ADMIN_ROLES);
  const settings = useCertificateSettings(orgId);
  if (!isStaff) return null;
  return (
    <ProfileSection title={t('certificates.settings.title')} data-testid="certificate-settings">
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <Stack gap="lg">
          {manages ? (
            <SettingsForm key={settings.data.levels.length} orgId={orgId} settings={settings.data} />
          ) : (
            <SettingsView settings={settings.data} />
          )}
          <Title order={3} size="h4">
            {t('certificates.seal.title')}
          </Title>
          <SealCard orgId={orgId} settings={settings.data} manages={manages} />
        </Stack>
      )}
    </ProfileSection>
  );
}

function SettingsView({ settings }: { settings: TCertificateSettings }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      <Text>
        {t('certificates.settings.representative_name')}: {settings.representativeName ?? '—'}
      </Text>
      <Text fw={700}>{t('certificates.settings.levels')}</Text>
      <Text>
        {settings.levels.map((level) => `${levelName(level, i18n.language)} (${level.minHours})`).join(' / ')}
      </Text>
    </Stack>
  );
}

interface SettingsValues {
  representativeName: string;
  representativeTitle: string;
  levels: TRecognitionLevel[];
}

function SettingsForm({ orgId, settings }: { orgId: string; settings: TCertificateSettings }) {
  const { t } = useTranslation();
  const update = useUpdateCertificateSettings(orgId);
  const form = useForm<SettingsValues>({
    initialValues: {
      representativeName: settings.representativeName ?? '',
      representativeTitle: settings.representativeTitle ?? '',
      levels: settings.levels,
    },
    validate: (values) => contractErrors(ZUpdateCertificateSettingsRequest, values),
  });
  const saved = () => notifications.show({ color: 'green', message: t('certificates.settings.saved') });
  const submit = form.onSubmit((values) =>
    update.mutate(values, { onSuccess: saved, onError: (error) => applyFieldErrors(form, error) }),
  );
  const useDefaults = () =>
    update.mutate(
      { useDefaultLevels: true },
      {
        onSuccess: (next) => {
          form.setFieldValue('levels', next.levels);
          saved();
        },
      },
    );
  const last = form.values.levels.at(-1)?.minHours ?? 0;
  return (
    <form onSubmit={submit} noValidate data-testid="certificate-settings-form">
      <Stack gap="md">
        <Group align="flex-start" gap="md">
          <TextInput
            label={t('certificates.settings.representative_title')}
            {...form.getInputProps('representativeTitle')}
          />
          <TextInput
            label={t('certificates.settings.representative_name')}
            {...form.getInputProps('representativeName')}
            data-testid="representative-name"
          />
        </Group>
        <Text fw={700}>{t('certificates.settings.levels')}</Text>
        {settings.defaultLevels && <Text size="sm">{t('certificates.settings.levels_default')}</Text>}
        {form.values.levels.map((_, index) => (
          <Fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: levels have no id; rows are edited in place.
            key={index}
            legend={t('certificates.settings.level_legend', { index: index + 1 })}
          >
            <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="sm">
              <NumberInput
                label={t('certificates.settings.min_hours')}
                min={1}
                {...form.getInputProps(`levels.${index}.minHours`)}
              />
              {LOCALES.map((locale) => (
                <TextInput
                  key={locale}
                  label={t('certificates.settings.level_name', { language: LOCALE_NATIVE_NAMES[locale] })}
                  {...form.getInputProps(`levels.${index}.names.${locale}`)}
                  value={form.values.levels[index].names[locale] ?? ''}
                />
              ))}
            </SimpleGrid>
            <Button variant="subtle" color="red" mt="xs" onClick={() => form.removeListItem('levels', index)}>
              {t('certificates.settings.remove_level', { index: index + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Group gap="sm">
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem('levels', { minHours: last + 100, names: { ja: '', en: '', 'zh-CN': '', ko: '' } })
            }
          >
            {t('certificates.settings.add_level')}
          </Button>
          {!settings.defaultLevels && (
            <Button variant="default" onClick={useDefaults} loading={update.isPending}>
              {t('certificates.settings.use_defaults')}
            </Button>
          )}
        </Group>
        <FormError error={update.error} />
        <Button
          type="submit"
          loading={update.isPending}
          style={{ alignSelf: 'flex-start' }}
          data-testid="certificate-settings-save"
        >
          {t('certificates.settings.save')}
        </Button>
      </Stack>
    </form>
  );
}
