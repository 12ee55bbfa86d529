import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Buttons for the page's main actions, shown beside the title. */
  actions?: ReactNode;
}

/** The page's one h1, also used as the document title. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      {/* React 19 hoists <title> into <head>. */}
      <title>{t('common.page_title', { page: title, app: t('common.app_name') })}</title>
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
