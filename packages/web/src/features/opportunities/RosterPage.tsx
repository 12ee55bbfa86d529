import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { STAFF_ROLES, type TShift } from '@musubi/shared';
import { IconArrowLeft, IconCalendarCog, IconCalendarX, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { ProfileSection } from '../volunteers/ProfileSection';
import { AssignVolunteer } from './AssignVolunteer';
import { ACTIVITY_MANAGER_ROLES } from './activity-roles';
import { ChangeShiftModal } from './ChangeShiftModal';
import { activityPath } from './paths';
import { ReasonModal } from './ReasonModal';
import { RolePlaces } from './RolePlaces';
import { RosterTable } from './RosterTable';
import type { TRosterEntry } from './roster';
import { ShiftStatusBadge } from './StatusBadges';
import { useShiftFormat } from './shift-format';
import { useOpportunity } from './use-opportunities';
import { useCancelShift, useCancelSignup, useRoster, useShift } from './use-roster';

/** The people on one shift (`/shifts/:shiftId`): reach them, assign someone, cancel a place or the shift. */
export function RosterPage() {
  const { shiftId = '' } = useParams();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Roster key={shiftId} shiftId={shiftId} />
    </RequireRoles>
  );
}

function Roster({ shiftId }: { shiftId: string }) {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const shift = useShift(orgId, shiftId);
  if (!shift.data) {
    return (
      <>
        <PageHeader title={t('opportunities.roster.title')} />
        {shift.isPending && <LoadingState />}
        {shift.isError && <ErrorState error={shift.error} onRetry={() => void shift.refetch()} />}
      </>
    );
  }
  return <ShiftRoster orgId={orgId} shift={shift.data} />;
}

function ShiftRoster({ orgId, shift }: { orgId: string; shift: TShift }) {
  const { t } = useTranslation();
  const format = useShiftFormat();
  const opportunity = useOpportunity(orgId, shift.opportunityId);
  const roster = useRoster(orgId, shift.id);
  const cancelsShifts = useHasRole(ACTIVITY_MANAGER_ROLES);
  const cancelSignup = useCancelSignup(orgId);
  const cancelShift = useCancelShift(orgId, shift.id);
  const [cancelling, setCancelling] = useState<TRosterEntry | null>(null);
  const [cancellingShift, setCancellingShift] = useState(false);
  const [changing, setChanging] = useState(false);
  const scheduled = shift.status === 'scheduled';
  // A date that is over stays as it happened.
  const changeable = scheduled && Date.parse(shift.endsAt) > Date.now();
  const when = format.range(shift.startsAt, shift.endsAt);
  const title = opportunity.data
    ? t('opportunities.roster.title_named', { title: opportunity.data.title })
    : t('opportunities.roster.title');

  const confirmCancelPlace = (reason: string) => {
    if (!cancelling) return;
    cancelSignup.mutate(
      { signupId: cancelling.id, reason: reason || undefined },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('opportunities.roster.place_cancelled', { name: cancelling.volunteerName }),
          });
          setCancelling(null);
        },
      },
    );
  };
  const confirmCancelShift = (reason: string) =>
    cancelShift.mutate(reason, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('opportunities.roster.shift_cancelled') });
        setCancellingShift(false);
      },
    });

  const actions = (
    <>
      <Button
        component={Link}
        to={activityPath(shift.opportunityId)}
        variant="default"
        leftSection={<IconArrowLeft size={18} aria-hidden />}
      >
        {t('opportunities.roster.back_to_activity')}
      </Button>
      {cancelsShifts && changeable && (
        <Button
          variant="default"
          leftSection={<IconCalendarCog size={18} aria-hidden />}
          onClick={() => setChanging(true)}
          data-testid="change-shift"
        >
          {t('opportunities.occurrence.change')}
        </Button>
      )}
      {cancelsShifts && scheduled && (
        <Button
          color="red.9"
          variant="outline"
          leftSection={<IconCalendarX size={18} aria-hidden />}
          onClick={() => {
            cancelShift.reset();
            setCancellingShift(true);
          }}
          data-testid="cancel-shift"
        >
          {t('opportunities.roster.cancel_shift')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <PageHeader title={title} description={when} actions={actions} />
      <Stack gap="lg">
        <ProfileSection
          title={t('opportunities.roster.shift')}
          actions={<ShiftStatusBadge status={shift.status} />}
          data-testid="roster-shift"
        >
          <RolePlaces roles={shift.roles} />
          {shift.detached && (
            <Text c="dimmed" data-testid="shift-detached">
              {t('opportunities.occurrence.detached')}
            </Text>
          )}
          {shift.cancelReason && (
            <Text c="dimmed">{t('opportunities.shifts.cancel_reason', { reason: shift.cancelReason })}</Text>
          )}
        </ProfileSection>

        <ProfileSection title={t('opportunities.roster.people')}>
          {roster.isPending && <LoadingState />}
          {roster.isError && <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />}
          {roster.data &&
            (roster.data.length === 0 ? (
              <EmptyNotice title={t('opportunities.roster.empty')} icon={<IconUsers aria-hidden />} />
            ) : (
              <RosterTable
                entries={roster.data}
                onCancel={
                  scheduled
                    ? (entry) => {
                        cancelSignup.reset();
                        setCancelling(entry);
                      }
                    : undefined
                }
              />
            ))}
        </ProfileSection>

        {scheduled && (
          <ProfileSection title={t('opportunities.assign.title')}>
            <AssignVolunteer orgId={orgId} shift={shift} />
          </ProfileSection>
        )}
      </Stack>

      {cancelsShifts && changeable && (
        <ChangeShiftModal opened={changing} orgId={orgId} shift={shift} onClose={() => setChanging(false)} />
      )}
      <ReasonModal
        opened={cancelling !== null}
        title={t('opportunities.roster.cancel_place_title')}
        body={t('opportunities.roster.cancel_place_body', { name: cancelling?.volunteerName ?? '', when })}
        reasonLabel={t('opportunities.roster.reason')}
        confirmLabel={t('opportunities.roster.cancel_place')}
        loading={cancelSignup.isPending}
        error={cancelSignup.error}
        onConfirm={confirmCancelPlace}
        onClose={() => setCancelling(null)}
      />
      <ReasonModal
        opened={cancellingShift}
        title={t('opportunities.roster.cancel_shift_title')}
        body={t('opportunities.roster.cancel_shift_body', { when })}
        reasonLabel={t('opportunities.roster.reason')}
        reasonDescription={t('opportunities.roster.shift_reason_description')}
        reasonRequired
        confirmLabel={t('opportunities.roster.cancel_shift')}
        loading={cancelShift.isPending}
        error={cancelShift.error}
        onConfirm={confirmCancelShift}
        onClose={() => setCancellingShift(false)}
      />
    </>
  );
}
