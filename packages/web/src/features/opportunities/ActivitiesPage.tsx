import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { OPPORTUNITY_STATUSES, type TOpportunityStatus } from '@musubi/shared';
import { IconCalendarPlus, IconListSearch, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasRole } from '../../app/shell/RequireRoles';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { ActivitiesTable } from './ActivitiesTable';
import { ACTIVITY_MANAGER_ROLES } from './activity-roles';
import { useOpportunityList } from './use-opportunities';

/** The organization's activities (`/activities`): their state and coming shifts, and posting a new one. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const manages = useHasRole(ACTIVITY_MANAGER_ROLES);
  const [status, setStatus] = useState<TOpportunityStatus | ''>('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useOpportunityList(orgId, { status: status || undefined, q: q || undefined });
  const opportunities = list.data?.pages.flatMap((page) => page.opportunities) ?? [];

  const newButton = manages && (
    <Button
      component={Link}
      to="/activities/new"
      leftSection={<IconCalendarPlus size={18} aria-hidden />}
      data-testid="new-activity"
    >
      {t('opportunities.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('opportunities.list.title')}
        description={t('opportunities.list.description')}
        actions={newButton}
      />
      <Group mb="md" align="flex-end" role="search" aria-label={t('opportunities.list.filters')}>
        <TextInput
          type="search"
          label={t('opportunities.list.search')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="activity-search"
          w={{ base: '100%', sm: 300 }}
        />
        <NativeSelect
          label={t('opportunities.list.status_filter')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as TOpportunityStatus | '')}
          data={[
            { value: '', label: t('opportunities.list.all_statuses') },
            ...OPPORTUNITY_STATUSES.map((value) => ({ value, label: t(`opportunities.status.${value}`) })),
          ]}
          data-testid="activity-status-filter"
          w={{ base: '100%', sm: 200 }}
        />
      </Group>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess &&
        (opportunities.length === 0 ? (
          <EmptyNotice
            title={t('opportunities.list.empty')}
            description={manages ? t('opportunities.list.empty_body') : undefined}
            icon={<IconListSearch aria-hidden />}
          />
        ) : (
          <>
            <ActivitiesTable opportunities={opportunities} />
            <LoadMoreButton
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </>
        ))}
    </>
  );
}
