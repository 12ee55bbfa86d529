import { Alert, Anchor, Button, FileInput, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { TDirectoryImportResponse, TDirectoryImportRow } from '@musubi/shared';
import { IconCircleCheck, IconInfoCircle, IconJson } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { translateKey } from '../../app/messages';
import { DataTable } from '../../ui/DataTable';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { StatusBadge } from '../../ui/StatusBadge';
import { DirectoryManagers } from './DirectoryReaders';
import { directoryPaths } from './paths';
import { useImportDirectory } from './use-directory';

const ACTION_COLORS: Record<TDirectoryImportRow['action'], string> = { create: 'green', update: 'blue', reject: 'red' };

/** Importing an Open Referral HSDS 3.0 file (`/directory/import`): a preview first, written on confirmation. */
export function DirectoryImportPage() {
  return <DirectoryManagers>{(orgId) => <DirectoryImport orgId={orgId} />}</DirectoryManagers>;
}

function DirectoryImport({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<unknown>(null);
  const [unreadable, setUnreadable] = useState(false);
  const preview = useImportDirectory(orgId);
  const commit = useImportDirectory(orgId);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setContent(null);
    setUnreadable(false);
    preview.reset();
    commit.reset();
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setUnreadable(true);
      return;
    }
    setUnreadable(false);
    setContent(parsed);
    preview.mutate({ file: parsed, dryRun: true });
  };

  return (
    <>
      <PageHeader
        title={t('directory.import.title')}
        description={t('directory.import.description')}
        actions={
          <Button component={Link} to={directoryPaths.search} variant="default">
            {t('directory.back_to_directory')}
          </Button>
        }
      />
      <Stack gap="lg" maw={960}>
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('directory.import.how')}
        </Alert>
        <form onSubmit={(event) => void check(event)} noValidate data-testid="directory-import-form">
          <Stack gap="sm">
            <FileInput
              label={t('directory.import.file')}
              placeholder={t('directory.import.file_placeholder')}
              accept=".json,application/json"
              clearable
              clearButtonProps={{ 'aria-label': t('directory.import.file_clear') }}
              // The theme's placeholder gray is below 4.5:1 on a button's text (axe checks it as text).
              styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
              leftSection={<IconJson size={18} aria-hidden />}
              value={file}
              onChange={chooseFile}
              error={unreadable ? t('directory.import.unreadable') : undefined}
              maw={480}
              data-testid="directory-import-file"
            />
            <FormError error={preview.error} />
            <Group>
              <Button type="submit" loading={preview.isPending} disabled={!file} data-testid="directory-import-check">
                {t('directory.import.check')}
              </Button>
            </Group>
          </Stack>
        </form>
        {commit.data ? (
          <ImportDone result={commit.data} onAnother={() => chooseFile(null)} />
        ) : (
          preview.data &&
          content !== null && (
            <Stack data-testid="directory-import-preview">
              <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('directory.import.preview_title')}>
                {t('directory.import.preview_body')}
              </Alert>
              <ImportCounts result={preview.data} />
              <ImportRows
                rows={preview.data.rows}
                caption={t('directory.import.rows_caption', { count: preview.data.rows.length })}
              />
              {preview.data.counts.create + preview.data.counts.update === 0 && (
                <Text fw={500}>{t('directory.import.nothing_to_write')}</Text>
              )}
              <FormError error={commit.error} />
              <Group>
                <Button
                  onClick={() => commit.mutate({ file: content, dryRun: false })}
                  loading={commit.isPending}
                  disabled={preview.data.counts.create + preview.data.counts.update === 0}
                  data-testid="directory-import-commit"
                >
                  {t('directory.import.commit', { count: preview.data.counts.create + preview.data.counts.update })}
                </Button>
              </Group>
            </Stack>
          )
        )}
      </Stack>
    </>
  );
}

function ImportCounts({ result }: { result: TDirectoryImportResponse }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0} data-testid="directory-import-counts">
      {(['create', 'update', 'reject'] as const).map((action) => (
        <Stack key={action} gap={0}>
          <Text component="dt" fw={700}>
            {t(`directory.import.counts.${action}`)}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {t('directory.import.count', { count: result.counts[action] })}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

/** Stable keys for the rows: a file may repeat an id, so repeats are numbered. */
function keyedRows(rows: TDirectoryImportRow[]) {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = `${row.kind}:${row.hsdsId}:${row.name}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: `${base}:${count}`, row };
  });
}

function ImportRows({ rows, caption }: { rows: TDirectoryImportRow[]; caption: string }) {
  const { t } = useTranslation();
  const issueText = (issue: TDirectoryImportRow['issues'][number]) => {
    const message = translateKey(issue.messageKey, issue.params ?? {}) ?? issue.messageKey;
    return issue.field ? t('directory.import.issue', { field: issue.field, message }) : message;
  };
  return (
    <DataTable caption={caption} minWidth={720} data-testid="directory-import-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('directory.import.columns.kind')}</Table.Th>
          <Table.Th scope="col">{t('directory.import.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('directory.import.columns.action')}</Table.Th>
          <Table.Th scope="col">{t('directory.import.columns.issues')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keyedRows(rows).map(({ key, row }) => (
          <Table.Tr key={key} data-testid="directory-import-row">
            <Table.Td>{t(`directory.import.kinds.${row.kind}`)}</Table.Td>
            <Table.Td>
              {row.kind === 'organization' && row.id ? (
                <Anchor component={Link} to={directoryPaths.organization(row.id)}>
                  {row.name ?? t('directory.import.unnamed')}
                </Anchor>
              ) : (
                (row.name ?? t('directory.import.unnamed'))
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <StatusBadge color={ACTION_COLORS[row.action]}>{t(`directory.import.actions.${row.action}`)}</StatusBadge>
            </Table.Td>
            <Table.Td>
              {row.issues.length > 0 && (
                <List size="md" spacing={2}>
                  {row.issues.map((issue) => (
                    <List.Item key={`${issue.field}-${issue.messageKey}`}>{issueText(issue)}</List.Item>
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

function ImportDone({ result, onAnother }: { result: TDirectoryImportResponse; onAnother: () => void }) {
  const { t } = useTranslation();
  const rejected = result.rows.filter((row) => row.action === 'reject');
  return (
    <Stack data-testid="directory-import-result">
      <Alert
        color="green"
        icon={<IconCircleCheck aria-hidden />}
        title={t('directory.import.done_title')}
        role="status"
        // Green on light green is below 4.5:1: the title keeps the page's text color.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text>
          {t('directory.import.done_body', {
            created: result.counts.create,
            updated: result.counts.update,
            rejected: result.counts.reject,
          })}
        </Text>
      </Alert>
      {rejected.length > 0 && (
        <ImportRows rows={rejected} caption={t('directory.import.rejected_caption', { count: rejected.length })} />
      )}
      <Group>
        <Button component={Link} to={directoryPaths.search}>
          {t('directory.back_to_directory')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('directory.import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
