import { notifications } from '@mantine/notifications';
import type { TMember } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useRemoveMember } from './use-members';

interface RemoveMemberModalProps {
  orgId: string;
  /** The member to remove; the modal is closed while null. */
  member: TMember | null;
  onClose: () => void;
}

export function RemoveMemberModal({ orgId, member, onClose }: RemoveMemberModalProps) {
  const { t } = useTranslation();
  const remove = useRemoveMember(orgId);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={member !== null}
      title={t('people.remove_title')}
      confirmLabel={t('people.remove')}
      danger
      loading={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() => {
        if (!member) return;
        remove.mutate(member.accountId, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('people.removed', { name: member.name }) });
            close();
          },
        });
      }}
    >
      {member && t('people.remove_confirm', { name: member.name })}
    </ConfirmModal>
  );
}
