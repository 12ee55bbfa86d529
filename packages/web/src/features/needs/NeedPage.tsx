import { Anchor, Button, Stack } from '@mantine/core';
import { STAFF_ROLES } from '@musubi/shared';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { ProfileSection } from '../volunteers/ProfileSection';
import { useSkills } from '../volunteers/use-volunteers';
import { CandidatesSection } from './CandidatesSection';
import { FollowUpSection } from './FollowUpSection';
import { NeedEditForm } from './NeedEditForm';
import { NeedSummary } from './NeedSummary';
import { needsPath } from './paths';
import { ResourceLinesSection } from './ResourceLinesSection';
import { SensitiveNotesSection } from './SensitiveNotesSection';
import { StagePanel } from './StagePanel';
import { TimelineSection } from './TimelineSection';
import { useNeed } from './use-needs';
import { useReadingContext } from './use-reading-context';

/** The case page (`/needs/:needId`): where it stands, what is known, how it is met, and its history. */
export function NeedPage() {
  const { needId = '' } = useParams();
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <NeedCase key={needId} needId={needId} />
    </RequireRoles>
  );
}

function NeedCase({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const need = useNeed(orgId, needId);
  const skills = useSkills(orgId);
  const ctx = useReadingContext(orgId);
  const [editing, setEditing] = useState(false);

  const back = (
    <Anchor component={Link} to={needsPath} mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={18} aria-hidden />
      {t('needs.case.back')}
    </Anchor>
  );

  if (!need.data) {
    return (
      <>
        {back}
        <PageHeader title={t('needs.case.title')} />
        {need.isPending && <LoadingState />}
        {need.isError && <ErrorState error={need.error} onRetry={() => void need.refetch()} />}
      </>
    );
  }

  const record = need.data;
  const closed = record.status === 'closed';
  return (
    <>
      {back}
      <PageHeader
        title={editing ? t('needs.case.edit_title', { number: record.number }) : record.title}
        description={t('needs.case.header', { number: record.number, kind: t(`needs.kind_${record.kind}`) })}
        actions={
          !editing &&
          !closed && (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
              data-testid="need-edit"
            >
              {t('common.actions.edit')}
            </Button>
          )
        }
      />
      {editing ? (
        <NeedEditForm orgId={orgId} need={record} skills={skills.data ?? []} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="lg">
          <StagePanel orgId={orgId} need={record} />
          <ProfileSection title={t('needs.case.summary')} data-testid="need-summary">
            <NeedSummary need={record} ctx={ctx} />
          </ProfileSection>
          <CandidatesSection orgId={orgId} need={record} />
          <ResourceLinesSection orgId={orgId} need={record} />
          <FollowUpSection orgId={orgId} need={record} />
          <SensitiveNotesSection orgId={orgId} subject={{ needId: record.id }} count={record.sensitiveNoteCount} />
          <TimelineSection orgId={orgId} needId={record.id} ctx={ctx} />
        </Stack>
      )}
    </>
  );
}
