import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';

/** Whether the service is open at this moment, on the organization's clock. */
export function OpenNowBadge({ open }: { open: boolean }) {
  const { t } = useTranslation();
  return (
    <span data-testid={open ? 'open-now' : 'closed-now'}>
      <StatusBadge color={open ? 'green' : 'gray'}>
        {open ? t('directory.hours.open_now') : t('directory.hours.closed_now')}
      </StatusBadge>
    </span>
  );
}
