import { Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconList, IconMap, IconSearchOff } from '@tabler/icons-react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { CatalogueCard } from './CatalogueCard';
import { CatalogueFilterBar } from './CatalogueFilterBar';
import { type CatalogueFilters, filtersFromParams, filtersToParams, toCatalogueQuery } from './catalogue-filters';
import { NearMe } from './NearMe';
import { useCatalogueSearch } from './use-catalogue';
import { useGeolocation } from './use-geolocation';

type TView = 'list' | 'map';

// The map and its styles load only when someone opens it.
const CatalogueMap = lazy(() => import('./CatalogueMap').then((module) => ({ default: module.CatalogueMap })));

/**
 * The public catalogue (`/catalogue`): activities with coming dates that anyone may join, searched
 * by words, field, district, dates and distance. Filters live in the address, so a link can carry them.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [text, setText] = useState({ q: filters.q, area: filters.area });
  const [debounced] = useDebouncedValue(text, 400);
  const geo = useGeolocation();
  const [radiusKm, setRadiusKm] = useState(5);
  const [view, setView] = useState<TView>('list');
  const point = geo.status.state === 'found' ? { lat: geo.status.lat, lng: geo.status.lng, radiusKm } : null;

  // Text filters search once typing pauses; the other filters at once.
  const query = toCatalogueQuery({ ...filters, ...debounced }, point);
  const search = useCatalogueSearch(query);
  const entries = search.data?.pages.flatMap((page) => page.entries) ?? [];
  const total = search.data?.pages[0]?.total ?? 0;

  const change = (next: CatalogueFilters) => {
    setText({ q: next.q, area: next.area });
    setParams(filtersToParams(next), { replace: true });
  };

  return (
    <>
      <PageHeader title={t('opportunities.catalogue.title')} description={t('opportunities.catalogue.intro')} />
      <Stack gap="xl">
        <CatalogueFilterBar values={{ ...filters, ...text }} onChange={change} />
        <NearMe
          status={geo.status}
          radiusKm={radiusKm}
          onLocate={geo.locate}
          onForget={geo.forget}
          onRadiusChange={setRadiusKm}
        />
        <Group gap="xs" role="group" aria-label={t('opportunities.catalogue.view')}>
          <Button
            size="md"
            variant={view === 'list' ? 'filled' : 'default'}
            aria-pressed={view === 'list'}
            leftSection={<IconList size={18} aria-hidden />}
            onClick={() => setView('list')}
            data-testid="view-list"
          >
            {t('opportunities.catalogue.view_list')}
          </Button>
          <Button
            size="md"
            variant={view === 'map' ? 'filled' : 'default'}
            aria-pressed={view === 'map'}
            leftSection={<IconMap size={18} aria-hidden />}
            onClick={() => setView('map')}
            data-testid="view-map"
          >
            {t('opportunities.catalogue.view_map')}
          </Button>
        </Group>
        <section aria-label={t('opportunities.catalogue.results')}>
          <Text role="status" fw={500} mb="md" data-testid="catalogue-total">
            {search.isSuccess ? t('opportunities.catalogue.total', { count: total }) : ''}
          </Text>
          {search.isPending && <LoadingState />}
          {search.isError && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
          {search.isSuccess &&
            (entries.length === 0 ? (
              <EmptyNotice
                title={t('opportunities.catalogue.empty')}
                description={t('opportunities.catalogue.empty_body')}
                icon={<IconSearchOff aria-hidden />}
              />
            ) : view === 'map' ? (
              <Suspense fallback={<LoadingState />}>
                <CatalogueMap entries={entries} origin={point} />
              </Suspense>
            ) : (
              <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
                {entries.map((entry) => (
                  <CatalogueCard key={entry.id} entry={entry} />
                ))}
              </Stack>
            ))}
          <LoadMoreButton
            hasMore={search.hasNextPage}
            loading={search.isFetchingNextPage}
            onLoadMore={() => void search.fetchNextPage()}
          />
        </section>
      </Stack>
    </>
  );
}
