import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMapSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { DirectoryActions } from './DirectoryActions';
import { DirectoryFilters } from './DirectoryFilters';
import { ServiceCard } from './ServiceCard';
import { filtersFromParams, filtersToParams, filtersToQuery, hasFilters } from './search-params';
import { useDirectoryAreas, useDirectorySearch } from './use-directory';

/**
 * The community resource directory (`/directory`): find a service to refer someone to, by
 * words, category, area, language and opening day. The search lives in the address.
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState(() => filtersFromParams(params));
  const [q] = useDebouncedValue(values.q.trim(), 300);
  const applied = { ...values, q };
  const appliedParams = filtersToParams(applied);
  const appliedKey = new URLSearchParams(appliedParams).toString();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address follows the applied search only
  useEffect(() => {
    if (appliedKey !== params.toString()) setParams(appliedParams, { replace: true });
  }, [appliedKey]);

  const areas = useDirectoryAreas(orgId);
  const list = useDirectorySearch(orgId, filtersToQuery(applied));
  const services = list.data?.pages.flatMap((page) => page.services) ?? [];

  return (
    <>
      <PageHeader
        title={t('directory.title')}
        description={t('directory.description')}
        actions={<DirectoryActions orgId={orgId} />}
      />
      <DirectoryFilters values={values} areas={areas.data ?? []} onChange={setValues} />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && (
        <Stack gap="md">
          <Text role="status" fw={700} data-testid="directory-result-count">
            {t('directory.search.results_caption', { count: services.length })}
          </Text>
          {services.length === 0 ? (
            <EmptyNotice
              title={t('directory.search.empty')}
              description={t('directory.search.empty_description')}
              icon={<IconMapSearch aria-hidden />}
            />
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('directory.title')}>
              {services.map((service) => (
                <ServiceCard key={service.id} service={service} headingOrder={2} showOrganization />
              ))}
            </Stack>
          )}
          {hasFilters(applied) && (
            <Button
              variant="subtle"
              onClick={() => setValues(filtersFromParams(new URLSearchParams()))}
              w="fit-content"
            >
              {t('directory.search.clear')}
            </Button>
          )}
          <LoadMoreButton
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </Stack>
      )}
    </>
  );
}
