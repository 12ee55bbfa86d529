import { Table, Text, Title } from '@mantine/core';
import type { TServiceRecord } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useCalendarDate } from '../../ui/format';
import { Detail, DetailList } from '../volunteers/ProfileSection';
import { useDuration } from './certificate-display';
import { RecognitionList } from './RecognitionList';

/** Totals (overall and per year), recognition levels and the entries of a service record. */
export function ServiceRecordSummary({ record, showOrgs }: { record: TServiceRecord; showOrgs: boolean }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const date = useCalendarDate();
  return (
    <>
      <DetailList>
        <Detail label={t('certificates.service_record.total')}>
          <Text component="span" fw={700} fz="xl" data-testid="service-total">
            {duration(record.totalMinutes)}
          </Text>
        </Detail>
      </DetailList>
      <Title order={3} size="h4">
        {t('certificates.recognition.title')}
      </Title>
      <RecognitionList recognitions={record.recognitions} showOrg={record.recognitions.length > 1} />
      {record.entries.length === 0 ? (
        <Text c="dimmed">{t('certificates.service_record.empty')}</Text>
      ) : (
        <>
          <DataTable caption={t('certificates.service_record.by_year')} minWidth={320}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certificates.service_record.year')}</Table.Th>
                <Table.Th>{t('certificates.service_record.hours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.years.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Td>{t('certificates.service_record.year_value', { year: String(y.year) })}</Table.Td>
                  <Table.Td>{duration(y.minutes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <DataTable caption={t('certificates.service_record.entries_caption')} minWidth={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certificates.service_record.col_date')}</Table.Th>
                {showOrgs && <Table.Th>{t('certificates.service_record.col_org')}</Table.Th>}
                <Table.Th>{t('certificates.service_record.col_activity')}</Table.Th>
                <Table.Th>{t('certificates.service_record.col_role')}</Table.Th>
                <Table.Th>{t('certificates.service_record.col_hours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody data-testid="service-entries">
              {record.entries.slice(0, 200).map((entry) => (
                <Table.Tr key={`${entry.orgId}:${entry.attendanceId}`}>
                  <Table.Td>{date(entry.serviceDate)}</Table.Td>
                  {showOrgs && <Table.Td>{entry.orgName}</Table.Td>}
                  <Table.Td>{entry.activity}</Table.Td>
                  <Table.Td>{entry.role ?? ''}</Table.Td>
                  <Table.Td>{duration(entry.minutes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </>
      )}
    </>
  );
}
