import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { CopyableAddress } from '../../ui/CopyableAddress';
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
          <CopyableAddress
            label={t('opportunities.calendar.address')}
            description={t('opportunities.calendar.address_description')}
            value={feed.data.url}
            copyLabel={t('opportunities.calendar.copy')}
            copiedLabel={t('opportunities.share.copied')}
            testId="calendar-feed-url"
            copyTestId="calendar-feed-copy"
          />
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
