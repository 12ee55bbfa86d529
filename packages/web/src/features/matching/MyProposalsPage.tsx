import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TProposalSummary } from '@musubi/shared';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ProfileSection } from '../volunteers/ProfileSection';
import { splitOffers } from './offer';
import { ProposalOfferCard } from './ProposalOfferCard';
import { useAnswerMyProposal, useMyProposals } from './use-matching';

/**
 * The requests coordinators sent the signed-in person (`/me/proposals`), in every
 * organization they volunteer for: those waiting for an answer first, with Accept and
 * Decline, then the earlier ones with how they ended.
 */
export function MyProposalsPage() {
  const { t } = useTranslation();
  const offers = useMyProposals();
  const answer = useAnswerMyProposal();
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const [acting, setActing] = useState<string | null>(null);

  const respond = (offer: TProposalSummary, choice: 'accept' | 'decline', reason?: string) => {
    setActing(offer.proposalId);
    answer.mutate(
      { proposalId: offer.proposalId, body: { answer: choice, reason } },
      {
        onSuccess: (saved) => {
          setAnswered((current) => new Set(current).add(saved.proposalId));
          notifications.show({
            color: 'green',
            message:
              choice === 'accept'
                ? t('matching.ui.offer.accepted_notice', { title: saved.need.title })
                : t('matching.ui.offer.declined_notice', { title: saved.need.title }),
          });
        },
        // The request may have closed meanwhile (withdrawn, filled): show how it stands now.
        onError: () => void offers.refetch(),
      },
    );
  };

  const card = (offer: TProposalSummary) => (
    <ProposalOfferCard
      key={offer.proposalId}
      offer={offer}
      headingOrder={3}
      justAnswered={answered.has(offer.proposalId)}
      pending={answer.isPending && acting === offer.proposalId}
      error={acting === offer.proposalId ? answer.error : null}
      onAnswer={(choice, reason) => respond(offer, choice, reason)}
    />
  );

  const { waiting, past } = splitOffers(offers.data ?? []);
  // Answered here just now: kept among "waiting" so the thanks shows where the buttons were.
  const stay = past.filter((offer) => answered.has(offer.proposalId));
  const earlier = past.filter((offer) => !answered.has(offer.proposalId));
  return (
    <>
      <PageHeader title={t('matching.ui.offer.my_title')} description={t('matching.ui.offer.my_intro')} />
      {offers.isPending && <LoadingState />}
      {offers.isError && <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />}
      {offers.data && (
        <Stack gap="lg">
          <ProfileSection title={t('matching.ui.offer.waiting')} data-testid="offers-waiting">
            {waiting.length + stay.length === 0 ? (
              <EmptyNotice
                title={t('matching.ui.offer.none')}
                description={t('matching.ui.offer.none_body')}
                icon={<IconInbox aria-hidden />}
              />
            ) : (
              <Stack gap="md">{[...waiting, ...stay].map(card)}</Stack>
            )}
          </ProfileSection>
          {earlier.length > 0 && (
            <ProfileSection title={t('matching.ui.offer.past')} data-testid="offers-past">
              <Stack gap="md">{earlier.map(card)}</Stack>
            </ProfileSection>
          )}
        </Stack>
      )}
    </>
  );
}
