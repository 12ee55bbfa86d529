import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TOpportunity } from '@musubi/shared';
import { IconDoorExit, IconPencil, IconWorldUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../app/messages';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useUpdateOpportunity } from './use-opportunities';

/** Edit, publish (a draft, or a closed activity again) and close (no new sign-ups; places already taken stay). */
export function ActivityStatusActions({ orgId, opportunity }: { orgId: string; opportunity: TOpportunity }) {
  const { t } = useTranslation();
  const update = useUpdateOpportunity(orgId, opportunity.id);
  const [closing, setClosing] = useState(false);
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
    </>
  );
}
