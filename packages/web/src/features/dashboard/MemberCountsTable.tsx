import { Table } from '@mantine/core';
import type { TDashboardResponse } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';

type MemberCounts = TDashboardResponse['memberCounts'];

/** How many people hold each role in the organization. */
export function MemberCountsTable({ counts }: { counts: MemberCounts }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      caption={t('dashboard.member_counts_caption')}
      minWidth={280}
      maw={480}
      striped
      withTableBorder
      data-testid="member-counts"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.role')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('dashboard.people')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.map(({ role, count }) => (
          <Table.Tr key={role}>
            <Table.Th scope="row" fw={400}>
              {t(`common.roles.${role}`)}
            </Table.Th>
            <Table.Td ta="end">{format.number(count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
