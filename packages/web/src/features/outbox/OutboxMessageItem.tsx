import { Accordion, Group, Stack, Text } from '@mantine/core';
import type { TOutboxMessage } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/format';
import { LinkifiedText } from '../../ui/LinkifiedText';
import { OutboxStatusBadge } from './OutboxStatusBadge';

/** One mail: subject, recipient and status at a glance; the text when opened. */
export function OutboxMessageItem({ message }: { message: TOutboxMessage }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Accordion.Item value={message.id} data-testid="outbox-message">
      <Accordion.Control>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Text fw={500}>{message.subject}</Text>
            <Text c="dimmed">{t('outbox.to', { to: message.to })}</Text>
          </Stack>
          <Group gap="sm">
            <Text c="dimmed">
              <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
            </Text>
            <OutboxStatusBadge status={message.status} />
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <pre className="preformatted" data-testid="outbox-text">
            <LinkifiedText text={message.text} />
          </pre>
          <Text c="dimmed">
            {t('outbox.attempts', { count: message.attempts })}
            {message.sentAt && ` · ${t('outbox.sent_at', { at: format.dateTime(message.sentAt) })}`}
          </Text>
          {message.lastError && <Text c="red.9">{t('outbox.last_error', { error: message.lastError })}</Text>}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
