import { Anchor, Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ADMIN_ROLES, type TNeedSettings, ZNeedSettings } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { CopyableAddress } from '../../ui/CopyableAddress';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormError';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProfileSection } from '../volunteers/ProfileSection';
import { requestPath } from './paths';
import { useNeedSettings, useUpdateNeedSettings } from './use-needs';

/**
 * The public request page: its address for leaflets, whether it takes requests, and
 * (administrators) the switch and the version of the consent wording recipients agree to.
 */
export function NeedSettingsCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const settings = useNeedSettings(orgId);
  const manages = useHasRole(ADMIN_ROLES);
  const path = requestPath(orgId);
  const url = new URL(path, window.location.origin).toString();
  return (
    <ProfileSection title={t('needs.settings.title')} data-testid="need-settings">
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <Stack gap="md">
          <Group gap="sm">
            <Text fw={700} component="span">
              {t('needs.settings.state')}
            </Text>
            <StatusBadge color={settings.data.publicRequestsOpen ? 'green' : 'gray'}>
              {settings.data.publicRequestsOpen ? t('needs.settings.open') : t('needs.settings.closed')}
            </StatusBadge>
          </Group>
          <CopyableAddress
            label={t('needs.settings.link')}
            description={t('needs.settings.link_description')}
            value={url}
            copyLabel={t('registration.settings.copy')}
            copiedLabel={t('registration.settings.copied')}
            testId="request-link"
          />
          <Anchor component={Link} to={path} style={{ alignSelf: 'flex-start' }}>
            {t('needs.settings.open_page')}
          </Anchor>
          {manages ? (
            <NeedSettingsForm key={orgId} orgId={orgId} settings={settings.data} />
          ) : (
            <Text>{t('needs.settings.wording_version_is', { version: settings.data.consentWordingVersion })}</Text>
          )}
        </Stack>
      )}
    </ProfileSection>
  );
}

function NeedSettingsForm({ orgId, settings }: { orgId: string; settings: TNeedSettings }) {
  const { t } = useTranslation();
  const update = useUpdateNeedSettings(orgId);
  const form = useForm<TNeedSettings>({
    initialValues: settings,
    validate: (values) => contractErrors(ZNeedSettings, values),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(values, {
      onSuccess: (saved) => {
        form.setValues(saved);
        form.resetDirty(saved);
        notifications.show({ color: 'green', message: t('needs.settings.saved') });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="need-settings-form">
      <Stack gap="md" maw={560}>
        <Switch
          size="lg"
          label={t('needs.settings.public_open')}
          description={t('needs.settings.public_open_description')}
          {...form.getInputProps('publicRequestsOpen', { type: 'checkbox' })}
          data-testid="public-requests-open"
        />
        <TextInput
          label={t('needs.settings.wording_version')}
          description={t('needs.settings.wording_version_description')}
          w={{ base: '100%', xs: 260 }}
          {...form.getInputProps('consentWordingVersion')}
        />
        <FormError error={update.error} />
        <Button
          type="submit"
          loading={update.isPending}
          style={{ alignSelf: 'flex-start' }}
          data-testid="need-settings-save"
        >
          {t('common.actions.save')}
        </Button>
      </Stack>
    </form>
  );
}
