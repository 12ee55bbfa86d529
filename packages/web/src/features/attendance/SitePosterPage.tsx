import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import { IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import './attendance-print.css';
import type { TSiteRef } from './attendance.api';
import { QrImage } from './QrImage';
import { usePosterCode, useReissuePosterCode } from './use-attendance';

function Poster({ orgId, site }: { orgId: string; site: TSiteRef }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const poster = usePosterCode(orgId, site);
  const reissue = useReissuePosterCode(orgId, site);
  const mayReissue = useHasRole(COORDINATOR_ROLES);
  const [confirming, setConfirming] = useState(false);

  if (poster.isPending) return <LoadingState />;
  if (poster.isError) return <ErrorState error={poster.error} onRetry={() => void poster.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('attendance.poster.title')}
        description={t('attendance.poster.intro')}
        actions={
          <Group gap="sm" className="no-print">
            <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
              {t('attendance.poster.print')}
            </Button>
            {mayReissue && (
              <Button
                variant="default"
                leftSection={<IconRefresh size={18} aria-hidden />}
                onClick={() => {
                  reissue.reset();
                  setConfirming(true);
                }}
                data-testid="reissue-poster"
              >
                {t('attendance.poster.reissue')}
              </Button>
            )}
          </Group>
        }
      />
      <Box maw={640} mx="auto" p="xl" style={{ border: '2px solid #000', borderRadius: 12 }} data-testid="poster">
        <Stack align="center" gap="md">
          <Text fz={32} fw={700} ta="center">
            {poster.data.opportunityTitle}
          </Text>
          {poster.data.placeName && (
            <Text fz="xl" fw={600} ta="center">
              {poster.data.placeName}
            </Text>
          )}
          <Text fz="xl" ta="center">
            {t('attendance.poster.headline')}
          </Text>
          <QrImage
            text={poster.data.code}
            label={t('attendance.poster.image_label', { title: poster.data.opportunityTitle })}
            size="min(80vw, 420px)"
            testId="poster-qr"
          />
          <Text fz="lg" ta="center">
            {t('attendance.poster.steps')}
          </Text>
          <Text c="dimmed" fz="sm">
            {t('attendance.poster.issued', {
              date: format.date(poster.data.issuedAt),
              generation: poster.data.generation,
            })}
          </Text>
        </Stack>
      </Box>
      <ConfirmModal
        opened={confirming}
        title={t('attendance.poster.reissue_title')}
        confirmLabel={t('attendance.poster.reissue_confirm')}
        danger
        loading={reissue.isPending}
        error={reissue.error}
        onConfirm={() => reissue.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      >
        {t('attendance.poster.reissue_body')}
      </ConfirmModal>
    </>
  );
}

/** A printable poster with the activity's fixed code (`/attendance/sites/:opportunityId/poster`), without the app's frame. */
export function SitePosterPage() {
  const { opportunityId = '' } = useParams();
  // `?placeId=` prints the poster of one place of the activity.
  const placeId = useSearchParams()[0].get('placeId') ?? undefined;
  const membership = useActiveMembership();
  return (
    <Box component="main" p="lg" bg="white" mih="100vh">
      <RequireRoles roles={STAFF_ROLES}>
        {membership && <Poster orgId={membership.orgId} site={{ opportunityId, placeId }} />}
      </RequireRoles>
    </Box>
  );
}
