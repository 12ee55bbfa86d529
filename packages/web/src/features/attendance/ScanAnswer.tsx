import { Alert } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRefusalReason } from './ScanQueuePanel';
import type { QueuedScan } from './scan-queue';
import type { LiveAnswer } from './use-scan-queue';
import { useTimeOfDay } from './use-time-of-day';

interface ScanAnswerProps {
  /** The scan just made. */
  scan: QueuedScan;
  /** The server's answer to it, once it came. */
  answer: LiveAnswer | undefined;
  /** Whether the scan still waits on the device. */
  waiting: boolean;
}

/** What became of the scan just made: accepted (with the record), refused (why), or kept to send later. */
export function ScanAnswer({ scan, answer, waiting }: ScanAnswerProps) {
  const { t } = useTranslation();
  const reason = useRefusalReason();
  const time = useTimeOfDay();
  const action = t(scan.action === 'in' ? 'attendance.action_in' : 'attendance.action_out');

  if (answer?.response?.result === 'accepted') {
    const { attendance } = answer.response;
    return (
      <Alert
        color="teal"
        icon={<IconCircleCheck aria-hidden />}
        // Teal text on its light background is below 4.5:1: the title keeps the text colour.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
        title={t('attendance.answer.accepted_title', { action })}
        role="status"
        data-testid="scan-answer"
        data-result="accepted"
      >
        {t('attendance.answer.accepted_body', {
          name: attendance.volunteerName,
          title: attendance.placeName
            ? `${attendance.opportunityTitle} · ${attendance.placeName}`
            : attendance.opportunityTitle,
          time: time(scan.action === 'in' ? attendance.clockInAt : attendance.clockOutAt),
        })}
      </Alert>
    );
  }
  if (answer) {
    return (
      <Alert
        color="red"
        icon={<IconCircleX aria-hidden />}
        title={t('attendance.answer.refused_title', { action })}
        role="status"
        data-testid="scan-answer"
        data-result="refused"
      >
        {reason(answer.outcome.code)}
      </Alert>
    );
  }
  return (
    <Alert
      color="gray"
      icon={<IconClockPause aria-hidden />}
      title={t(waiting ? 'attendance.answer.queued_title' : 'attendance.answer.sending_title', { action })}
      role="status"
      data-testid="scan-answer"
      data-result={waiting ? 'queued' : 'sending'}
    >
      {t(waiting ? 'attendance.answer.queued_body' : 'attendance.answer.sending_body')}
    </Alert>
  );
}
