import { Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PreferenceControls } from './PreferenceControls';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** The frame of the pages before signing in: setup, sign-in, accepting an invitation. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md">
          <Group justify="space-between" gap="sm">
            <Text fw={700} fz="xl" c="indigo.8">
              {t('common.app_name')}
            </Text>
            <Group gap="md">
              <PreferenceControls />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="sm" py="xl">
        <Outlet />
      </Container>
    </>
  );
}
