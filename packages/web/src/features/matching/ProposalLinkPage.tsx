import { Alert } from '@mantine/core';
import { ZProposalTokenParams } from '@musubi/shared';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, isApiError } from '../../app/api-client';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ProposalOfferCard } from './ProposalOfferCard';
import { useAnswerProposalByLink, useProposalByLink } from './use-matching';

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/**
 * The page behind the link mailed with a request (`/proposals/<token>`): the request in
 * brief and Accept / Decline, without signing in; afterwards, and on later visits, how it
 * stands (accepted, declined, withdrawn, expired).
 */
export function ProposalLinkPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const validLink = ZProposalTokenParams.safeParse({ token }).success;
  const offer = useProposalByLink(token, validLink);
  const answer = useAnswerProposalByLink(token);
  const [answered, setAnswered] = useState(false);
  const unknown = !validLink || isApiError(offer.error, 'PROPOSAL_NOT_FOUND');

  return (
    <>
      <PageHeader
        title={t('matching.ui.offer.link_title')}
        description={offer.data ? t('matching.ui.offer.from', { orgName: offer.data.orgName }) : undefined}
      />
      {unknown && (
        <Alert
          color="red"
          icon={<IconLinkOff aria-hidden />}
          title={t('matching.ui.offer.invalid_title')}
          data-testid="offer-invalid"
        >
          {t('matching.ui.offer.invalid_body')}
        </Alert>
      )}
      {validLink && offer.isPending && <LoadingState />}
      {offer.isError && !unknown && (
        <ErrorState error={offer.error} onRetry={isTransient(offer.error) ? () => void offer.refetch() : undefined} />
      )}
      {offer.data && (
        <ProposalOfferCard
          offer={offer.data}
          headingOrder={2}
          justAnswered={answered}
          pending={answer.isPending}
          error={answer.error}
          onAnswer={(choice, reason) =>
            answer.mutate(
              { answer: choice, reason },
              {
                onSuccess: () => setAnswered(true),
                // Closed meanwhile (withdrawn, filled, expired): show how it stands now.
                onError: () => void offer.refetch(),
              },
            )
          }
        />
      )}
    </>
  );
}
