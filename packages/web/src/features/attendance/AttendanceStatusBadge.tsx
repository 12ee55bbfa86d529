import type { TAttendanceStatus } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';
import { attendanceStatusColor } from './attendance-display';

export function AttendanceStatusBadge({ status }: { status: TAttendanceStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={attendanceStatusColor(status)}>{t(`attendance.status_${status}`)}</StatusBadge>;
}
