import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { serviceKindOfLine, type TLedgerStatement, type TLedgerStatementLine } from '@musubi/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { useCalendarDate } from '../../ui/format';
import { formatMinutes, ownerKindKey } from './ledger-display';

interface StatementTableProps {
  statement: TLedgerStatement;
  /** An action per line (the coordinator's reverse button); none on the member's passbook. */
  lineAction?: (line: TLedgerStatementLine) => ReactNode;
}

/** A statement: opening balance, one row per transfer with its running balance, closing balance. */
export function StatementTable({ statement, lineAction }: StatementTableProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const noteOf = (line: TLedgerStatementLine) => {
    const serviceKind = serviceKindOfLine(line);
    return serviceKind ? t(`participation.category_${serviceKind}`) : (line.reason ?? line.memo);
  };
  return (
    <Stack gap="sm" data-print="statement">
      <Group gap="xl">
        <Text>
          {t('ledger.statement.opening')}: <strong>{formatMinutes(statement.openingBalance)}</strong>
        </Text>
        <Text data-testid="statement-closing">
          {t('ledger.statement.closing')}: <strong>{formatMinutes(statement.closingBalance)}</strong>
        </Text>
      </Group>
      {statement.lines.length === 0 ? (
        <EmptyNotice title={t('ledger.statement.empty')} />
      ) : (
        <DataTable caption={t('ledger.statement.caption', { count: statement.lines.length })} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ledger.statement.date')}</Table.Th>
              <Table.Th scope="col">{t('ledger.statement.kind')}</Table.Th>
              <Table.Th scope="col">{t('ledger.statement.counterparty')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('ledger.statement.amount')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('ledger.statement.balance')}
              </Table.Th>
              {lineAction && (
                <Table.Th scope="col" data-print="hide">
                  {t('ledger.statement.actions')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.lines.map((line) => (
              <Table.Tr key={line.transferId} data-testid="statement-line">
                <Table.Td>{calendarDate(line.valueDate)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <span>{t(`ledger.transfer_kind_${line.kind}`)}</span>
                    {line.reversed && (
                      <Badge color="gray" variant="light">
                        {t('ledger.statement.reversed')}
                      </Badge>
                    )}
                  </Group>
                  {(line.memo || line.reason) && <Text c="dimmed">{noteOf(line)}</Text>}
                </Table.Td>
                <Table.Td>
                  {line.counterparties.map((c) => c.holderName ?? t(ownerKindKey(c.ownerKind))).join('、')}
                </Table.Td>
                <Table.Td ta="end" ff="monospace" c={line.amount < 0 ? 'red.9' : undefined}>
                  {formatMinutes(line.amount)}
                </Table.Td>
                <Table.Td ta="end" ff="monospace">
                  {formatMinutes(line.runningBalance)}
                </Table.Td>
                {lineAction && <Table.Td data-print="hide">{lineAction(line)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </Stack>
  );
}
