import type { MantineColor } from '@mantine/core';
import type { TOpportunityStatus, TSignupStatus } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';

const OPPORTUNITY_COLORS: Record<TOpportunityStatus, MantineColor> = {
  draft: 'gray',
  published: 'green',
  closed: 'orange',
  cancelled: 'red',
};

export function OpportunityStatusBadge({ status }: { status: TOpportunityStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={OPPORTUNITY_COLORS[status]}>{t(`opportunities.status.${status}`)}</StatusBadge>;
}

export function ShiftStatusBadge({ status }: { status: 'scheduled' | 'cancelled' }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={status === 'cancelled' ? 'red' : 'blue'}>
      {t(`opportunities.shift_status.${status}`)}
    </StatusBadge>
  );
}

const SIGNUP_COLORS: Record<TSignupStatus, MantineColor> = {
  confirmed: 'green',
  waitlisted: 'yellow',
  cancelled: 'gray',
};

/** Confirmed, waitlisted with the place in line, or cancelled. */
export function SignupStatusBadge({ status, position }: { status: TSignupStatus; position: number | null }) {
  const { t } = useTranslation();
  const label =
    status === 'waitlisted' && position !== null
      ? t('opportunities.signup_status.waitlisted_position', { position })
      : t(`opportunities.signup_status.${status}`);
  return <StatusBadge color={SIGNUP_COLORS[status]}>{label}</StatusBadge>;
}
