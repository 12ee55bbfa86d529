import { Code, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The columns a volunteer CSV may have; `name` is the only one required. */
export const IMPORT_COLUMNS = [
  'name',
  'name_reading',
  'birth_date',
  'email',
  'phone',
  'preferred_channel',
  'postal_code',
  'address',
  'languages',
  'skills',
  'interests',
  'status',
  'emergency_contact_name',
  'emergency_contact_phone',
] as const;

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
