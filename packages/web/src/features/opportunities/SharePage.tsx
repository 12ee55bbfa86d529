import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type TCatalogueItem, ZUuid } from '@musubi/shared';
import { IconCalendarOff, IconEyeOff, IconLinkOff, IconLogin, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api-client';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentSession } from '../auth/use-session';
import { skillName } from '../participation/skill-names';
import { joinPath } from '../registration/paths';
import { useRegistrationForm } from '../registration/use-registration';
import { ProfileSection } from '../volunteers/ProfileSection';
import { ActivityFacts } from './ActivityFacts';
import { signInToSharePath } from './paths';
import { ShareLink } from './ShareLink';
import { ShiftSignup } from './ShiftSignup';
import { useShiftFormat } from './shift-format';
import { groupShiftsByDate } from './shift-groups';
import { useCatalogueItem, useMySignups } from './use-catalogue';
import { deviceTimeZone } from './wall-time';

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/**
 * An activity's share page (`/a/:opportunityId`), the address on posters and in messages: its
 * details and coming shifts with free places. Open to everyone; signing up needs signing in.
 */
export function SharePage() {
  const { t } = useTranslation();
  const opportunityId = useParams().opportunityId ?? '';
  const validLink = ZUuid.safeParse(opportunityId).success;
  const item = useCatalogueItem(opportunityId, validLink);

  if (!item.data) {
    return (
      <>
        <PageHeader title={t('opportunities.share_page.title')} />
        {!validLink && (
          <Alert
            color="red"
            icon={<IconLinkOff aria-hidden />}
            title={t('opportunities.share_page.invalid_link_title')}
          >
            {t('opportunities.share_page.invalid_link_body')}
          </Alert>
        )}
        {validLink && item.isPending && <LoadingState />}
        {item.isError && (
          <ErrorState error={item.error} onRetry={isTransient(item.error) ? () => void item.refetch() : undefined} />
        )}
      </>
    );
  }
  return <ActivityShare item={item.data} />;
}

function ActivityShare({ item }: { item: TCatalogueItem }) {
  const { t, i18n } = useTranslation();
  const { opportunity, shifts } = item;
  const { account } = useCurrentSession();
  const signedIn = account !== null;
  // Public: the organization's registration form names its skills.
  const registration = useRegistrationForm(opportunity.orgId, opportunity.requiredSkillIds.length > 0);
  const skillNames = opportunity.requiredSkillIds.map((id) => {
    const skill = registration.data?.skills.find((candidate) => candidate.id === id);
    return skill ? skillName(skill, i18n.language) : t('opportunities.facts.unknown_skill');
  });

  return (
    <>
      <PageHeader title={opportunity.title} description={opportunity.orgName} />
      <Stack gap="lg">
        {opportunity.status !== 'published' && (
          <Alert
            color="yellow"
            icon={<IconEyeOff aria-hidden />}
            title={t('opportunities.share_page.not_public_title')}
          >
            {t('opportunities.share_page.not_public_body', {
              status: t(`opportunities.status.${opportunity.status}`),
            })}
          </Alert>
        )}
        <ProfileSection title={t('opportunities.share_page.dates')} data-testid="share-shifts">
          {!signedIn && (
            <SignInNote opportunityId={opportunity.id} orgId={opportunity.orgId} orgName={opportunity.orgName} />
          )}
          {shifts.length === 0 ? (
            <EmptyNotice title={t('opportunities.share_page.no_dates')} icon={<IconCalendarOff aria-hidden />} />
          ) : (
            <ShareShiftList opportunityId={opportunity.id} shifts={shifts} signedIn={signedIn} />
          )}
        </ProfileSection>
        <ActivityFacts opportunity={opportunity} skillNames={skillNames} />
        <ProfileSection title={t('opportunities.share.title')}>
          <ShareLink opportunityId={opportunity.id} />
        </ProfileSection>
      </Stack>
    </>
  );
}

function SignInNote({ opportunityId, orgId, orgName }: { opportunityId: string; orgId: string; orgName: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="indigo"
      variant="light"
      icon={<IconUserPlus aria-hidden />}
      title={t('opportunities.share_page.how_title')}
    >
      <Stack gap="sm" align="flex-start">
        <Text c="var(--mantine-color-text)">{t('opportunities.share_page.how_body', { orgName })}</Text>
        <Group gap="sm">
          <Button
            component={Link}
            to={signInToSharePath(opportunityId)}
            leftSection={<IconLogin size={18} aria-hidden />}
            data-testid="share-sign-in"
          >
            {t('opportunities.share_page.sign_in')}
          </Button>
          <Button
            component={Link}
            to={joinPath(orgId, `/a/${opportunityId}`)}
            variant="default"
            leftSection={<IconUserPlus size={18} aria-hidden />}
            data-testid="share-join"
          >
            {t('opportunities.share_page.join', { orgName })}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

interface ShareShiftListProps {
  opportunityId: string;
  shifts: TCatalogueItem['shifts'];
  signedIn: boolean;
}

function ShareShiftList({ opportunityId, shifts, signedIn }: ShareShiftListProps) {
  const format = useShiftFormat();
  const mine = useMySignups(signedIn);
  const myPlace = (shiftId: string) =>
    mine.data?.upcoming.find((signup) => signup.shiftId === shiftId && signup.status !== 'cancelled');
  return (
    <Stack gap="lg">
      {groupShiftsByDate(shifts, deviceTimeZone()).map((group) => (
        <Stack key={group.date} gap="xs">
          <Title order={3} size="h4">
            {format.day(group.date)}
          </Title>
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {group.shifts.map((shift) => (
              <Paper component="li" key={shift.id} withBorder p="md" data-testid="shift-signup">
                <Stack gap="xs">
                  <Text fw={700} size="lg">
                    {format.times(shift.startsAt, shift.endsAt)}
                  </Text>
                  <ShiftSignup
                    opportunityId={opportunityId}
                    shift={shift}
                    signedIn={signedIn}
                    mine={myPlace(shift.id)}
                  />
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
