import { Accordion, Alert } from '@mantine/core';
import { IconInfoCircle, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { OutboxMessageItem } from './OutboxMessageItem';
import { useOutboxMessages } from './use-outbox-messages';

/** The organization's outgoing mail, including mail held while no SMTP server is configured. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const outbox = useOutboxMessages(orgId);
  const messages = outbox.data?.pages.flatMap((page) => page.messages) ?? [];
  const anyHeld = messages.some((message) => message.status === 'held');

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      {anyHeld && (
        <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} mb="md" c="var(--mantine-color-text)">
          {t('outbox.held_notice')}
        </Alert>
      )}
      {outbox.isPending && <LoadingState />}
      {outbox.isError && <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.isSuccess &&
        (messages.length === 0 ? (
          <EmptyNotice title={t('outbox.empty')} icon={<IconMail aria-hidden />} />
        ) : (
          <>
            <Accordion multiple variant="separated" chevronPosition="left">
              {messages.map((message) => (
                <OutboxMessageItem key={message.id} message={message} />
              ))}
            </Accordion>
            <LoadMoreButton
              hasMore={outbox.hasNextPage}
              loading={outbox.isFetchingNextPage}
              onLoadMore={() => void outbox.fetchNextPage()}
            />
          </>
        ))}
    </>
  );
}
