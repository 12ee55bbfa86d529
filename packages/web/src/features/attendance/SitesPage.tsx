import { Button, Group, Table } from '@mantine/core';
import { STAFF_ROLES } from '@musubi/shared';
import { IconAdjustments, IconCalendarOff, IconDeviceDesktop, IconMapPin, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { useSites } from './use-attendance';

function SiteList({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const sites = useSites(orgId);
  if (sites.isPending) return <LoadingState />;
  if (sites.isError) return <ErrorState error={sites.error} onRetry={() => void sites.refetch()} />;
  if (sites.data.sites.length === 0) {
    return <EmptyNotice title={t('attendance.sites.empty')} icon={<IconCalendarOff aria-hidden />} />;
  }
  return (
    <DataTable caption={t('attendance.sites.caption')} data-testid="sites-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('attendance.field_activity')}</Table.Th>
          <Table.Th scope="col">{t('attendance.sites.geofence')}</Table.Th>
          <Table.Th scope="col">{t('attendance.sites.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sites.data.sites.map((site) => (
          <Table.Tr key={site.opportunityId} data-testid="site-row">
            <Table.Td>{site.opportunityTitle}</Table.Td>
            <Table.Td>
              {site.geofenceRadiusM === null
                ? t('attendance.sites.no_geofence')
                : t('attendance.sites.radius', { meters: site.geofenceRadiusM })}
            </Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Button
                  component={Link}
                  to={`/attendance/sites/${site.opportunityId}/screen`}
                  size="sm"
                  leftSection={<IconDeviceDesktop size={16} aria-hidden />}
                  aria-label={t('attendance.sites.open_screen_for', { title: site.opportunityTitle })}
                  data-testid="open-screen"
                >
                  {t('attendance.sites.open_screen')}
                </Button>
                <Button
                  component={Link}
                  to={`/attendance/sites/${site.opportunityId}/poster`}
                  size="sm"
                  variant="default"
                  leftSection={<IconPrinter size={16} aria-hidden />}
                  aria-label={t('attendance.sites.open_poster_for', { title: site.opportunityTitle })}
                  data-testid="open-poster"
                >
                  {t('attendance.sites.open_poster')}
                </Button>
                <Button
                  component={Link}
                  to={`/attendance/sites/${site.opportunityId}/settings`}
                  size="sm"
                  variant="default"
                  leftSection={<IconMapPin size={16} aria-hidden />}
                  aria-label={t('attendance.settings.site_open_for', { title: site.opportunityTitle })}
                  data-testid="open-site-settings"
                >
                  {t('attendance.settings.site_open')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

/** `/attendance/sites`: each activity as a check-in site, with its rotating screen and printable poster. */
export function SitesPage() {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <PageHeader
        title={t('attendance.sites.title')}
        description={t('attendance.sites.intro')}
        actions={
          <Button
            component={Link}
            to="/attendance/settings"
            variant="default"
            leftSection={<IconAdjustments size={18} aria-hidden />}
            data-testid="open-attendance-settings"
          >
            {t('attendance.settings.title')}
          </Button>
        }
      />
      {membership && <SiteList orgId={membership.orgId} />}
    </RequireRoles>
  );
}
