import type { MantineColor } from '@mantine/core';
import type { TOutboxMessage } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';

const STATUS_COLORS: Record<TOutboxMessage['status'], MantineColor> = {
  held: 'yellow',
  pending: 'blue',
  sent: 'green',
  failed: 'red',
};

export function OutboxStatusBadge({ status }: { status: TOutboxMessage['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge color={STATUS_COLORS[status]}>{t(`outbox.status.${status}`)}</StatusBadge>;
}
