import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TProposal } from '@musubi/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalText } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { useRecordProposalAnswer } from './use-matching';

interface RecordAnswerModalProps {
  orgId: string;
  needId: string;
  proposal: TProposal | null;
  onClose: () => void;
}

/** The answer a volunteer gave on the phone or at the counter, recorded by the coordinator. */
export function RecordAnswerModal({ orgId, needId, proposal, onClose }: RecordAnswerModalProps) {
  const { t } = useTranslation();
  const record = useRecordProposalAnswer(orgId, needId);
  const [answer, setAnswer] = useState<'accept' | 'decline'>('accept');
  const [reason, setReason] = useState('');
  const reset = record.reset;
  useEffect(() => {
    if (!proposal) return;
    setAnswer('accept');
    setReason('');
    reset();
  }, [proposal, reset]);
  const save = () => {
    if (!proposal) return;
    record.mutate(
      {
        proposalId: proposal.id,
        body: { answer, reason: answer === 'decline' ? optionalText(reason) : undefined },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('matching.ui.proposals.recorded') });
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={proposal !== null}
      onClose={onClose}
      title={proposal ? t('matching.ui.proposals.record_title', { name: proposal.volunteerName }) : ''}
      centered
    >
      <Stack>
        <Radio.Group
          label={t('matching.ui.proposals.record_answer')}
          value={answer}
          onChange={(value) => setAnswer(value === 'decline' ? 'decline' : 'accept')}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              size="md"
              value="accept"
              label={t('matching.ui.proposals.answer_accept')}
              data-testid="record-accept"
            />
            <Radio
              size="md"
              value="decline"
              label={t('matching.ui.proposals.answer_decline')}
              data-testid="record-decline"
            />
          </Stack>
        </Radio.Group>
        {answer === 'decline' && (
          <Textarea
            label={t('common.optional', { label: t('matching.ui.proposals.decline_reason_label') })}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        )}
        <FormError error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button loading={record.isPending} onClick={save} data-testid="confirm">
            {t('matching.ui.proposals.record_save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
