import { Divider, Stack } from '@mantine/core';
import { ADMIN_ROLES, COORDINATOR_ROLES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { ParticipationSettingsForm } from './ParticipationSettingsForm';
import { ParticipationSettingsView } from './ParticipationSettingsView';
import { SkillsSection } from './SkillsSection';
import { useParticipationSettings } from './use-participation';

/**
 * The organization's rules for participation (`/participation-settings`): staff read
 * them, administrators change them; coordinators keep the skills taxonomy.
 */
export function ParticipationSettingsPage() {
  const { t } = useTranslation();
  const { orgId, role } = useActiveMembership()!;
  const settings = useParticipationSettings(orgId);
  return (
    <>
      <PageHeader title={t('registration.settings.title')} description={t('registration.settings.intro')} />
      <Stack gap="xl">
        {settings.isPending && <LoadingState />}
        {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.data &&
          (ADMIN_ROLES.includes(role) ? (
            // A switch of organization starts a fresh form.
            <ParticipationSettingsForm key={orgId} orgId={orgId} settings={settings.data} />
          ) : (
            <ParticipationSettingsView orgId={orgId} settings={settings.data} />
          ))}
        <Divider />
        <SkillsSection orgId={orgId} canManage={COORDINATOR_ROLES.includes(role)} />
      </Stack>
    </>
  );
}
