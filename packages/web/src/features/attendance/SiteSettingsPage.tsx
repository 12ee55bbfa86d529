import { Anchor, Stack } from '@mantine/core';
import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { GeofenceForm } from './GeofenceForm';
import { PlacesSection } from './PlacesSection';
import { useSites } from './use-attendance';

function SiteSettings({ orgId, opportunityId }: { orgId: string; opportunityId: string }) {
  const { t } = useTranslation();
  const manages = useHasRole(COORDINATOR_ROLES);
  const sites = useSites(orgId);
  if (sites.isPending) return <LoadingState />;
  if (sites.isError) return <ErrorState error={sites.error} onRetry={() => void sites.refetch()} />;
  const site = sites.data.sites.find((candidate) => candidate.opportunityId === opportunityId);
  if (!site) return <PageHeader title={t('attendance.settings.site_missing')} />;
  return (
    <>
      <PageHeader
        title={t('attendance.settings.site_title', { title: site.opportunityTitle })}
        description={t('attendance.settings.site_intro')}
      />
      <Stack gap="lg">
        <GeofenceForm key={site.opportunityId} orgId={orgId} site={site} manages={manages} />
        <PlacesSection orgId={orgId} opportunityId={site.opportunityId} manages={manages} />
      </Stack>
    </>
  );
}

/** `/attendance/sites/:opportunityId/settings`: an activity's geofence and its places (entrances, satellite sites). */
export function SiteSettingsPage() {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const { opportunityId = '' } = useParams();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Anchor component={Link} to="/attendance/sites" mb="sm" display="inline-block" py={6}>
        {t('attendance.settings.back')}
      </Anchor>
      {membership && <SiteSettings orgId={membership.orgId} opportunityId={opportunityId} />}
    </RequireRoles>
  );
}
