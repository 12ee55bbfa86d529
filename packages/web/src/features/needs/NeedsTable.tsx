import { Anchor, Table, Text } from '@mantine/core';
import type { TNeedSummary } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';
import { NeedStatusBadge, UrgencyBadge } from './NeedBadges';
import { needPath, recipientPath } from './paths';

interface NeedsTableProps {
  needs: TNeedSummary[];
  /** Leave out the recipient column (on a recipient's own page). */
  withoutRecipient?: boolean;
  caption?: string;
}

/** Needs, one per row: number, what, for whom, how urgent, at which stage. */
export function NeedsTable({ needs, withoutRecipient = false, caption }: NeedsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable
      caption={caption ?? t('needs.board.table_caption', { count: needs.length })}
      minWidth={withoutRecipient ? 760 : 960}
      data-testid="needs-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('needs.board.columns.number')}</Table.Th>
          <Table.Th scope="col">{t('needs.board.columns.need')}</Table.Th>
          {!withoutRecipient && <Table.Th scope="col">{t('needs.board.columns.recipient')}</Table.Th>}
          <Table.Th scope="col">{t('needs.field_urgency')}</Table.Th>
          <Table.Th scope="col">{t('needs.board.columns.stage')}</Table.Th>
          <Table.Th scope="col">{t('needs.board.columns.coordinator')}</Table.Th>
          <Table.Th scope="col">{t('needs.board.columns.received')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {needs.map((need) => (
          <Table.Tr key={need.id} data-testid="need-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{need.number}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={needPath(need.id)} fw={500}>
                {need.title}
              </Anchor>
              <Text c="dimmed">
                {t(`needs.kind_${need.kind}`)}
                {need.area ? t('needs.board.in_area', { area: need.area }) : ''}
              </Text>
            </Table.Td>
            {!withoutRecipient && (
              <Table.Td>
                {need.recipientId && need.recipientName ? (
                  <Anchor component={Link} to={recipientPath(need.recipientId)}>
                    {need.recipientName}
                  </Anchor>
                ) : (
                  (need.recipientName ?? t('needs.case.not_set'))
                )}
              </Table.Td>
            )}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <UrgencyBadge urgency={need.urgency} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <NeedStatusBadge status={need.status} />
              {need.closureReason && <Text size="sm">{t(`needs.closure_${need.closureReason}`)}</Text>}
            </Table.Td>
            <Table.Td>{need.coordinatorName ?? t('needs.case.not_set')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {format.date(need.createdAt)}
              <Text size="sm">{t(`needs.channel_${need.channel}`)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
