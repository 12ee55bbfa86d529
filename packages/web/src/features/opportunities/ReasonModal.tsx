import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';

interface ReasonModalProps {
  opened: boolean;
  title: string;
  /** What will happen, in a sentence. */
  body: string;
  reasonLabel: string;
  reasonDescription?: string;
  /** A shift's cancellation is explained to everyone on it: the reason is then required. */
  reasonRequired?: boolean;
  confirmLabel: string;
  loading?: boolean;
  error?: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Asks before cancelling something, with a reason that is kept (and, for a shift, sent). */
export function ReasonModal(props: ReasonModalProps) {
  const { opened, title, body, reasonLabel, reasonDescription, reasonRequired = false } = props;
  const { confirmLabel, loading, error, onConfirm, onClose } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  // Each opening starts with an empty reason.
  useEffect(() => {
    if (!opened) return;
    setReason('');
    setMissing(false);
  }, [opened]);
  const confirm = () => {
    if (reasonRequired && reason.trim() === '') {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text>{body}</Text>
        <Textarea
          label={reasonRequired ? reasonLabel : t('common.optional', { label: reasonLabel })}
          description={reasonDescription}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          error={missing ? t('validation.required') : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          data-testid="cancel-reason"
        />
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('opportunities.keep')}
          </Button>
          <Button color="red.9" loading={loading} onClick={confirm} data-testid="confirm">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
