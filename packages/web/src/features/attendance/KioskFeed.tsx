import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRefusalReason } from './ScanQueuePanel';
import type { LiveAnswer } from './use-scan-queue';
import { useTimeOfDay } from './use-time-of-day';

/** The kiosk's answers since it opened: who was clocked in or out, and what was refused. */
export function KioskFeed({ answers }: { answers: readonly LiveAnswer[] }) {
  const { t } = useTranslation();
  const time = useTimeOfDay();
  const reason = useRefusalReason();
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="kiosk-feed-title">
      <Title order={2} size="h3" id="kiosk-feed-title" mb="xs">
        {t('attendance.kiosk.feed_title')}
      </Title>
      <List spacing="xs" data-testid="kiosk-feed">
        {answers.map(({ scan, outcome, response }) => {
          const action = t(scan.action === 'in' ? 'attendance.action_in' : 'attendance.action_out');
          return (
            <List.Item key={scan.scanId} data-testid="kiosk-answer" data-result={outcome.result}>
              <Text span fw={700}>
                {time(scan.scannedAt)} · {action}
              </Text>{' '}
              {response?.result === 'accepted' ? (
                <Text span>
                  {t('attendance.kiosk.accepted', {
                    name: response.attendance.volunteerName,
                    title: response.attendance.opportunityTitle,
                  })}
                </Text>
              ) : (
                <Text span c="red.8">
                  {t('attendance.queue.refused', { reason: reason(outcome.code) })}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
