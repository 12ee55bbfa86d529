import { Anchor } from '@mantine/core';
import { STAFF_ROLES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { AttendanceSettingsForm } from './AttendanceSettingsForm';
import { useAttendanceSettings } from './use-attendance';

/** `/attendance/settings`: the organization's attendance rules (the office reads them, coordinators change them). */
export function AttendanceSettingsPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Settings />
    </RequireRoles>
  );
}

function Settings() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const settings = useAttendanceSettings(orgId);
  return (
    <>
      <Anchor component={Link} to="/attendance/sites" mb="sm" display="inline-block" py={6}>
        {t('attendance.settings.back')}
      </Anchor>
      <PageHeader title={t('attendance.settings.title')} description={t('attendance.settings.intro')} />
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <AttendanceSettingsForm key={orgId} orgId={orgId} settings={settings.data} />}
    </>
  );
}
