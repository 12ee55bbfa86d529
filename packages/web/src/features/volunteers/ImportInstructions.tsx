import { Code, List, Stack, Text, Title } from '@mantine/core';
import { VOLUNTEER_CSV_COLUMNS as IMPORT_COLUMNS } from '@musubi/shared';
import { useTranslation } from 'react-i18next';

/** What file the import accepts: encodings and columns, in the interface language. */
export function ImportInstructions() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="import-instructions">
      <Title order={2} size="h3">
        {t('volunteers.import_file_title')}
      </Title>
      <Text>{t('volunteers.import_encodings')}</Text>
      <Text>{t('volunteers.import_columns_intro')}</Text>
      <List spacing={4}>
        {IMPORT_COLUMNS.map((column) => (
          <List.Item key={column}>
            {t(column === 'name' ? 'volunteers.import_column_required' : 'volunteers.import_column_optional', {
              label: t(`participation.csv_${column}`),
            })}{' '}
            <Code>{column}</Code>
          </List.Item>
        ))}
      </List>
      <Text c="dimmed">{t('volunteers.import_columns_help')}</Text>
    </Stack>
  );
}
