import { Anchor, Button, CopyButton, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconDownload, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { useCalendarFeed, useRenewCalendarFeed } from './use-catalogue';

/** The secret address of one's confirmed shifts, for a phone's or computer's calendar. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const renew = useRenewCalendarFeed();
  const [confirming, setConfirming] = useState(false);

  return (
    <ProfileSection title={t('opportunities.calendar.title')} data-testid="calendar-feed">
      <Text>{t('opportunities.calendar.intro')}</Text>
      {feed.isPending && <LoadingState />}
      {feed.isError && <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.data && (
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('opportunities.calendar.address')}
              description={t('opportunities.calendar.address_description')}
              value={feed.data.url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: '1 1 20rem' }}
              data-testid="calendar-feed-url"
            />
            <CopyButton value={feed.data.url}>
              {({ copied, copy }) => (
                <>
                  <Button
                    variant="default"
                    size="md"
                    onClick={copy}
                    leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    data-testid="calendar-feed-copy"
                  >
                    {copied ? t('opportunities.share.copied') : t('opportunities.calendar.copy')}
                  </Button>
                  <VisuallyHidden role="status">{copied ? t('opportunities.share.copied') : ''}</VisuallyHidden>
                </>
              )}
            </CopyButton>
          </Group>
          <Group gap="lg">
            <Anchor
              href={feed.data.url}
              download="musubi-shifts.ics"
              style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: '2.75rem' }}
              data-testid="calendar-feed-link"
            >
              <IconDownload size={18} aria-hidden />
              {t('opportunities.calendar.download')}
            </Anchor>
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} aria-hidden />}
              onClick={() => {
                renew.reset();
                setConfirming(true);
              }}
              data-testid="calendar-feed-renew"
            >
              {t('opportunities.calendar.renew')}
            </Button>
          </Group>
        </Stack>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('opportunities.calendar.renew_title')}
        confirmLabel={t('opportunities.calendar.renew')}
        loading={renew.isPending}
        error={renew.error}
        onConfirm={() =>
          renew.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifications.show({ color: 'green', message: t('opportunities.calendar.renewed') });
            },
          })
        }
        onClose={() => setConfirming(false)}
      >
        {t('opportunities.calendar.renew_body')}
      </ConfirmModal>
    </ProfileSection>
  );
}
