import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { COORDINATOR_ROLES, type TNeed, type TProposal } from '@musubi/shared';
import { IconCircleCheck, IconMessageCircle, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { optionalText } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { ProfileSection } from '../volunteers/ProfileSection';
import { isOpenProposal, proposalStatusColor } from './proposal-display';
import { ReasonDialog } from './ReasonDialog';
import { RecordAnswerModal } from './RecordAnswerModal';
import { useConfirmProposal, useNeedProposals, useWithdrawProposal } from './use-matching';
import { roundScore } from './weights';

/**
 * Who was asked for this case and how they answered: status, place and score when asked,
 * the reasons given; coordinators confirm an acceptance, withdraw an open request, or record
 * an answer given on the phone. Nothing shows until someone has been asked.
 */
export function ProposalsSection({ orgId, need }: { orgId: string; need: TNeed }) {
  const { t } = useTranslation();
  const list = useNeedProposals(orgId, need.id);
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const confirm = useConfirmProposal(orgId, need.id);
  const withdraw = useWithdrawProposal(orgId, need.id);
  const [confirming, setConfirming] = useState<TProposal | null>(null);
  const [withdrawing, setWithdrawing] = useState<TProposal | null>(null);
  const [recording, setRecording] = useState<TProposal | null>(null);

  if (list.isError) {
    return (
      <ProfileSection title={t('matching.ui.proposals.title')} data-testid="proposals">
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      </ProfileSection>
    );
  }
  const proposals = list.data?.proposals ?? [];
  if (proposals.length === 0) return null;
  const mode = list.data!.mode;
  const confirmedCount = proposals.filter((p) => p.status === 'confirmed').length;
  const actions = coordinates && need.status !== 'closed';

  return (
    <ProfileSection title={t('matching.ui.proposals.title')} data-testid="proposals">
      <Stack gap={4}>
        <Text>{t('matching.ui.proposals.mode', { mode: t(`matching.mode_${mode}`) })}</Text>
        <Text data-testid="proposals-filled">
          {t('matching.ui.proposals.filled', { confirmed: confirmedCount, headcount: need.headcount })}
        </Text>
      </Stack>
      <DataTable caption={t('matching.ui.proposals.caption', { count: proposals.length })} captionHidden minWidth={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.ui.proposals.columns.volunteer')}</Table.Th>
            <Table.Th scope="col">{t('matching.ui.proposals.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('matching.ui.proposals.columns.ranking')}</Table.Th>
            <Table.Th scope="col">{t('matching.ui.proposals.columns.progress')}</Table.Th>
            {actions && <Table.Th scope="col">{t('matching.ui.proposals.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposals.map((proposal) => (
            <ProposalRow
              key={proposal.id}
              proposal={proposal}
              orgId={orgId}
              actions={actions}
              onConfirm={() => {
                confirm.reset();
                setConfirming(proposal);
              }}
              onWithdraw={() => {
                withdraw.reset();
                setWithdrawing(proposal);
              }}
              onRecord={() => setRecording(proposal)}
            />
          ))}
        </Table.Tbody>
      </DataTable>
      <ConfirmModal
        opened={confirming !== null}
        title={t('matching.ui.proposals.confirm_title', { name: confirming?.volunteerName ?? '' })}
        confirmLabel={t('matching.ui.proposals.confirm')}
        loading={confirm.isPending}
        error={confirm.error}
        onConfirm={() =>
          confirming &&
          confirm.mutate(confirming.id, {
            onSuccess: (saved) => {
              notifications.show({
                color: 'green',
                message: t('matching.ui.proposals.confirmed', { name: saved.volunteerName }),
              });
              setConfirming(null);
            },
          })
        }
        onClose={() => setConfirming(null)}
      >
        {t('matching.ui.proposals.confirm_body')}
      </ConfirmModal>
      <ReasonDialog
        opened={withdrawing !== null}
        title={t('matching.ui.proposals.withdraw_title', { name: withdrawing?.volunteerName ?? '' })}
        body={t('matching.ui.proposals.withdraw_body')}
        reasonLabel={t('matching.ui.proposals.withdraw_reason')}
        confirmLabel={t('matching.ui.proposals.withdraw')}
        danger
        loading={withdraw.isPending}
        error={withdraw.error}
        onConfirm={(reason) =>
          withdrawing &&
          withdraw.mutate(
            { proposalId: withdrawing.id, reason: optionalText(reason) },
            {
              onSuccess: (saved) => {
                notifications.show({
                  color: 'green',
                  message: t('matching.ui.proposals.withdrawn', { name: saved.volunteerName }),
                });
                setWithdrawing(null);
              },
            },
          )
        }
        onClose={() => setWithdrawing(null)}
      />
      <RecordAnswerModal orgId={orgId} needId={need.id} proposal={recording} onClose={() => setRecording(null)} />
    </ProfileSection>
  );
}

interface ProposalRowProps {
  proposal: TProposal;
  orgId: string;
  actions: boolean;
  onConfirm: () => void;
  onWithdraw: () => void;
  onRecord: () => void;
}

function ProposalRow({ proposal, orgId, actions, onConfirm, onWithdraw, onRecord }: ProposalRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const name = proposal.volunteerName;
  const score = t('matching.ui.total', {
    total: format.number(roundScore(proposal.score)),
    max: format.number(roundScore(proposal.maxScore)),
  });
  return (
    <Table.Tr data-testid="proposal-row" data-status={proposal.status}>
      <Table.Td>
        {proposal.volunteerOrgId === orgId ? (
          <Anchor component={Link} to={`/volunteers/${proposal.volunteerId}`}>
            {name}
          </Anchor>
        ) : (
          name
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="proposal-status">
        <StatusBadge color={proposalStatusColor(proposal.status)}>
          {t(`matching.proposal_status_${proposal.status}`)}
        </StatusBadge>
      </Table.Td>
      <Table.Td>
        <Text>
          {proposal.rank === null
            ? t('matching.ui.proposals.outside_ranking')
            : t('matching.ui.rank', { rank: proposal.rank })}
        </Text>
        <Text>{score}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">
            {proposal.proposedByName
              ? t('matching.ui.proposals.proposed_by', {
                  date: format.dateTime(proposal.proposedAt),
                  name: proposal.proposedByName,
                })
              : t('matching.ui.proposals.proposed', { date: format.dateTime(proposal.proposedAt) })}
          </Text>
          {proposal.status === 'proposed' && (
            <Text size="sm">{t('matching.ui.proposals.expires', { date: format.dateTime(proposal.expiresAt) })}</Text>
          )}
          {proposal.answeredAt && (
            <Text size="sm">
              {t('matching.ui.proposals.answered', {
                date: format.dateTime(proposal.answeredAt),
                via: proposal.answeredVia ? t(`matching.answer_via_${proposal.answeredVia}`) : '',
              })}
            </Text>
          )}
          {proposal.overrideReason && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('matching.ui.proposals.override_reason', { reason: proposal.overrideReason })}
            </Text>
          )}
          {proposal.declineReason && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('matching.ui.proposals.decline_reason', { reason: proposal.declineReason })}
            </Text>
          )}
        </Stack>
      </Table.Td>
      {actions && (
        <Table.Td>
          {isOpenProposal(proposal.status) && (
            <Group gap="xs" wrap="wrap">
              {proposal.status === 'accepted' && (
                <Button
                  size="sm"
                  leftSection={<IconCircleCheck size={18} aria-hidden />}
                  aria-label={t('matching.ui.proposals.confirm_named', { name })}
                  onClick={onConfirm}
                  data-testid="proposal-confirm"
                >
                  {t('matching.ui.proposals.confirm')}
                </Button>
              )}
              {proposal.status === 'proposed' && (
                <Button
                  size="sm"
                  variant="default"
                  leftSection={<IconMessageCircle size={18} aria-hidden />}
                  aria-label={t('matching.ui.proposals.record_named', { name })}
                  onClick={onRecord}
                  data-testid="proposal-record"
                >
                  {t('matching.ui.proposals.record')}
                </Button>
              )}
              <Button
                size="sm"
                variant="outline"
                color="red.9"
                leftSection={<IconX size={18} aria-hidden />}
                aria-label={t('matching.ui.proposals.withdraw_named', { name })}
                onClick={onWithdraw}
                data-testid="proposal-withdraw"
              >
                {t('matching.ui.proposals.withdraw')}
              </Button>
            </Group>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
