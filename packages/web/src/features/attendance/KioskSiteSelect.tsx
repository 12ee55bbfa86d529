import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveMembership } from '../auth/use-session';
import { useSites } from './use-attendance';

interface KioskSiteSelectProps {
  value: string;
  onChange: (opportunityId: string) => void;
  /** Shown when a code was read before an activity was chosen. */
  error: boolean;
}

/** The activity the kiosk checks people in to (a personal code names the person, not the activity). */
export function KioskSiteSelect({ value, onChange, error }: KioskSiteSelectProps) {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const sites = useSites(membership?.orgId ?? '');
  return (
    <NativeSelect
      size="lg"
      label={t('attendance.kiosk.activity')}
      description={t('attendance.kiosk.activity_description')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error ? t('attendance.kiosk.activity_missing') : undefined}
      data={[
        { value: '', label: t('attendance.approval.on_behalf_pick_activity') },
        ...(sites.data?.sites ?? []).map((site) => ({ value: site.opportunityId, label: site.opportunityTitle })),
      ]}
      data-testid="kiosk-activity"
    />
  );
}
