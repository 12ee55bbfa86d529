import { Group, NativeSelect, TextInput } from '@mantine/core';
import { ATTENDANCE_FLAGS, ATTENDANCE_STATUSES, type TAttendanceFlag, type TAttendanceStatus } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import type { TRecordFilters } from './attendance.api';
import { useSites } from './use-attendance';

interface RecordFiltersProps {
  orgId: string;
  value: TRecordFilters;
  onChange: (filters: TRecordFilters) => void;
}

/** The approval queue's filters: state, day, activity and flag. */
export function RecordFilters({ orgId, value, onChange }: RecordFiltersProps) {
  const { t } = useTranslation();
  const sites = useSites(orgId);
  return (
    <Group align="flex-end" gap="md" data-testid="record-filters">
      <NativeSelect
        label={t('attendance.field_status')}
        value={value.status}
        onChange={(event) => onChange({ ...value, status: event.currentTarget.value as TAttendanceStatus })}
        data={ATTENDANCE_STATUSES.map((status) => ({ value: status, label: t(`attendance.status_${status}`) }))}
        data-testid="filter-status"
      />
      <TextInput
        type="date"
        label={t('attendance.field_date')}
        value={value.date ?? ''}
        onChange={(event) => onChange({ ...value, date: event.currentTarget.value || undefined })}
        data-testid="filter-date"
      />
      <NativeSelect
        label={t('attendance.field_activity')}
        value={value.opportunityId ?? ''}
        onChange={(event) => onChange({ ...value, opportunityId: event.currentTarget.value || undefined })}
        data={[
          { value: '', label: t('attendance.approval.all_activities') },
          ...(sites.data?.sites ?? []).map((site) => ({ value: site.opportunityId, label: site.opportunityTitle })),
        ]}
        data-testid="filter-activity"
      />
      <NativeSelect
        label={t('attendance.approval.flag_filter')}
        value={value.flag ?? ''}
        onChange={(event) =>
          onChange({ ...value, flag: (event.currentTarget.value || undefined) as TAttendanceFlag | undefined })
        }
        data={[
          { value: '', label: t('attendance.approval.all_flags') },
          ...ATTENDANCE_FLAGS.map((flag) => ({ value: flag, label: t(`attendance.flag_${flag}`) })),
        ]}
        data-testid="filter-flag"
      />
    </Group>
  );
}
