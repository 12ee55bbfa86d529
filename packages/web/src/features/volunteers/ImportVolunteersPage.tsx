import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { COORDINATOR_ROLES, type TVolunteerImportResponse } from '@musubi/shared';
import { IconCircleCheck, IconFileTypeCsv } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { ImportInstructions } from './ImportInstructions';
import { ImportCounts, ImportPreview, ImportRowsTable } from './ImportPreview';
import { useImportVolunteers } from './use-volunteers';

/** Bulk registration from a roster: preview first, write on confirmation. */
export function ImportVolunteersPage() {
  return (
    <RequireRoles roles={COORDINATOR_ROLES}>
      <ImportVolunteers />
    </RequireRoles>
  );
}

function ImportVolunteers() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const [file, setFile] = useState<File | null>(null);
  const preview = useImportVolunteers(orgId);
  const commit = useImportVolunteers(orgId);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    preview.reset();
    commit.reset();
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (file) preview.mutate({ file, commit: false });
  };

  return (
    <>
      <PageHeader
        title={t('volunteers.import_title')}
        description={t('volunteers.import_description')}
        actions={
          <Button component={Link} to="/volunteers" variant="default">
            {t('volunteers.back_to_list')}
          </Button>
        }
      />
      <Stack gap="lg" maw={960}>
        <ImportInstructions />
        <form onSubmit={check} noValidate data-testid="import-form">
          <Stack gap="sm">
            <FileInput
              label={t('volunteers.import_file')}
              description={t('volunteers.import_file_description')}
              placeholder={t('volunteers.import_file_placeholder')}
              accept=".csv,text/csv"
              clearable
              clearButtonProps={{ 'aria-label': t('volunteers.import_file_clear') }}
              // The theme's placeholder gray is below 4.5:1 on a button's text (axe checks it as text).
              styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
              leftSection={<IconFileTypeCsv size={18} aria-hidden />}
              value={file}
              onChange={chooseFile}
              maw={480}
              data-testid="import-file"
            />
            <FormError error={preview.error} />
            <Group>
              <Button type="submit" loading={preview.isPending} disabled={!file} data-testid="import-check">
                {t('volunteers.import_check')}
              </Button>
            </Group>
          </Stack>
        </form>
        {commit.data ? (
          <ImportResult result={commit.data} onAnother={() => chooseFile(null)} />
        ) : (
          preview.data &&
          file && (
            <>
              <ImportPreview
                preview={preview.data}
                committing={commit.isPending}
                onCommit={() => commit.mutate({ file, commit: true })}
              />
              <FormError error={commit.error} />
            </>
          )
        )}
      </Stack>
    </>
  );
}

/** What the import wrote, and the rows it left out. */
function ImportResult({ result, onAnother }: { result: TVolunteerImportResponse; onAnother: () => void }) {
  const { t } = useTranslation();
  const rejected = result.rows.filter((row) => row.action === 'reject');
  return (
    <Stack data-testid="import-result">
      <Alert
        color="green"
        icon={<IconCircleCheck aria-hidden />}
        title={t('volunteers.import_done_title')}
        role="status"
        // Green on light green is below 4.5:1: the title keeps the page's text color.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text>
          {t('volunteers.import_done_body', {
            created: result.counts.create,
            updated: result.counts.update,
            rejected: result.counts.reject,
          })}
        </Text>
      </Alert>
      <ImportCounts result={result} />
      {rejected.length > 0 && (
        <ImportRowsTable
          rows={rejected}
          caption={t('volunteers.import_rejected_caption', { count: rejected.length })}
        />
      )}
      <Group>
        <Button component={Link} to="/volunteers" data-testid="import-back">
          {t('volunteers.back_to_list')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('volunteers.import_another')}
        </Button>
      </Group>
    </Stack>
  );
}
