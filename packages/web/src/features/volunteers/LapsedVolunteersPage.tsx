import { Anchor, Table, Text } from '@mantine/core';
import { STAFF_ROLES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { useLapsedVolunteers } from './use-volunteers';

/** Active volunteers who have not taken a shift for the lapse period: people to call and ask how they are. */
export function LapsedVolunteersPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <LapsedVolunteers />
    </RequireRoles>
  );
}

function LapsedVolunteers() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { orgId } = useActiveMembership()!;
  const lapsed = useLapsedVolunteers(orgId);
  return (
    <>
      <PageHeader title={t('volunteers.lapsed.title')} description={t('volunteers.lapsed.description')} />
      {lapsed.isPending && <LoadingState />}
      {lapsed.isError && <ErrorState error={lapsed.error} onRetry={() => void lapsed.refetch()} />}
      {lapsed.data &&
        (lapsed.data.volunteers.length === 0 ? (
          <EmptyNotice title={t('volunteers.lapsed.empty')} />
        ) : (
          <DataTable
            caption={t('volunteers.lapsed.caption', { count: lapsed.data.volunteers.length })}
            data-testid="lapsed-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('volunteers.lapsed.name')}</Table.Th>
                <Table.Th>{t('volunteers.lapsed.contact')}</Table.Th>
                <Table.Th>{t('volunteers.lapsed.last_activity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lapsed.data.volunteers.map((v) => (
                <Table.Tr key={v.volunteerId} data-testid="lapsed-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/volunteers/${v.volunteerId}`}>
                      {v.name}
                    </Anchor>
                    {v.nameReading && (
                      <Text size="sm" c="dimmed">
                        {v.nameReading}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {v.phone && <Anchor href={`tel:${v.phone}`}>{v.phone}</Anchor>}
                    {v.email && <Text size="sm">{v.email}</Text>}
                  </Table.Td>
                  <Table.Td>{v.lastActivityAt ? format.date(v.lastActivityAt) : t('volunteers.lapsed.never')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        ))}
    </>
  );
}
