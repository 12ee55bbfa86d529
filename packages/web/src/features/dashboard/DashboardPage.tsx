import { SimpleGrid, Stack, Text } from '@mantine/core';
import { STAFF_ROLES, type TSessionMembership } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership, useCurrentSession } from '../auth/use-session';
import { formatFiscalYearDay } from './fiscal-year';
import { MemberCountsTable } from './MemberCountsTable';
import { StatCard } from './StatCard';
import { useDashboard } from './use-dashboard';

/** Home: the organization at a glance for staff; a welcome for everyone else. */
export function DashboardPage() {
  const membership = useActiveMembership()!;
  return STAFF_ROLES.includes(membership.role) ? <StaffDashboard membership={membership} /> : <Welcome />;
}

function Welcome() {
  const { t } = useTranslation();
  const { account } = useCurrentSession();
  return (
    <>
      <PageHeader title={t('dashboard.welcome_title', { name: account?.name ?? '' })} />
      <Text>{t('dashboard.welcome_body')}</Text>
    </>
  );
}

function StaffDashboard({ membership }: { membership: TSessionMembership }) {
  const { t, i18n } = useTranslation();
  const dashboard = useDashboard(membership.orgId);
  const data = dashboard.data;
  const total = data?.memberCounts.reduce((sum, entry) => sum + entry.count, 0) ?? 0;

  return (
    <>
      <PageHeader title={t('dashboard.title')} description={data?.organization.name} />
      {dashboard.isPending && <LoadingState />}
      {dashboard.isError && <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {data && (
        <Stack gap="xl">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <StatCard
              label={t('dashboard.current_fiscal_year')}
              value={t('dashboard.fiscal_year_label', { year: String(data.currentFiscalYear.label) })}
              hint={t('dashboard.fiscal_year_range', {
                start: formatFiscalYearDay(data.currentFiscalYear.start, i18n.language),
                end: formatFiscalYearDay(data.currentFiscalYear.end, i18n.language),
              })}
              testId="fiscal-year"
            />
            <StatCard
              label={t('dashboard.total_members')}
              value={t('dashboard.people_count', { count: total })}
              testId="total-members"
            />
            {data.networkMemberCount !== null && (
              <StatCard
                label={t('dashboard.network_members')}
                value={t('dashboard.organization_count', { count: data.networkMemberCount })}
                testId="network-member-count"
              />
            )}
          </SimpleGrid>
          <MemberCountsTable counts={data.memberCounts} />
        </Stack>
      )}
    </>
  );
}
