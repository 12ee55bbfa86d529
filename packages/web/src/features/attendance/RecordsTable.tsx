import { Button, Checkbox, Group, Table, Text } from '@mantine/core';
import type { TAttendanceRecord } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useCalendarDate } from '../../ui/format';
import { AttendanceStatusBadge } from './AttendanceStatusBadge';
import { splitMinutes } from './attendance-display';
import type { TDecision } from './DecisionModal';
import { FlagBadges } from './FlagBadges';
import { useTimeOfDay } from './use-time-of-day';

interface RecordsTableProps {
  records: readonly TAttendanceRecord[];
  /** Whether the person may decide (coordinators): checkboxes and buttons only then. */
  canDecide: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  onDecide: (record: TAttendanceRecord, decision: TDecision) => void;
}

const decidable = (record: TAttendanceRecord) => record.status === 'pending' || record.status === 'open';

/** Attendance records with their times, credit and flags; pending ones can be chosen for a bulk approval. */
export function RecordsTable({ records, canDecide, selected, onSelect, onDecide }: RecordsTableProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const time = useTimeOfDay();
  const selectable = records.filter((record) => record.status === 'pending');
  const allChosen = selectable.length > 0 && selectable.every((record) => selected.has(record.id));
  const someChosen = selectable.some((record) => selected.has(record.id));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <DataTable
      caption={t('attendance.approval.caption', { count: records.length })}
      minWidth={880}
      data-testid="records-table"
    >
      <Table.Thead>
        <Table.Tr>
          {canDecide && (
            <Table.Th scope="col" w={48}>
              <Checkbox
                aria-label={t('attendance.approval.select_all')}
                checked={allChosen}
                indeterminate={someChosen && !allChosen}
                disabled={selectable.length === 0}
                onChange={(event) =>
                  onSelect(new Set(event.currentTarget.checked ? selectable.map((record) => record.id) : []))
                }
                size="md"
                data-testid="select-all"
              />
            </Table.Th>
          )}
          <Table.Th scope="col">{t('attendance.field_volunteer')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_activity')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_clock_in')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_clock_out')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_credited')}</Table.Th>
          <Table.Th scope="col">{t('attendance.field_status')}</Table.Th>
          {canDecide && <Table.Th scope="col">{t('attendance.approval.decide')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((record) => (
          <Table.Tr key={record.id} data-testid="record-row" data-status={record.status} data-id={record.id}>
            {canDecide && (
              <Table.Td>
                {record.status === 'pending' && (
                  <Checkbox
                    aria-label={t('attendance.approval.select_one', { name: record.volunteerName })}
                    checked={selected.has(record.id)}
                    onChange={(event) => toggle(record.id, event.currentTarget.checked)}
                    size="md"
                    data-testid="select-record"
                  />
                )}
              </Table.Td>
            )}
            <Table.Td>
              <Text fw={600}>{record.volunteerName}</Text>
              {record.recordedByName && (
                <Text size="sm" c="dimmed">
                  {t('attendance.approval.recorded_by', { name: record.recordedByName })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {record.opportunityTitle}
              <Text size="sm" c="dimmed">
                {calendarDate(record.serviceDate)}
              </Text>
              {record.needNumber && (
                <Text size="sm" data-testid="record-case">
                  {t('attendance.approval.case_shown', { number: record.needNumber, title: record.needTitle ?? '' })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{time(record.clockInAt)}</Table.Td>
            <Table.Td>{time(record.clockOutAt)}</Table.Td>
            <Table.Td>
              {record.creditedMinutes === null ? '—' : t('attendance.duration', splitMinutes(record.creditedMinutes))}
            </Table.Td>
            <Table.Td>
              <AttendanceStatusBadge status={record.status} />
              <FlagBadges flags={record.flags} />
              {record.decisionReason && (
                <Text size="sm" mt={4}>
                  {t('attendance.approval.decided_because', {
                    name: record.decidedByName ?? '—',
                    reason: record.decisionReason,
                  })}
                </Text>
              )}
            </Table.Td>
            {canDecide && (
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {record.status === 'pending' && (
                    <Button size="sm" onClick={() => onDecide(record, 'approve')} data-testid="approve-one">
                      {t('attendance.approval.approve')}
                    </Button>
                  )}
                  {/* Any record can be corrected: a decided one's credit is reversed and credited anew. */}
                  <Button
                    size="sm"
                    variant="default"
                    onClick={() => onDecide(record, 'correct')}
                    data-testid="correct-one"
                  >
                    {t('attendance.approval.correct')}
                  </Button>
                  {decidable(record) && (
                    <Button
                      size="sm"
                      variant="default"
                      color="red"
                      onClick={() => onDecide(record, 'reject')}
                      data-testid="reject-one"
                    >
                      {t('attendance.approval.reject')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
