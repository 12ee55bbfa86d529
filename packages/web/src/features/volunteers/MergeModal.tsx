import { notifications } from '@mantine/notifications';
import type { TDuplicateCandidate } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useMergeVolunteer } from './use-volunteers';

/** Which record folds into which. */
export interface MergeChoice {
  from: TDuplicateCandidate;
  into: TDuplicateCandidate;
}

interface MergeModalProps {
  orgId: string;
  /** The merge to confirm; the modal is closed while null. */
  choice: MergeChoice | null;
  onClose: () => void;
}

/** Asks before folding one record into another, saying what moves and what remains. */
export function MergeModal({ orgId, choice, onClose }: MergeModalProps) {
  const { t } = useTranslation();
  const merge = useMergeVolunteer(orgId);
  const close = () => {
    merge.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={choice !== null}
      title={t('volunteers.merge_title')}
      confirmLabel={t('volunteers.merge')}
      danger
      loading={merge.isPending}
      error={merge.error}
      onClose={close}
      onConfirm={() => {
        if (!choice) return;
        merge.mutate(
          { volunteerId: choice.from.volunteerId, intoVolunteerId: choice.into.volunteerId },
          {
            onSuccess: (kept) => {
              notifications.show({ color: 'green', message: t('volunteers.merged', { name: kept.name }) });
              close();
            },
          },
        );
      }}
    >
      {choice && t('volunteers.merge_confirm', { from: choice.from.name, into: choice.into.name })}
    </ConfirmModal>
  );
}
