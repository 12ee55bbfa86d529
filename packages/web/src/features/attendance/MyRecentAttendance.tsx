import { Table } from '@mantine/core';
import { IconClockOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { AttendanceStatusBadge } from './AttendanceStatusBadge';
import { splitMinutes } from './attendance-display';
import { useMyAttendance } from './use-attendance';
import { useTimeOfDay } from './use-time-of-day';

/** The person's latest attendance records, in every organization. */
export function MyRecentAttendance() {
  const { t } = useTranslation();
  const records = useMyAttendance();
  const calendarDate = useCalendarDate();
  const time = useTimeOfDay();

  if (records.isPending) return <LoadingState />;
  if (records.isError) return <ErrorState error={records.error} onRetry={() => void records.refetch()} />;
  if (records.data.records.length === 0) {
    return <EmptyNotice title={t('attendance.check_in.recent_empty')} icon={<IconClockOff aria-hidden />} />;
  }
  return (
    <DataTable caption={t('attendance.check_in.recent_caption')} minWidth={560} data-testid="my-attendance">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('attendance.field_date')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_activity')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_clock_in')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_clock_out')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_credited')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.data.records.map((record) => (
          <Table.Tr key={record.id} data-testid="my-attendance-row" data-status={record.status}>
            <Table.Td>{calendarDate(record.serviceDate)}</Table.Td>
            <Table.Td>
              {record.opportunityTitle}
              <br />
              <small>{record.organizationName}</small>
              {record.needNumber && (
                // The case's number only: its title may name the person helped.
                <>
                  <br />
                  <small data-testid="my-attendance-case">
                    {t('attendance.approval.case_shown', { number: record.needNumber, title: '' }).trim()}
                  </small>
                </>
              )}
            </Table.Td>
            <Table.Td>{time(record.clockInAt)}</Table.Td>
            <Table.Td>{time(record.clockOutAt)}</Table.Td>
            <Table.Td>
              {record.creditedMinutes === null ? '—' : t('attendance.duration', splitMinutes(record.creditedMinutes))}
            </Table.Td>
            <Table.Td>
              <AttendanceStatusBadge status={record.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
