import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in a sentence. */
  body: string;
  reasonLabel: string;
  reasonDescription?: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Asks before withdrawing or declining, with an optional reason that is kept and shown to the other side. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { opened, title, body, reasonLabel, reasonDescription, confirmLabel, danger, loading, error } = props;
  const { onConfirm, onClose } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  // Each opening starts with an empty reason.
  useEffect(() => {
    if (opened) setReason('');
  }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text>{body}</Text>
        <Textarea
          label={t('common.optional', { label: reasonLabel })}
          description={reasonDescription}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="reason"
        />
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.actions.cancel')}
          </Button>
          <Button
            color={danger ? 'red.9' : undefined}
            loading={loading}
            onClick={() => onConfirm(reason.trim())}
            data-testid="confirm"
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
