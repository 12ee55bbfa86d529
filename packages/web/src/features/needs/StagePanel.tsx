import { Button, Group, Modal, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  COORDINATOR_ROLES,
  NEED_CLOSURE_REASONS,
  type TNeed,
  type TNeedClosureReason,
  type TNeedStatus,
} from '@musubi/shared';
import { IconArrowBackUp, IconArrowRight, IconCircleX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalText } from '../../app/forms';
import { useHasRole } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { useFormatters } from '../../ui/format';
import { NeedStatusBadge, UrgencyBadge } from './NeedBadges';
import { type StageStep, stageSteps } from './need-display';
import { useTransitionNeed } from './use-needs';

/**
 * Where the case stands, and the steps a coordinator may take from here (only the legal
 * ones, from the shared transition map). Every step asks why; closing asks for a reason.
 */
export function StagePanel({ orgId, need }: { orgId: string; need: TNeed }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const stepLabel = useStepLabel();
  const [step, setStep] = useState<StageStep | null>(null);
  const steps = coordinates ? stageSteps(need.status) : [];

  return (
    <Paper withBorder p="md" component="section" aria-label={t('needs.case.stage')} data-testid="stage-panel">
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Text fw={700} component="span">
            {t('needs.case.stage')}
          </Text>
          <span data-testid="need-status">
            <NeedStatusBadge status={need.status} />
          </span>
          {need.closureReason && (
            <Text component="span" data-testid="closure-reason">
              {t('needs.history.closure', { reason: t(`needs.closure_${need.closureReason}`) })}
            </Text>
          )}
          <UrgencyBadge urgency={need.urgency} />
          <Text component="span" c="dimmed">
            {t('needs.case.since', { date: format.dateTime(need.statusChangedAt) })}
          </Text>
        </Group>
        {need.status === 'completed' && <Text>{t('needs.case.completed_hint')}</Text>}
        {steps.length > 0 && (
          <Group gap="sm" wrap="wrap">
            {steps.map((item) => (
              <Button
                key={item.to}
                size="md"
                variant={item.to === 'closed' ? 'outline' : item.back ? 'default' : 'filled'}
                color={item.to === 'closed' ? 'red.9' : undefined}
                leftSection={
                  item.to === 'closed' ? (
                    <IconCircleX size={18} aria-hidden />
                  ) : item.back ? (
                    <IconArrowBackUp size={18} aria-hidden />
                  ) : (
                    <IconArrowRight size={18} aria-hidden />
                  )
                }
                onClick={() => setStep(item)}
                data-testid={`stage-step-${item.to}`}
              >
                {stepLabel(item)}
              </Button>
            ))}
          </Group>
        )}
        {!coordinates && need.status !== 'closed' && <Text c="dimmed">{t('needs.case.stage_coordinators_only')}</Text>}
      </Stack>
      <StageModal orgId={orgId} need={need} step={step} onClose={() => setStep(null)} />
    </Paper>
  );
}

/** A step's button label: "「マッチング中」に進める", "「アセスメント中」に戻す", "依頼を終了する". */
function useStepLabel(): (step: StageStep) => string {
  const { t } = useTranslation();
  return (step) => {
    if (step.to === 'closed') return t('needs.case.close');
    const stage = t(`needs.status_${step.to}`);
    return step.back ? t('needs.case.move_back', { stage }) : t('needs.case.move_to', { stage });
  };
}

interface StageModalProps {
  orgId: string;
  need: TNeed;
  step: StageStep | null;
  onClose: () => void;
}

function StageModal({ orgId, need, step, onClose }: StageModalProps) {
  const { t } = useTranslation();
  const transition = useTransitionNeed(orgId, need.id);
  const stepLabel = useStepLabel();
  const [reason, setReason] = useState('');
  const [closure, setClosure] = useState<TNeedClosureReason | ''>('');
  const [missing, setMissing] = useState(false);
  const closing = step?.to === 'closed';

  const close = () => {
    setReason('');
    setClosure('');
    setMissing(false);
    transition.reset();
    onClose();
  };
  const confirm = () => {
    if (!step) return;
    if (closing && !closure) {
      setMissing(true);
      return;
    }
    const to: TNeedStatus = step.to;
    transition.mutate(
      { to, reason: optionalText(reason), closureReason: closing ? (closure as TNeedClosureReason) : undefined },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('needs.case.moved', { number: saved.number, stage: t(`needs.status_${saved.status}`) }),
          });
          close();
        },
      },
    );
  };

  return (
    <Modal opened={step !== null} onClose={close} title={step ? stepLabel(step) : ''} centered>
      {step && (
        <Stack>
          <Text>
            {t('needs.case.move_body', {
              from: t(`needs.status_${need.status}`),
              to: t(`needs.status_${step.to}`),
            })}
          </Text>
          {closing && (
            <Radio.Group
              label={t('needs.case.closure_reason')}
              value={closure}
              onChange={(value) => {
                setClosure(value as TNeedClosureReason);
                setMissing(false);
              }}
              error={missing ? t('needs.case.closure_reason_required') : undefined}
              required
            >
              <Stack gap="xs" mt="xs">
                {NEED_CLOSURE_REASONS.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    size="md"
                    label={t(`needs.closure_${value}`)}
                    data-testid={`closure-${value}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Textarea
            label={t('common.optional', { label: t('needs.case.why') })}
            description={t('needs.case.why_description')}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-testid="stage-reason"
          />
          <FormError error={transition.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={transition.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button
              color={closing ? 'red.9' : undefined}
              loading={transition.isPending}
              onClick={confirm}
              data-testid="confirm"
            >
              {stepLabel(step)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
