import { Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TMatchingWeights, TRankedCandidate } from '@musubi/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { buildProposeRequest, missingReasons, overrideKind, skippedAbove } from './propose';
import { usePropose } from './use-matching';

interface ProposeModalProps {
  orgId: string;
  needId: string;
  opened: boolean;
  /** The people chosen, in ranking order. */
  chosen: readonly TRankedCandidate[];
  /** The ranking they were chosen from. */
  shown: readonly TRankedCandidate[];
  limit: number;
  overrides: Partial<TMatchingWeights>;
  /** The warnings of each chosen person, in words. */
  warningsOf: (candidate: TRankedCandidate) => string[];
  onClose: () => void;
  onProposed: () => void;
}

/**
 * Asks before sending: who will be asked, a reason for each choice that departs from the
 * ranking (required when the API wants one, optional when higher-ranked people are passed
 * over), and a personal line for the mail.
 */
export function ProposeModal(props: ProposeModalProps) {
  const { orgId, needId, opened, chosen, shown, limit, overrides, warningsOf, onClose, onProposed } = props;
  const { t } = useTranslation();
  const propose = usePropose(orgId, needId);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const reset = propose.reset;
  // Each opening starts blank.
  useEffect(() => {
    if (!opened) return;
    setReasons({});
    setMessage('');
    setMissing([]);
    reset();
  }, [opened, reset]);

  const chosenIds = new Set(chosen.map((c) => c.volunteerId));
  const draft = { chosen, shown, reasons, limit, overrides, message };
  const send = () => {
    const lacking = missingReasons(draft);
    setMissing(lacking);
    if (lacking.length > 0) return;
    propose.mutate(buildProposeRequest(draft), {
      onSuccess: (result) => {
        notifications.show({
          color: 'green',
          message: t('matching.ui.propose.sent', { count: result.proposals.length }),
        });
        onProposed();
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('matching.ui.propose.title', { count: chosen.length })}
      centered
      size="lg"
    >
      <Stack data-testid="propose-dialog">
        <Text>{t('matching.ui.propose.body')}</Text>
        {chosen.map((candidate) => {
          const kind = overrideKind(candidate, shown, chosenIds, limit);
          const warnings = warningsOf(candidate);
          const lacking = missing.includes(candidate.volunteerId);
          return (
            <Paper key={candidate.volunteerId} withBorder p="sm" data-testid="propose-person">
              <Stack gap="xs">
                <Text fw={700}>
                  {t('matching.ui.candidates.select', { rank: candidate.rank, name: candidate.name })}
                </Text>
                {kind === 'required' && (
                  <Text>
                    {warnings.length > 0
                      ? t('matching.ui.propose.override_warning', { list: warnings.join(t('matching.separator')) })
                      : t('matching.ui.propose.override_outside', { limit })}
                  </Text>
                )}
                {kind === 'skipped' && (
                  <Text>
                    {t('matching.ui.propose.override_skipped', {
                      count: skippedAbove(candidate, shown, chosenIds),
                    })}
                  </Text>
                )}
                {kind && (
                  <Textarea
                    label={
                      kind === 'required'
                        ? t('matching.ui.propose.reason')
                        : t('common.optional', { label: t('matching.ui.propose.reason') })
                    }
                    required={kind === 'required'}
                    autosize
                    minRows={2}
                    maxLength={500}
                    value={reasons[candidate.volunteerId] ?? ''}
                    error={lacking ? t('matching.ui.propose.reason_required') : undefined}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setReasons((current) => ({ ...current, [candidate.volunteerId]: value }));
                      setMissing((current) => current.filter((id) => id !== candidate.volunteerId));
                    }}
                    data-testid="override-reason"
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
        <Textarea
          label={t('common.optional', { label: t('matching.ui.propose.message') })}
          description={t('matching.ui.propose.message_description')}
          autosize
          minRows={2}
          maxLength={500}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          data-testid="propose-message"
        />
        <FormError error={propose.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={propose.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button loading={propose.isPending} onClick={send} data-testid="propose-send">
            {t('matching.ui.propose.send', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
