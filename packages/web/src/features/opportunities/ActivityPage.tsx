import { Alert, Box, Button, Group, Stack, Switch } from '@mantine/core';
import type { TOpportunity } from '@musubi/shared';
import { IconCalendarOff, IconCalendarPlus, IconCalendarX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { skillName } from '../participation/skill-names';
import { ProfileSection } from '../volunteers/ProfileSection';
import { useInsurancePlans, useSkills } from '../volunteers/use-volunteers';
import { ActivityFacts } from './ActivityFacts';
import { ActivityStatusActions } from './ActivityStatusActions';
import { AddShiftsForm } from './AddShiftsForm';
import { ACTIVITY_MANAGER_ROLES, ACTIVITY_READER_ROLES } from './activity-roles';
import { ShareLink } from './ShareLink';
import { ShiftList } from './ShiftList';
import { OpportunityStatusBadge } from './StatusBadges';
import { splitByTime } from './shift-groups';
import { useOpportunity, useShifts } from './use-opportunities';

/** One activity for staff (`/activities/:opportunityId`): its facts, state, share link and shifts. */
export function ActivityPage() {
  const { opportunityId = '' } = useParams();
  return (
    <RequireRoles roles={ACTIVITY_READER_ROLES}>
      <Activity key={opportunityId} opportunityId={opportunityId} />
    </RequireRoles>
  );
}

function Activity({ opportunityId }: { opportunityId: string }) {
  const { t, i18n } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const opportunity = useOpportunity(orgId, opportunityId);
  const skills = useSkills(orgId);
  const plans = useInsurancePlans(orgId);
  const manages = useHasRole(ACTIVITY_MANAGER_ROLES);

  if (!opportunity.data) {
    return (
      <>
        <PageHeader title={t('opportunities.activity.title')} />
        {opportunity.isPending && <LoadingState />}
        {opportunity.isError && <ErrorState error={opportunity.error} onRetry={() => void opportunity.refetch()} />}
      </>
    );
  }
  const record = opportunity.data;
  const skillNames = record.requiredSkillIds.map((id) => {
    const skill = skills.data?.find((item) => item.id === id);
    return skill ? skillName(skill, i18n.language) : t('opportunities.facts.unknown_skill');
  });
  const planName = plans.data?.plans.find((plan) => plan.id === record.requiredInsurancePlanId)?.name;

  return (
    <>
      <PageHeader
        title={record.title}
        actions={
          <>
            <Box data-testid="activity-status">
              <OpportunityStatusBadge status={record.status} />
            </Box>
            {manages && <ActivityStatusActions orgId={orgId} opportunity={record} />}
          </>
        }
      />
      <Stack gap="lg">
        {record.status === 'cancelled' && (
          <Alert color="red" variant="light" icon={<IconCalendarX aria-hidden />} data-testid="activity-cancelled">
            {t('opportunities.actions.cancel_notice')}
          </Alert>
        )}
        <ProfileSection title={t('opportunities.share.title')}>
          <ShareLink opportunityId={record.id} withOpen />
        </ProfileSection>
        <ActivityShifts orgId={orgId} opportunity={record} manages={manages} />
        <ActivityFacts opportunity={record} skillNames={skillNames} planName={planName} forStaff />
      </Stack>
    </>
  );
}

interface ActivityShiftsProps {
  orgId: string;
  opportunity: TOpportunity;
  manages: boolean;
}

function ActivityShifts({ orgId, opportunity, manages }: ActivityShiftsProps) {
  const { t } = useTranslation();
  const shifts = useShifts(orgId, opportunity.id);
  const skills = useSkills(orgId);
  const [adding, setAdding] = useState(false);
  const [showPast, setShowPast] = useState(false);
  const all = shifts.data ?? [];
  const { upcoming, past } = splitByTime(all, Date.now());
  const shown = showPast ? all : upcoming;

  const addButton = manages && !adding && opportunity.status !== 'cancelled' && (
    <Button
      leftSection={<IconCalendarPlus size={18} aria-hidden />}
      onClick={() => setAdding(true)}
      data-testid="add-shifts"
    >
      {t('opportunities.shifts.add')}
    </Button>
  );

  return (
    <ProfileSection title={t('opportunities.shifts.title')} actions={addButton} data-testid="activity-shifts">
      {adding && (
        <AddShiftsForm
          orgId={orgId}
          opportunityId={opportunity.id}
          skills={skills.data ?? []}
          onDone={() => setAdding(false)}
        />
      )}
      {shifts.isPending && <LoadingState />}
      {shifts.isError && <ErrorState error={shifts.error} onRetry={() => void shifts.refetch()} />}
      {shifts.isSuccess && (
        <>
          {past.length > 0 && (
            <Group>
              <Switch
                size="md"
                label={t('opportunities.shifts.show_past', { count: past.length })}
                checked={showPast}
                onChange={(event) => setShowPast(event.currentTarget.checked)}
              />
            </Group>
          )}
          {shown.length === 0 ? (
            <EmptyNotice
              title={t('opportunities.shifts.empty')}
              description={manages ? t('opportunities.shifts.empty_body') : undefined}
              icon={<IconCalendarOff aria-hidden />}
            />
          ) : (
            <ShiftList shifts={shown} />
          )}
        </>
      )}
    </ProfileSection>
  );
}
