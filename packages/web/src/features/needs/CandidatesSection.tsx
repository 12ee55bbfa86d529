import { Stack } from '@mantine/core';
import { COORDINATOR_ROLES, type TNeed, type TNeedStatus } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../../app/shell/RequireRoles';
import { CandidatesNotice } from '../matching/CandidatesNotice';
import { CandidatesPanel } from '../matching/CandidatesPanel';
import { ProposalsSection } from '../matching/ProposalsSection';

/** Stages in which the case looks for volunteers: the ranking shows (to propose: matching and proposed). */
const RANKING_STATUSES: readonly TNeedStatus[] = ['assessing', 'matching', 'proposed'];

/**
 * Matching on the case page (section id `candidates`): the ranked volunteers with their
 * reasons for coordinators while the case looks for help, and who was asked and how they
 * answered, for as long as the case has proposals.
 */
export function CandidatesSection({ orgId, need }: { orgId: string; need: TNeed }) {
  const { t } = useTranslation();
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const looking = RANKING_STATUSES.includes(need.status);
  let candidates = null;
  if (looking && coordinates) candidates = <CandidatesPanel orgId={orgId} need={need} />;
  else if (looking) candidates = <CandidatesNotice text={t('matching.ui.candidates.coordinators_only')} />;
  else if (need.status === 'new' && coordinates) {
    candidates = <CandidatesNotice text={t('matching.ui.candidates.not_yet')} />;
  }
  return (
    <Stack id="candidates" gap="lg">
      {candidates}
      <ProposalsSection orgId={orgId} need={need} />
    </Stack>
  );
}
