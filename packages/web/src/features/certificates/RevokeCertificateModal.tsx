import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TCertificate } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { useRevokeCertificate } from './use-certificates';

interface RevokeCertificateModalProps {
  orgId: string;
  volunteerId: string;
  certificate: TCertificate | null;
  onClose: () => void;
}

/** Asks for the reason, then revokes: the certificate stays on record and verifies as revoked. */
export function RevokeCertificateModal({ orgId, volunteerId, certificate, onClose }: RevokeCertificateModalProps) {
  const { t } = useTranslation();
  const revoke = useRevokeCertificate(orgId, volunteerId);
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    revoke.reset();
    onClose();
  };
  const submit = () => {
    if (!certificate) return;
    revoke.mutate(
      { certificateId: certificate.id, reason },
      {
        onSuccess: (done) => {
          notifications.show({ color: 'green', message: t('certificates.revoke.done', { number: done.number }) });
          close();
        },
      },
    );
  };
  return (
    <Modal
      opened={certificate !== null}
      onClose={close}
      title={t('certificates.revoke.title', { number: certificate?.number ?? '' })}
      centered
    >
      <Stack>
        <Text>{t('certificates.revoke.help')}</Text>
        <Textarea
          label={t('certificates.revoke.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="revoke-reason"
        />
        <FormError error={revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={revoke.isPending}>
            {t('certificates.revoke.cancel')}
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            disabled={reason.trim() === ''}
            onClick={submit}
            data-testid="revoke-confirm"
          >
            {t('certificates.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
