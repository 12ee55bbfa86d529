import { Table } from '@mantine/core';
import type { TNetworkMemberOrganization } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';

export function NetworkMembersTable({ members }: { members: TNetworkMemberOrganization[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable caption={t('network.table_caption', { count: members.length })} data-testid="network-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('network.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('network.columns.kind')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('network.columns.member_count')}
          </Table.Th>
          <Table.Th scope="col">{t('network.columns.joined')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => (
          <Table.Tr key={member.id} data-testid="network-row">
            <Table.Td fw={500}>{member.name}</Table.Td>
            <Table.Td>{t(`common.organization_kinds.${member.kind}`)}</Table.Td>
            <Table.Td ta="end">{format.number(member.memberCount)}</Table.Td>
            <Table.Td>{format.date(member.joinedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
