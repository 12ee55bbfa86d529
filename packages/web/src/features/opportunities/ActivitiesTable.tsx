import { Anchor, Group, Table, Text } from '@mantine/core';
import type { TOpportunityListResponse } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { OpportunityBadges } from './OpportunityBadges';
import { activityPath } from './paths';
import { OpportunityStatusBadge } from './StatusBadges';

type TListedOpportunity = TOpportunityListResponse['opportunities'][number];

export function ActivitiesTable({ opportunities }: { opportunities: TListedOpportunity[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('opportunities.list.table_caption', { count: opportunities.length })}
      minWidth={860}
      data-testid="activities-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('opportunities.list.columns.title')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.list.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.list.columns.category')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.list.columns.visibility')}</Table.Th>
          <Table.Th scope="col">{t('opportunities.list.columns.upcoming')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {opportunities.map((opportunity) => (
          <Table.Tr key={opportunity.id} data-testid="activity-row">
            <Table.Td>
              <Anchor component={Link} to={activityPath(opportunity.id)} fw={500}>
                {opportunity.title}
              </Anchor>
              <Group gap={6} mt={4}>
                <OpportunityBadges opportunity={opportunity} />
              </Group>
              {opportunity.area && <Text c="dimmed">{opportunity.area}</Text>}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <OpportunityStatusBadge status={opportunity.status} />
            </Table.Td>
            <Table.Td>{t(`participation.category_${opportunity.category}`)}</Table.Td>
            <Table.Td>{t(`opportunities.visibility.${opportunity.visibility}`)}</Table.Td>
            <Table.Td>{t('opportunities.list.upcoming_count', { count: opportunity.upcomingShiftCount })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
