import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { TVolunteerSummary } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';
import { InsuredBadge, VolunteerStatusBadge } from './VolunteerBadges';

export function VolunteersTable({ volunteers }: { volunteers: TVolunteerSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      caption={t('volunteers.table_caption', { count: volunteers.length })}
      minWidth={960}
      data-testid="volunteers-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('volunteers.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.contact')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.registered_via')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.insurance')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.registered_on')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {volunteers.map((volunteer) => (
          <Table.Tr key={volunteer.id} data-testid="volunteer-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to={`/volunteers/${volunteer.id}`} fw={500}>
                {volunteer.name}
              </Anchor>
              {volunteer.nameReading && <Text c="dimmed">{volunteer.nameReading}</Text>}
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <Stack gap={0}>
                {volunteer.phone && <Text>{volunteer.phone}</Text>}
                {volunteer.email && <Text>{volunteer.email}</Text>}
              </Stack>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <VolunteerStatusBadge status={volunteer.status} />
            </Table.Td>
            <Table.Td>{t(`participation.registered_via_${volunteer.registeredVia}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <InsuredBadge insured={volunteer.insuredToday} />
            </Table.Td>
            <Table.Td>{format.date(volunteer.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
