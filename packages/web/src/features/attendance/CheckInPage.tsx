import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { TScanAction } from '@musubi/shared';
import { IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { ClockActionButtons } from './ClockActionButtons';
import { codeKind } from './code-kind';
import { currentPositionIfAllowed } from './current-position';
import { ManualCodeForm } from './ManualCodeForm';
import { MyRecentAttendance } from './MyRecentAttendance';
import { QrScanner } from './QrScanner';
import { ScanAnswer } from './ScanAnswer';
import { ScanQueuePanel } from './ScanQueuePanel';
import type { QueuedScan } from './scan-queue';
import { useScanQueue } from './use-scan-queue';

/**
 * `/check-in`: a volunteer scans the site's code (the rotating screen or the poster),
 * then says whether they arrive or leave. Every scan is kept on the device first, so
 * clocking in works without a connection and is sent when one comes back.
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const queue = useScanQueue();
  const [read, setRead] = useState<{ code: string; at: Date } | null>(null);
  const [wrongCode, setWrongCode] = useState(false);
  const [last, setLast] = useState<QueuedScan | null>(null);

  const onCode = (code: string, at: Date) => {
    const kind = codeKind(code);
    setWrongCode(kind !== 'site');
    if (kind !== 'site') return;
    setRead({ code, at });
    setLast(null);
  };

  const choose = async (action: TScanAction) => {
    if (!read) return;
    const position = await currentPositionIfAllowed();
    const queued = await queue.submit({
      kind: 'site',
      code: read.code,
      action,
      scannedAt: read.at.toISOString(),
      ...(position ? { position } : {}),
    });
    setLast(queued);
    setRead(null);
  };

  const answer = last ? queue.live.find((live) => live.scan.scanId === last.scanId) : undefined;
  const waiting = last ? queue.pending.some((scan) => scan.scanId === last.scanId) : false;

  return (
    <>
      <PageHeader
        title={t('attendance.check_in.title')}
        description={t('attendance.check_in.intro')}
        actions={
          <Anchor component={Link} to="/me/code" size="lg" data-testid="my-code-link">
            <IconQrcode size={18} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('attendance.check_in.my_code')}
          </Anchor>
        }
      />
      <Stack gap="xl" maw={720}>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('attendance.check_in.step_scan')}
            </Title>
            {read ? (
              <Stack gap="md" data-testid="code-read">
                <Alert color="blue" role="status" title={t('attendance.check_in.code_read')}>
                  {t('attendance.check_in.choose')}
                </Alert>
                <ClockActionButtons value={null} onChoose={(action) => void choose(action)} />
              </Stack>
            ) : (
              <>
                <QrScanner onCode={onCode} />
                <ManualCodeForm
                  onCode={onCode}
                  label={t('attendance.check_in.manual_label')}
                  description={t('attendance.check_in.manual_description')}
                />
              </>
            )}
            {wrongCode && (
              <Alert color="orange" role="alert" data-testid="wrong-code">
                {t('attendance.check_in.wrong_code')}
              </Alert>
            )}
            {last && <ScanAnswer scan={last} answer={answer} waiting={waiting} />}
          </Stack>
        </Paper>
        <ScanQueuePanel queue={queue} />
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('attendance.check_in.recent_title')}
          </Title>
          <Text c="dimmed">{t('attendance.check_in.recent_intro')}</Text>
          <MyRecentAttendance />
        </Stack>
      </Stack>
    </>
  );
}
