import { Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHeartHandshake, IconPhonePlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { MatchingSettingsCard } from '../matching/MatchingSettingsCard';
import { type BoardFilterValues, filtersFromSearch, filtersToSearch, toListFilters } from './board-filters';
import { FollowUpsDuePanel } from './FollowUpsDuePanel';
import { NeedFilters } from './NeedFilters';
import { NeedSettingsCard } from './NeedSettingsCard';
import { NeedsTable } from './NeedsTable';
import { newNeedPath, recipientsPath } from './paths';
import { StageBoard } from './StageBoard';
import { useNeedCounts, useNeedList } from './use-needs';

/**
 * The requests board (`/needs`): how many cases wait at each stage, the list by stage,
 * kind, urgency or text, the follow-up calls due, and the public request page.
 */
export function NeedsPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const counts = useNeedCounts(orgId);
  const list = useNeedList(orgId, toListFilters(filters, q));
  const needs = list.data?.pages.flatMap((page) => page.needs) ?? [];
  // The address keeps the filters, so coming back from a case finds the board as it was.
  const change = (patch: Partial<BoardFilterValues>) =>
    setSearch(filtersToSearch({ ...filters, ...patch }), { replace: true });

  const actions = (
    <>
      <Button
        component={Link}
        to={newNeedPath}
        size="lg"
        leftSection={<IconPhonePlus size={20} aria-hidden />}
        data-testid="new-need"
      >
        {t('needs.board.new')}
      </Button>
      <Button
        component={Link}
        to={recipientsPath}
        variant="default"
        leftSection={<IconUsersGroup size={18} aria-hidden />}
        data-testid="recipients-link"
      >
        {t('needs.recipients.title')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title={t('needs.board.title')} description={t('needs.board.description')} actions={actions} />
      <Stack gap="lg">
        <div>
          <StageBoard counts={counts.data} value={filters.stage} onChange={(stage) => change({ stage })} />
          <NeedFilters values={filters} onChange={change} />
          {list.isPending && <LoadingState />}
          {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
          {list.isSuccess &&
            (needs.length === 0 ? (
              <EmptyNotice title={t('needs.board.empty')} icon={<IconHeartHandshake aria-hidden />} />
            ) : (
              <>
                <NeedsTable needs={needs} />
                <LoadMoreButton
                  hasMore={list.hasNextPage}
                  loading={list.isFetchingNextPage}
                  onLoadMore={() => void list.fetchNextPage()}
                />
              </>
            ))}
        </div>
        <FollowUpsDuePanel orgId={orgId} />
        <NeedSettingsCard orgId={orgId} />
        <MatchingSettingsCard orgId={orgId} />
      </Stack>
    </>
  );
}
