import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TOpportunity } from '@musubi/shared';
import { IconCalendarX, IconDoorExit, IconPencil, IconWorldUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/messages';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ReasonModal } from './ReasonModal';
import { useCancelOpportunity, useUpdateOpportunity } from './use-opportunities';

/**
 * Edit, publish (a draft, or a closed activity again), close (no new sign-ups; places already
 * taken stay), and cancel the whole activity with a reason (its upcoming dates too; everyone on them is told).
 */
export function ActivityStatusActions({ orgId, opportunity }: { orgId: string; opportunity: TOpportunity }) {
  const { t } = useTranslation();
  const update = useUpdateOpportunity(orgId, opportunity.id);
  const cancel = useCancelOpportunity(orgId, opportunity.id);
  const [closing, setClosing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { status } = opportunity;

  const publish = () =>
    update.mutate(
      { status: 'published' },
      {
        onSuccess: (saved) =>
          notifications.show({ color: 'green', message: t('opportunities.actions.published', { title: saved.title }) }),
        onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
      },
    );
  const close = () =>
    update.mutate(
      { status: 'closed' },
      {
        onSuccess: (saved) => {
          setClosing(false);
          notifications.show({ color: 'green', message: t('opportunities.actions.closed', { title: saved.title }) });
        },
      },
    );

  const confirmCancel = (reason: string) =>
    cancel.mutate(reason, {
      onSuccess: (saved) => {
        setCancelling(false);
        notifications.show({
          color: 'green',
          message: t('opportunities.actions.cancel_done', { title: saved.title }),
        });
      },
    });

  if (status === 'cancelled') return null;
  return (
    <>
      <Button
        component={Link}
        to={`/activities/${opportunity.id}/edit`}
        variant="default"
        leftSection={<IconPencil size={18} aria-hidden />}
        data-testid="edit-activity"
      >
        {t('common.actions.edit')}
      </Button>
      {(status === 'draft' || status === 'closed') && (
        <Button
          leftSection={<IconWorldUpload size={18} aria-hidden />}
          loading={update.isPending && update.variables?.status === 'published'}
          onClick={publish}
          data-testid="publish-activity"
        >
          {status === 'draft' ? t('opportunities.actions.publish') : t('opportunities.actions.reopen')}
        </Button>
      )}
      {status === 'published' && (
        <Button
          variant="default"
          leftSection={<IconDoorExit size={18} aria-hidden />}
          onClick={() => {
            update.reset();
            setClosing(true);
          }}
          data-testid="close-activity"
        >
          {t('opportunities.actions.close')}
        </Button>
      )}
      <Button
        color="red.9"
        variant="outline"
        leftSection={<IconCalendarX size={18} aria-hidden />}
        onClick={() => {
          cancel.reset();
          setCancelling(true);
        }}
        data-testid="cancel-activity"
      >
        {t('opportunities.actions.cancel')}
      </Button>
      <ConfirmModal
        opened={closing}
        title={t('opportunities.actions.close_title')}
        confirmLabel={t('opportunities.actions.close')}
        loading={update.isPending}
        error={update.error}
        onConfirm={close}
        onClose={() => setClosing(false)}
      >
        {t('opportunities.actions.close_body', { title: opportunity.title })}
      </ConfirmModal>
      <ReasonModal
        opened={cancelling}
        title={t('opportunities.actions.cancel_title')}
        body={t('opportunities.actions.cancel_body', { title: opportunity.title })}
        reasonLabel={t('opportunities.roster.reason')}
        reasonDescription={t('opportunities.actions.cancel_reason_description')}
        reasonRequired
        confirmLabel={t('opportunities.actions.cancel')}
        loading={cancel.isPending}
        error={cancel.error}
        onConfirm={confirmCancel}
        onClose={() => setCancelling(false)}
      />
    </>
  );
}
