import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { STAFF_ROLES } from '@musubi/shared';
import { IconArrowLeft, IconMaximize } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../app/messages';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { LoadingState } from '../../ui/LoadingState';
import { useActiveMembership } from '../auth/use-session';
import { QrImage } from './QrImage';
import { useRotatingCode } from './use-rotating-code';

function SiteScreen({ orgId, opportunityId, placeId }: { orgId: string; opportunityId: string; placeId?: string }) {
  const { t } = useTranslation();
  const rotating = useRotatingCode(orgId, opportunityId, placeId);
  const title = rotating.title ?? t('attendance.screen.title');

  return (
    <Box component="main" p="lg" mih="100vh" bg="white" data-testid="site-screen">
      <title>{t('common.page_title', { page: title, app: t('common.app_name') })}</title>
      <Group justify="space-between" mb="md">
        <Anchor component={Link} to="/attendance/sites" size="lg">
          <IconArrowLeft size={18} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('attendance.sites.title')}
        </Anchor>
        <Button
          variant="default"
          leftSection={<IconMaximize size={18} aria-hidden />}
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          {t('attendance.screen.full_screen')}
        </Button>
      </Group>
      <Stack align="center" gap="md">
        <Title order={1} ta="center" fz={{ base: 28, md: 40 }}>
          {title}
        </Title>
        <Text fz="xl" ta="center">
          {t('attendance.screen.instructions')}
        </Text>
        {!rotating.loaded && !rotating.error && <LoadingState />}
        {rotating.current ? (
          <>
            <QrImage
              text={rotating.current.code}
              label={t('attendance.screen.image_label', { title })}
              size="min(70vh, 90vw)"
              testId="site-qr"
            />
            <Text fz="lg" aria-live="off" data-testid="code-countdown">
              {t('attendance.screen.changes_in', { seconds: rotating.secondsLeft })}
            </Text>
          </>
        ) : (
          rotating.loaded && (
            <Alert color="orange" data-testid="codes-ran-out">
              {t('attendance.screen.ran_out')}
            </Alert>
          )
        )}
        {rotating.error !== null && (
          <Alert color={rotating.current ? 'gray' : 'red'} role="status" data-testid="screen-offline">
            {rotating.current ? t('attendance.screen.offline') : describeError(rotating.error)}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}

/**
 * The site screen (`/attendance/sites/:opportunityId/screen`): a full-screen rotating code
 * for volunteers to scan on arrival and departure, without the app's frame around it.
 */
export function SiteScreenPage() {
  const { opportunityId = '' } = useParams();
  // `?placeId=` shows the codes of one place of the activity (an entrance, a satellite site).
  const placeId = useSearchParams()[0].get('placeId') ?? undefined;
  const membership = useActiveMembership();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      {membership && <SiteScreen orgId={membership.orgId} opportunityId={opportunityId} placeId={placeId} />}
    </RequireRoles>
  );
}
