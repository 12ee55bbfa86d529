import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TVolunteer } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalText } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { statusTarget, type TStatusAction } from './status-actions';
import { useChangeVolunteerStatus } from './use-volunteers';

interface StatusChangeModalProps {
  orgId: string;
  volunteer: TVolunteer;
  /** The change to confirm; the modal is closed while null. */
  action: TStatusAction | null;
  onClose: () => void;
}

/** Confirms a status change, with an optional reason kept in the audit log. */
export function StatusChangeModal({ orgId, volunteer, action, onClose }: StatusChangeModalProps) {
  const { t } = useTranslation();
  const change = useChangeVolunteerStatus(orgId, volunteer.id);
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    change.reset();
    onClose();
  };
  const confirm = () => {
    if (!action) return;
    const status = statusTarget(action);
    change.mutate(
      { status, reason: optionalText(reason) },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('volunteers.status_changed', {
              name: volunteer.name,
              status: t(`participation.status_${status}`),
            }),
          });
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={action !== null}
      onClose={close}
      title={action ? t(`volunteers.status_actions.${action}`) : ''}
      centered
    >
      {action && (
        <Stack>
          <Text>{t(`volunteers.status_confirm.${action}`, { name: volunteer.name })}</Text>
          <Textarea
            label={t('common.optional', { label: t('volunteers.status_reason') })}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <FormError error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={change.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button loading={change.isPending} onClick={confirm} data-testid="confirm">
              {t(`volunteers.status_actions.${action}`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
