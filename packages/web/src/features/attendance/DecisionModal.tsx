import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { TAttendanceRecord } from '@musubi/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { fromLocalInput, toLocalInput } from './attendance-display';
import { CaseSelect } from './CaseSelect';
import { useApproveRecord, useCorrectRecord, useRejectRecord } from './use-attendance';

export type TDecision = 'approve' | 'reject' | 'correct';

interface DecisionModalProps {
  orgId: string;
  record: TAttendanceRecord | null;
  decision: TDecision;
  onClose: () => void;
}

/**
 * One record's decision, with the reason kept beside it: approve (reason optional),
 * reject (reason required), or correct the times and the case (reason required; the rules
 * then apply to the corrected times). A record already decided can still be corrected: an
 * approved one's credit is reversed and the corrected time credited anew.
 */
export function DecisionModal({ orgId, record, decision, onClose }: DecisionModalProps) {
  const { t } = useTranslation();
  const approve = useApproveRecord(orgId);
  const reject = useRejectRecord(orgId);
  const correct = useCorrectRecord(orgId);
  const mutation = { approve, reject, correct }[decision];
  const [reason, setReason] = useState('');
  const [clockIn, setClockIn] = useState('');
  const [clockOut, setClockOut] = useState('');
  const [needId, setNeedId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [timesProblem, setTimesProblem] = useState(false);

  useEffect(() => {
    if (!record) return;
    setReason('');
    setProblem(null);
    setTimesProblem(false);
    setClockIn(toLocalInput(record.clockInAt ?? record.shiftStartsAt));
    setClockOut(toLocalInput(record.clockOutAt ?? record.shiftEndsAt));
    setNeedId(record.needId ?? '');
    approve.reset();
    reject.reset();
    correct.reset();
  }, [record, approve.reset, reject.reset, correct.reset]);

  const reasonRequired = decision !== 'approve';
  const submit = () => {
    if (!record) return;
    const text = reason.trim();
    if (reasonRequired && !text) {
      setProblem(t('validation.required'));
      return;
    }
    const done = { onSuccess: onClose };
    if (decision === 'approve') approve.mutate({ recordId: record.id, reason: text || undefined }, done);
    if (decision === 'reject') reject.mutate({ recordId: record.id, reason: text }, done);
    if (decision === 'correct') {
      const clockInAt = fromLocalInput(clockIn);
      const clockOutAt = fromLocalInput(clockOut);
      if (!clockInAt || !clockOutAt || clockInAt >= clockOutAt) {
        setTimesProblem(true);
        return;
      }
      correct.mutate({ recordId: record.id, clockInAt, clockOutAt, reason: text, needId: needId || null }, done);
    }
  };

  return (
    <Modal opened={record !== null} onClose={onClose} title={t(`attendance.approval.${decision}_title`)} centered>
      {record && (
        <Stack data-testid="decision-form">
          <Text>
            {t('attendance.approval.decision_subject', {
              name: record.volunteerName,
              title: record.opportunityTitle,
            })}
          </Text>
          {decision === 'correct' && (
            <>
              {record.status === 'approved' && (
                <Text size="sm" data-testid="correct-reverses-note">
                  {t('attendance.approval.correct_approved_note')}
                </Text>
              )}
              <TextInput
                type="datetime-local"
                label={t('attendance.field_clock_in')}
                value={clockIn}
                onChange={(event) => setClockIn(event.currentTarget.value)}
                data-testid="correct-clock-in"
              />
              <TextInput
                type="datetime-local"
                label={t('attendance.field_clock_out')}
                value={clockOut}
                onChange={(event) => {
                  setClockOut(event.currentTarget.value);
                  setTimesProblem(false);
                }}
                error={timesProblem ? t('attendance.approval.times_invalid') : undefined}
                data-testid="correct-clock-out"
              />
              <CaseSelect
                orgId={orgId}
                volunteerId={record.volunteerId}
                value={needId}
                onChange={setNeedId}
                current={record.needId ? { id: record.needId, number: record.needNumber } : null}
              />
            </>
          )}
          <Textarea
            label={
              reasonRequired
                ? t('attendance.approval.reason')
                : t('common.optional', { label: t('attendance.approval.reason') })
            }
            description={t('attendance.approval.reason_description')}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            error={problem ?? undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setProblem(null);
            }}
            data-testid="decision-reason"
          />
          <FormError error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button
              color={decision === 'reject' ? 'red' : undefined}
              loading={mutation.isPending}
              onClick={submit}
              data-testid="decision-confirm"
            >
              {t(`attendance.approval.${decision}_confirm`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
