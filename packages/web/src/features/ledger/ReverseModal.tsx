import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TLedgerStatementLine } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { ledgerApi } from './ledger.api';
import { formatMinutes } from './ledger-display';
import { useIdempotencyKey, useLedgerWrite } from './use-ledger';

/** Reverses one transfer with a reason: a new transfer pointing at it, never an edit. */
export function ReverseModal({
  orgId,
  line,
  onClose,
}: {
  orgId: string;
  line: TLedgerStatementLine;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useIdempotencyKey();
  const reverse = useLedgerWrite(orgId, (reason: string) =>
    ledgerApi.reverse(orgId, line.transferId, { idempotencyKey, reason }),
  );
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('ledger.form.reason_required')) },
  });
  const submit = form.onSubmit((values) =>
    reverse.mutate(values.reason.trim(), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('ledger.reverse.done') });
        onClose();
      },
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('ledger.reverse.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="ledger-reverse-form">
        <Stack gap="md">
          <Text>
            {t('ledger.reverse.explain', {
              kind: t(`ledger.transfer_kind_${line.kind}`),
              amount: formatMinutes(line.amount),
            })}
          </Text>
          <Textarea
            size="md"
            label={t('ledger.form.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('reason')}
          />
          <FormError error={reverse.error} />
          <Button type="submit" size="md" color="red" loading={reverse.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('ledger.reverse.action')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
