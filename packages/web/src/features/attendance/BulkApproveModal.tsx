import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { TAttendanceRecord, TBulkApproveFailure } from '@musubi/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { FormError } from '../../ui/FormError';
import { useRefusalReason } from './ScanQueuePanel';
import { useBulkApprove } from './use-attendance';

interface BulkApproveModalProps {
  orgId: string;
  opened: boolean;
  records: readonly TAttendanceRecord[];
  onDone: (approved: number) => void;
  onClose: () => void;
}

/** Approves the chosen records together: all of them, or none with each failure named. */
export function BulkApproveModal({ orgId, opened, records, onDone, onClose }: BulkApproveModalProps) {
  const { t } = useTranslation();
  const bulk = useBulkApprove(orgId);
  const reasonOf = useRefusalReason();
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (!opened) return;
    setReason('');
    bulk.reset();
  }, [opened, bulk.reset]);

  const failures: TBulkApproveFailure[] = isApiError(bulk.error, 'ATTENDANCE_BULK_REFUSED')
    ? ((bulk.error.details.failures as TBulkApproveFailure[] | undefined) ?? [])
    : [];
  const nameOf = (id: string) => records.find((record) => record.id === id)?.volunteerName ?? id;

  return (
    <Modal opened={opened} onClose={onClose} title={t('attendance.approval.bulk_title')} centered>
      <Stack data-testid="bulk-approve-form">
        <Text>{t('attendance.approval.bulk_body', { count: records.length })}</Text>
        <Textarea
          label={t('common.optional', { label: t('attendance.approval.reason') })}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="bulk-reason"
        />
        <FormError error={bulk.error} />
        {failures.length > 0 && (
          <List data-testid="bulk-failures">
            {failures.map((failure) => (
              <List.Item key={failure.id}>
                {nameOf(failure.id)}: {reasonOf(failure.code)}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={bulk.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button
            loading={bulk.isPending}
            onClick={() =>
              bulk.mutate(
                { ids: records.map((record) => record.id), reason: reason.trim() || undefined },
                { onSuccess: (result) => onDone(result.records.length) },
              )
            }
            data-testid="bulk-confirm"
          >
            {t('attendance.approval.bulk_confirm', { count: records.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
