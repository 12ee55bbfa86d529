import { Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { COORDINATOR_ROLES } from '@musubi/shared';
import { IconCopy, IconFileImport, IconPhoneCall, IconUserHeart, IconUserPlus } from '@tabler/icons-react';
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
import { ExportMenu } from './ExportMenu';
import { useSkills, useVolunteerList } from './use-volunteers';
import { VolunteerFilters, type VolunteerFilterValues } from './VolunteerFilters';
import { VolunteersTable } from './VolunteersTable';

const NO_FILTERS: VolunteerFilterValues = { search: '', status: '', skillId: '', insured: '' };

/** The volunteer records of the active organization: find, call and register people. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const skills = useSkills(orgId);
  const list = useVolunteerList(orgId, {
    q: search || undefined,
    status: filters.status || undefined,
    skillId: filters.skillId || undefined,
    insured: filters.insured || undefined,
  });
  const volunteers = list.data?.pages.flatMap((page) => page.volunteers) ?? [];

  const actions = (
    <>
      <Button
        component={Link}
        to="/volunteers/new"
        leftSection={<IconUserPlus size={18} aria-hidden />}
        data-testid="register-volunteer"
      >
        {t('volunteers.register')}
      </Button>
      {coordinates && (
        <Button
          component={Link}
          to="/volunteers/import"
          variant="default"
          leftSection={<IconFileImport size={18} aria-hidden />}
          data-testid="import-volunteers"
        >
          {t('volunteers.import')}
        </Button>
      )}
      <ExportMenu orgId={orgId} />
      <Button
        component={Link}
        to="/volunteers/lapsed"
        variant="default"
        leftSection={<IconPhoneCall size={18} aria-hidden />}
        data-testid="lapsed-volunteers"
      >
        {t('volunteers.lapsed.title')}
      </Button>
      {coordinates && (
        <Button
          component={Link}
          to="/volunteers/duplicates"
          variant="default"
          leftSection={<IconCopy size={18} aria-hidden />}
          data-testid="volunteer-duplicates"
        >
          {t('volunteers.duplicates')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader title={t('volunteers.title')} description={t('volunteers.description')} actions={actions} />
      <VolunteerFilters values={filters} skills={skills.data ?? []} onChange={setFilters} />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess &&
        (volunteers.length === 0 ? (
          <EmptyNotice title={t('volunteers.empty')} icon={<IconUserHeart aria-hidden />} />
        ) : (
          <>
            <VolunteersTable volunteers={volunteers} />
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
