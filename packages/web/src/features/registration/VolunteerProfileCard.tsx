import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TMyVolunteerProfile } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { useCalendarDate } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ConsentSwitches } from './ConsentSwitches';
import { MessagePreferencesForm } from './MessagePreferencesForm';
import { VOLUNTEER_STATUS_COLORS } from './volunteer-status';

/** One organization's record of the person: status, insurance today, how they are reached, and their consents. */
export function VolunteerProfileCard({ profile }: { profile: TMyVolunteerProfile }) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const headingId = `profile-${profile.volunteerId}`;
  const insured = profile.insuranceCovers.length > 0;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="lg"
      radius="md"
      data-testid="my-volunteer-profile"
    >
      <Stack gap="lg">
        <Group justify="space-between" align="center" gap="sm">
          <Title order={2} id={headingId} size="h3">
            {profile.orgName}
          </Title>
          <StatusBadge color={VOLUNTEER_STATUS_COLORS[profile.status]}>
            {t(`participation.status_${profile.status}`)}
          </StatusBadge>
        </Group>
        {profile.status === 'applicant' && <Text>{t('registration.me.applicant_note')}</Text>}

        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('registration.me.insurance')}
          </Title>
          <Group gap="sm">
            <StatusBadge color={insured ? 'green' : 'gray'}>
              {insured ? t('registration.me.insured') : t('registration.me.not_insured')}
            </StatusBadge>
          </Group>
          {insured ? (
            <List spacing={4}>
              {profile.insuranceCovers.map((cover) => (
                <List.Item key={cover.planId}>
                  {t('registration.me.cover', { plan: cover.planName, end: date(cover.coverEndsOn) })}
                  {cover.coversNaturalDisaster && ` ${t('registration.me.covers_natural_disaster')}`}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>{t('registration.me.not_insured_note')}</Text>
          )}
        </Stack>

        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('registration.me.preferences')}
          </Title>
          <Text>{t('registration.me.preferences_help', { orgName: profile.orgName })}</Text>
          {/* Saved answers start the form afresh, so it always shows what the organization has. */}
          <MessagePreferencesForm
            key={`${profile.preferredChannel}-${profile.mailDigest}-${profile.locale}`}
            profile={profile}
          />
        </Stack>

        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('registration.me.consents')}
          </Title>
          <Text>{t('registration.me.consents_help')}</Text>
          <ConsentSwitches profile={profile} />
        </Stack>
      </Stack>
    </Paper>
  );
}
