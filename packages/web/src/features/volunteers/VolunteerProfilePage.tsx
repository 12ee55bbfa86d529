import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { formatVolunteerNumber, STAFF_ROLES, type TVolunteer } from '@musubi/shared';
import { IconGitMerge, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { VolunteerCertificatesSection } from '../certificates/VolunteerCertificatesSection';
import { ConsentsSection } from './ConsentsSection';
import { InsuranceSection } from './InsuranceSection';
import { ParticipationSection } from './ParticipationSection';
import { StatusPanel } from './StatusPanel';
import { useSkills, useVolunteer } from './use-volunteers';
import { VolunteerEditForm } from './VolunteerEditForm';
import { RegistrationSection, VolunteerProfileView } from './VolunteerProfileView';

/** One volunteer record: what the organization knows, consents, insurance and status. */
export function VolunteerProfilePage() {
  const { volunteerId = '' } = useParams();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      {/* A new key per record: moving to another record (a merge notice's link) starts afresh. */}
      <VolunteerProfile key={volunteerId} volunteerId={volunteerId} />
    </RequireRoles>
  );
}

function VolunteerProfile({ volunteerId }: { volunteerId: string }) {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const volunteer = useVolunteer(orgId, volunteerId);
  const skills = useSkills(orgId);
  const [editing, setEditing] = useState(false);

  if (!volunteer.data) {
    return (
      <>
        <PageHeader title={t('volunteers.profile_title')} />
        {volunteer.isPending && <LoadingState />}
        {volunteer.isError && <ErrorState error={volunteer.error} onRetry={() => void volunteer.refetch()} />}
      </>
    );
  }

  const record = volunteer.data;
  const merged = record.status === 'merged';
  const editButton = !editing && !merged && (
    <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)} data-testid="edit">
      {t('common.actions.edit')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={editing ? t('volunteers.edit_title', { name: record.name }) : record.name}
        description={
          editing
            ? undefined
            : [
                record.nameReading,
                record.number === null
                  ? null
                  : t('volunteers.registration_number', { number: formatVolunteerNumber(record.number) }),
              ]
                .filter(Boolean)
                .join(' · ')
        }
        actions={editButton}
      />
      {editing ? (
        <VolunteerEditForm
          orgId={orgId}
          volunteer={record}
          skills={skills.data ?? []}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Stack gap="lg">
          {merged && <MergedNotice volunteer={record} />}
          <StatusPanel orgId={orgId} volunteer={record} />
          <VolunteerProfileView volunteer={record} skills={skills.data ?? []} />
          <ConsentsSection orgId={orgId} volunteer={record} editable={!merged} />
          <InsuranceSection orgId={orgId} volunteer={record} editable={!merged} />
          <ParticipationSection orgId={orgId} volunteerId={record.id} />
          <VolunteerCertificatesSection orgId={orgId} volunteerId={record.id} />
          <RegistrationSection volunteer={record} />
        </Stack>
      )}
    </>
  );
}

/** A merged record is kept for history; the person's current record is the one it was merged into. */
function MergedNotice({ volunteer }: { volunteer: TVolunteer }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" icon={<IconGitMerge aria-hidden />} title={t('volunteers.merged_title')}>
      {t('volunteers.merged_body')}{' '}
      {volunteer.mergedIntoId && (
        <Anchor component={Link} to={`/volunteers/${volunteer.mergedIntoId}`} data-testid="merged-into">
          {t('volunteers.merged_link')}
        </Anchor>
      )}
    </Alert>
  );
}
