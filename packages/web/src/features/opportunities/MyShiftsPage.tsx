import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TMySignup } from '@musubi/shared';
import { IconCalendarOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ProfileSection } from '../volunteers/ProfileSection';
import { CalendarFeedCard } from './CalendarFeedCard';
import { MyShiftsTable } from './MyShiftsTable';
import { ReasonModal } from './ReasonModal';
import { useShiftFormat } from './shift-format';
import { useCancelMySignup, useMySignups } from './use-catalogue';

/** The signed-in person's shifts in every organization (`/me/shifts`), and their calendar address. */
export function MyShiftsPage() {
  const { t } = useTranslation();
  const format = useShiftFormat();
  const signups = useMySignups();
  const cancel = useCancelMySignup();
  const [cancelling, setCancelling] = useState<TMySignup | null>(null);

  const findButton = (
    <Button
      component={Link}
      to="/catalogue"
      leftSection={<IconSearch size={18} aria-hidden />}
      data-testid="find-activities"
    >
      {t('opportunities.my_shifts.find')}
    </Button>
  );
  const confirmCancel = (reason: string) => {
    if (!cancelling) return;
    cancel.mutate(
      { signupId: cancelling.id, reason: reason || undefined },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('opportunities.my_shifts.cancelled', { title: cancelling.title }),
          });
          setCancelling(null);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('opportunities.my_shifts.title')}
        description={t('opportunities.my_shifts.intro')}
        actions={findButton}
      />
      <Stack gap="lg">
        <ProfileSection title={t('opportunities.my_shifts.upcoming')}>
          {signups.isPending && <LoadingState />}
          {signups.isError && <ErrorState error={signups.error} onRetry={() => void signups.refetch()} />}
          {signups.data &&
            (signups.data.upcoming.length === 0 ? (
              <EmptyNotice
                title={t('opportunities.my_shifts.empty')}
                description={t('opportunities.my_shifts.empty_body')}
                icon={<IconCalendarOff aria-hidden />}
              />
            ) : (
              <MyShiftsTable
                signups={signups.data.upcoming}
                caption={t('opportunities.my_shifts.upcoming_caption', { count: signups.data.upcoming.length })}
                testId="my-shifts-table"
                rowTestId="my-shift-row"
                onCancel={(signup) => {
                  cancel.reset();
                  setCancelling(signup);
                }}
              />
            ))}
        </ProfileSection>
        {signups.data && signups.data.past.length > 0 && (
          <ProfileSection title={t('opportunities.my_shifts.past')}>
            <MyShiftsTable
              signups={signups.data.past}
              caption={t('opportunities.my_shifts.past_caption', { count: signups.data.past.length })}
              testId="my-past-shifts-table"
              rowTestId="my-past-shift-row"
            />
          </ProfileSection>
        )}
        <CalendarFeedCard />
      </Stack>
      <ReasonModal
        opened={cancelling !== null}
        title={t('opportunities.my_shifts.cancel_title')}
        body={
          cancelling
            ? t('opportunities.my_shifts.cancel_body', {
                title: cancelling.title,
                when: format.range(cancelling.startsAt, cancelling.endsAt),
              })
            : ''
        }
        reasonLabel={t('opportunities.my_shifts.reason')}
        reasonDescription={t('opportunities.my_shifts.reason_description')}
        confirmLabel={t('opportunities.my_shifts.cancel_confirm')}
        loading={cancel.isPending}
        error={cancel.error}
        onConfirm={confirmCancel}
        onClose={() => setCancelling(null)}
      />
    </>
  );
}
