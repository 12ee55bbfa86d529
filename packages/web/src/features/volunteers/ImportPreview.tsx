import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { TImportRow, TVolunteerImportResponse } from '@musubi/shared';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { translateKey } from '../../app/messages';
import { DataTable } from '../../ui/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';

const ACTION_COLORS: Record<TImportRow['action'], string> = { create: 'green', update: 'blue', reject: 'red' };

/** The numbers of rows to create, update and reject, as large figures. */
export function ImportCounts({ result }: { result: TVolunteerImportResponse }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0} data-testid="import-counts">
      {(['create', 'update', 'reject'] as const).map((action) => (
        <Stack key={action} gap={0}>
          <Text component="dt" fw={700}>
            {t(`volunteers.import_count_labels.${action}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {t('volunteers.import_count', { count: result.counts[action] })}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** An issue of a row in the interface language, prefixed by its column. */
function useIssueText() {
  const { t } = useTranslation();
  return (issue: TImportRow['issues'][number]) => {
    const message = translateKey(issue.messageKey) ?? issue.messageKey;
    if (!issue.column) return message;
    const column = translateKey(`participation.csv_${issue.column}`) ?? issue.column;
    return t('volunteers.import_issue', { column, message });
  };
}

interface ImportRowsTableProps {
  rows: TImportRow[];
  /** Names the table; by default "the rows of the file". */
  caption?: string;
}

export function ImportRowsTable({ rows, caption }: ImportRowsTableProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <DataTable
      caption={caption ?? t('volunteers.import_rows_caption', { count: rows.length })}
      minWidth={720}
      data-testid="import-preview-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('volunteers.columns.line')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.import_action')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('volunteers.columns.issues')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.line} data-testid="import-row">
            <Table.Td>{row.line}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <StatusBadge color={ACTION_COLORS[row.action]}>
                {t(`volunteers.import_actions.${row.action}`)}
              </StatusBadge>
            </Table.Td>
            <Table.Td>
              {row.volunteerId ? (
                <Anchor component={Link} to={`/volunteers/${row.volunteerId}`}>
                  {row.name ?? t('volunteers.not_set')}
                </Anchor>
              ) : (
                (row.name ?? t('volunteers.not_set'))
              )}
            </Table.Td>
            <Table.Td>
              {row.issues.length > 0 && (
                <List size="md" spacing={2}>
                  {row.issues.map((issue) => (
                    <List.Item key={`${issue.column}-${issue.messageKey}`}>{issueText(issue)}</List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}

interface ImportPreviewProps {
  preview: TVolunteerImportResponse;
  committing: boolean;
  onCommit: () => void;
}

/** The dry run's outcome: nothing is written until the coordinator confirms. */
export function ImportPreview({ preview, committing, onCommit }: ImportPreviewProps) {
  const { t } = useTranslation();
  const writes = preview.counts.create + preview.counts.update;
  return (
    <Stack data-testid="import-preview">
      <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('volunteers.import_preview_title')}>
        {t('volunteers.import_preview_body')}
      </Alert>
      <Text>
        {t('volunteers.import_detected_encoding', { encoding: t(`volunteers.encodings.${preview.encoding}`) })}
      </Text>
      <ImportCounts result={preview} />
      <ImportRowsTable rows={preview.rows} />
      {writes === 0 && <Text fw={500}>{t('volunteers.import_nothing_to_write')}</Text>}
      <Group>
        <Button onClick={onCommit} loading={committing} disabled={writes === 0} data-testid="import-commit">
          {t('volunteers.import_commit', { count: writes })}
        </Button>
      </Group>
    </Stack>
  );
}
