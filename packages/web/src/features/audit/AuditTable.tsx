import { Table, Text } from '@mantine/core';
import { AUDIT_ACTIONS, type TAuditEntry } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useFormatters } from '../../ui/format';
import { describeAuditSummary } from './audit-summary';

export function AuditTable({ entries }: { entries: TAuditEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable caption={t('audit.table_caption')} captionHidden minWidth={720} data-testid="audit-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
          <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id} data-testid="audit-row">
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
            </Table.Td>
            <Table.Td>{entry.actorName ?? t('audit.system_actor')}</Table.Td>
            <Table.Td>
              {AUDIT_ACTIONS.includes(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}
            </Table.Td>
            <Table.Td>
              {describeAuditSummary(entry.summary).map((line) => (
                <Text key={line} inherit>
                  {line}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
