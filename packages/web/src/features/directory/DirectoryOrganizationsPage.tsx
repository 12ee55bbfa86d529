import { Anchor, Button, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { DirectoryActions } from './DirectoryActions';
import { DirectoryReaders } from './DirectoryReaders';
import { directoryPaths } from './paths';
import { useDirectoryOrganizations } from './use-directory';

/** Every organization of the directory, by name (`/directory/organizations`). */
export function DirectoryOrganizationsPage() {
  return <DirectoryReaders>{(orgId) => <DirectoryOrganizations orgId={orgId} />}</DirectoryReaders>;
}

function DirectoryOrganizations({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useDirectoryOrganizations(orgId, q);
  const organizations = list.data?.pages.flatMap((page) => page.organizations) ?? [];
  return (
    <>
      <PageHeader
        title={t('directory.organizations_title')}
        actions={
          <>
            <Button component={Link} to={directoryPaths.search} variant="default">
              {t('directory.back_to_directory')}
            </Button>
            <DirectoryActions orgId={orgId} />
          </>
        }
      />
      <TextInput
        type="search"
        label={t('directory.search.words')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={{ base: '100%', sm: 320 }}
        mb="md"
      />
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess &&
        (organizations.length === 0 ? (
          <EmptyNotice title={t('directory.organization.empty')} icon={<IconBuildingCommunity aria-hidden />} />
        ) : (
          <>
            <DataTable
              caption={t('directory.organization.list_caption', { count: organizations.length })}
              minWidth={640}
              data-testid="directory-organizations-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('directory.form.name')}</Table.Th>
                  <Table.Th scope="col">{t('directory.form.kind')}</Table.Th>
                  <Table.Th scope="col">{t('directory.organization.contact')}</Table.Th>
                  <Table.Th scope="col">{t('directory.organization.services')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((organization) => (
                  <Table.Tr key={organization.id} data-testid="directory-organization-row">
                    <Table.Td>
                      <Anchor component={Link} to={directoryPaths.organization(organization.id)} fw={500}>
                        {organization.name}
                      </Anchor>
                      {organization.alternateName && <Text c="dimmed">{organization.alternateName}</Text>}
                    </Table.Td>
                    <Table.Td>{t(`directory.kinds.${organization.kind}`)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {organization.phone ?? organization.email ?? ''}
                    </Table.Td>
                    <Table.Td>
                      {t('directory.organization.counts', {
                        services: organization.serviceCount,
                        locations: organization.locationCount,
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
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
