import { ActionIcon, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { TMember, TRole } from '@musubi/shared';
import { IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { MemberRoleSelect } from './MemberRoleSelect';

interface MembersTableProps {
  orgId: string;
  members: TMember[];
  /** Roles the viewer may give and take away; empty for people who only look. */
  grantable: readonly TRole[];
  onRemove: (member: TMember) => void;
}

export function MembersTable({ orgId, members, grantable, onRemove }: MembersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const manages = grantable.length > 0;
  return (
    <DataTable
      caption={t('people.table_caption', { count: members.length })}
      minWidth={900}
      data-testid="members-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('people.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('people.columns.contact')}</Table.Th>
          <Table.Th scope="col">{t('people.columns.role')}</Table.Th>
          <Table.Th scope="col">{t('people.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('people.columns.joined')}</Table.Th>
          {manages && <Table.Th scope="col">{t('people.columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => {
          const manageable = grantable.includes(member.role);
          return (
            <Table.Tr key={member.accountId} data-testid="member-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text fw={500}>{member.name}</Text>
                {member.nameReading && <Text c="dimmed">{member.nameReading}</Text>}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Stack gap={0}>
                  {member.email && <Text>{member.email}</Text>}
                  {member.phone && <Text>{member.phone}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td miw={180}>
                {manageable ? (
                  <MemberRoleSelect orgId={orgId} member={member} roles={grantable} />
                ) : (
                  t(`common.roles.${member.role}`)
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge color={member.status === 'active' ? 'green' : 'yellow'}>
                  {t(`people.status.${member.status}`)}
                </StatusBadge>
              </Table.Td>
              <Table.Td>{format.date(member.joinedAt)}</Table.Td>
              {manages && (
                <Table.Td>
                  {manageable && (
                    <Tooltip label={t('people.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('people.remove_named', { name: member.name })}
                        onClick={() => onRemove(member)}
                        data-testid={`remove-${member.accountId}`}
                      >
                        <IconUserMinus size={20} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </DataTable>
  );
}
