import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../app/messages';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import type { ScanOutcome } from './scan-queue';
import type { ScanQueueState } from './use-scan-queue';

/** A refusal in the person's language (the server's error code, translated). */
export function useRefusalReason(): (code: string | null) => string {
  const { t } = useTranslation();
  return (code) =>
    (code && translateKey(`errors.${code}`, { requestId: '—' })) ?? t('attendance.queue.refused_unknown');
}

function OutcomeLine({ outcome }: { outcome: ScanOutcome }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reason = useRefusalReason();
  const what = t(outcome.action === 'in' ? 'attendance.action_in' : 'attendance.action_out');
  return (
    <List.Item data-testid="scan-outcome" data-result={outcome.result}>
      <Text span fw={600}>
        {format.dateTime(outcome.scannedAt)} · {what}
      </Text>{' '}
      {outcome.result === 'accepted' ? (
        <Text span>{t('attendance.queue.accepted', { title: outcome.opportunityTitle ?? '' })}</Text>
      ) : (
        <Text span c="red.8">
          {t('attendance.queue.refused', { reason: reason(outcome.code) })}
        </Text>
      )}
    </List.Item>
  );
}

/** What this device still has to send, and the server's latest answers (refusals with their reason). */
export function ScanQueuePanel({ queue }: { queue: ScanQueueState }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const refused = queue.outcomes.filter((outcome) => outcome.result === 'refused');
  return (
    <Stack component="section" gap="sm" data-testid="scan-queue" aria-labelledby="scan-queue-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="scan-queue-title">
          {t('attendance.queue.title')}
        </Title>
        <span data-testid="connection-state" data-online={queue.online}>
          <StatusBadge color={queue.online ? 'teal' : 'gray'}>
            {t(queue.online ? 'attendance.queue.online' : 'attendance.queue.offline')}
          </StatusBadge>
        </span>
      </Group>
      <Text role="status" data-testid="pending-count" data-count={queue.pending.length}>
        {queue.pending.length === 0
          ? t('attendance.queue.nothing_waiting')
          : t('attendance.queue.waiting', { count: queue.pending.length })}
      </Text>
      {queue.pending.length > 0 && (
        <>
          <List spacing={4} data-testid="pending-scans">
            {queue.pending.map((scan) => (
              <List.Item key={scan.scanId} data-testid="pending-scan">
                {format.dateTime(scan.scannedAt)} ·{' '}
                {t(scan.action === 'in' ? 'attendance.action_in' : 'attendance.action_out')}
              </List.Item>
            ))}
          </List>
          <Button
            variant="default"
            size="md"
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={queue.syncNow}
            loading={queue.syncing}
            data-testid="sync-now"
          >
            {t('attendance.queue.send_now')}
          </Button>
        </>
      )}
      {refused.length > 0 && (
        <Alert color="red" title={t('attendance.queue.refused_title')} data-testid="refused-scans">
          {t('attendance.queue.refused_help')}
        </Alert>
      )}
      {queue.outcomes.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('attendance.queue.answers_title')}
          </Title>
          <List spacing={4} data-testid="scan-outcomes">
            {queue.outcomes.slice(0, 10).map((outcome) => (
              <OutcomeLine key={outcome.scanId} outcome={outcome} />
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
