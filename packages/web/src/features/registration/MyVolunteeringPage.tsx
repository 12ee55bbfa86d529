import { Stack } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { FirstStepsCard, MyShiftsLink } from '../opportunities/FirstStepsCard';
import { useMyVolunteerProfiles } from './use-registration';
import { VolunteerProfileCard } from './VolunteerProfileCard';

/**
 * The signed-in person's own volunteer records, one per organization (`/me/volunteering`):
 * open to everyone signed in, whatever their role.
 */
export function MyVolunteeringPage() {
  const { t } = useTranslation();
  const profiles = useMyVolunteerProfiles();
  // A merged record lives on in the one it was merged into.
  const shown = profiles.data?.profiles.filter((profile) => profile.status !== 'merged');
  return (
    <>
      <PageHeader
        title={t('registration.me.title')}
        description={t('registration.me.intro')}
        actions={<MyShiftsLink />}
      />
      <FirstStepsCard />
      {profiles.isPending && <LoadingState />}
      {profiles.isError && <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />}
      {shown &&
        (shown.length === 0 ? (
          <EmptyNotice
            title={t('registration.me.empty')}
            description={t('registration.me.empty_body')}
            icon={<IconHeartHandshake aria-hidden />}
          />
        ) : (
          <Stack gap="lg" maw={800}>
            {shown.map((profile) => (
              <VolunteerProfileCard key={profile.volunteerId} profile={profile} />
            ))}
          </Stack>
        ))}
    </>
  );
}
