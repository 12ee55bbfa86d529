import type { TVolunteerStatus } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';
import { volunteerStatusColor } from './volunteer-display';

export function VolunteerStatusBadge({ status }: { status: TVolunteerStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={volunteerStatusColor(status)}>{t(`participation.status_${status}`)}</StatusBadge>;
}

/** Whether a valid insurance cover protects the person today, in words. */
export function InsuredBadge({ insured }: { insured: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={insured ? 'green' : 'red'}>
      {insured ? t('volunteers.insured_today') : t('volunteers.not_insured')}
    </StatusBadge>
  );
}
