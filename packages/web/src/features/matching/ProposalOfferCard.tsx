import { Alert, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TProposalSummary } from '@musubi/shared';
import { IconCheck, IconCircleCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { formatCalendarDate, useFormatters } from '../../ui/format';
import { StatusBadge } from '../../ui/StatusBadge';
import { Detail, DetailList } from '../volunteers/ProfileSection';
import { weekdayName } from '../volunteers/volunteer-display';
import { offerOutcome } from './offer';
import { proposalStatusColor } from './proposal-display';
import { ReasonDialog } from './ReasonDialog';

interface ProposalOfferCardProps {
  offer: TProposalSummary;
  /** The card's heading level: 2 on the link page, 3 inside a list's section. */
  headingOrder: 2 | 3;
  /** True right after this person answered here (thanks rather than a reminder). */
  justAnswered: boolean;
  pending: boolean;
  error: unknown;
  onAnswer: (answer: 'accept' | 'decline', reason?: string) => void;
}

/**
 * A request as the volunteer sees it — who asks, what, where (the area only), when — with
 * Accept and Decline while it can be answered, and the outcome in words once it cannot.
 */
export function ProposalOfferCard(props: ProposalOfferCardProps) {
  const { offer, headingOrder, justAnswered, pending, error, onAnswer } = props;
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const [declining, setDeclining] = useState(false);
  const need = offer.need;
  const outcome = offerOutcome(offer, justAnswered);
  const helping = outcome !== null && (outcome.includes('accepted') || outcome.includes('confirmed'));
  const when =
    need.timeWindows.length === 0
      ? [t('matching.when_to_be_arranged')]
      : need.timeWindows.map((w) =>
          w.date
            ? t('needs.case.window_date', {
                date: formatCalendarDate(w.date, i18n.language),
                start: w.start,
                end: w.end,
              })
            : t('needs.case.window_weekday', {
                weekday: weekdayName(w.weekday ?? 1, i18n.language),
                start: w.start,
                end: w.end,
              }),
        );

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" data-testid="proposal-offer">
      <Stack>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Text>{t('matching.ui.offer.from', { orgName: offer.orgName })}</Text>
            <Title order={headingOrder} size="h3" id={headingId}>
              {need.title}
            </Title>
          </Stack>
          <span data-testid="offer-status">
            <StatusBadge color={proposalStatusColor(offer.status)}>
              {t(`matching.proposal_status_${offer.status}`)}
            </StatusBadge>
          </span>
        </Group>
        {offer.answerable && <Text>{t('matching.ui.offer.greeting', { name: offer.volunteerName })}</Text>}
        <DetailList>
          <Detail label={t('needs.field_kind')}>{t(`needs.kind_${need.kind}`)}</Detail>
          <Detail label={t('matching.ui.offer.place')}>
            {need.online ? t('matching.place_online') : (need.area ?? t('matching.place_to_be_told'))}
          </Detail>
          <Detail label={t('matching.ui.offer.when')}>{when.join('\n')}</Detail>
          <Detail label={t('needs.field_urgency')}>{t(`needs.urgency_${need.urgency}`)}</Detail>
          <Detail label={t('matching.ui.offer.number')}>{need.number}</Detail>
          {offer.answerable && (
            <Detail label={t('matching.ui.offer.reply_by')}>{format.dateTime(offer.expiresAt)}</Detail>
          )}
        </DetailList>
        {offer.message && (
          <Blockquote p="sm" icon={null} cite={t('matching.ui.offer.message_from')}>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{offer.message}</Text>
          </Blockquote>
        )}
        <Text size="sm">{t('matching.ui.offer.privacy')}</Text>
        <FormError error={error} />
        {offer.answerable ? (
          <Group gap="sm">
            <Button
              size="lg"
              leftSection={<IconCheck size={20} aria-hidden />}
              loading={pending}
              onClick={() => onAnswer('accept')}
              data-testid="offer-accept"
            >
              {t('matching.ui.offer.accept')}
            </Button>
            <Button
              size="lg"
              variant="default"
              leftSection={<IconX size={20} aria-hidden />}
              disabled={pending}
              onClick={() => setDeclining(true)}
              data-testid="offer-decline"
            >
              {t('matching.ui.offer.decline')}
            </Button>
          </Group>
        ) : (
          outcome && (
            <Alert
              color={helping ? 'green' : 'indigo'}
              icon={helping ? <IconCircleCheck aria-hidden /> : <IconInfoCircle aria-hidden />}
              data-testid="offer-outcome"
              data-outcome={outcome}
            >
              {t(`matching.ui.offer.outcome_${outcome}`)}
            </Alert>
          )
        )}
      </Stack>
      <ReasonDialog
        opened={declining}
        title={t('matching.ui.offer.decline_title')}
        body={t('matching.ui.offer.decline_body')}
        reasonLabel={t('matching.ui.offer.decline_reason')}
        reasonDescription={t('matching.ui.offer.decline_reason_description')}
        confirmLabel={t('matching.ui.offer.decline_confirm')}
        loading={pending}
        onConfirm={(reason) => {
          onAnswer('decline', reason || undefined);
          setDeclining(false);
        }}
        onClose={() => setDeclining(false)}
      />
    </Paper>
  );
}
