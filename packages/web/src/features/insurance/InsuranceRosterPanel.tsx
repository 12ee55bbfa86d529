import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { policyYearOptions, rosterExportUrl } from './roster';
import { useInsuranceRoster } from './use-insurance';

interface InsuranceRosterPanelProps {
  orgId: string;
  /** Coordinators may download the roster for the insurer. */
  canExport: boolean;
}

/** Who is enrolled in a policy year (this one unless another is chosen), and the insurer's CSV. */
export function InsuranceRosterPanel({ orgId, canExport }: InsuranceRosterPanelProps) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  // The policy year containing today: the server knows the organization's time zone and start month.
  const current = useInsuranceRoster(orgId, null);
  const roster = useInsuranceRoster(orgId, chosenYear);

  if (current.isPending) return <LoadingState />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const year = chosenYear ?? current.data.policyYear;
  const data = roster.data;
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('insurance.roster.policy_year')}
          value={String(year)}
          onChange={(event) => setChosenYear(Number(event.currentTarget.value))}
          data={policyYearOptions(current.data.policyYear).map((option) => ({
            value: String(option),
            label: t('insurance.roster.year_option', { year: String(option) }),
          }))}
          data-testid="policy-year"
        />
        {data && <Text pb={10}>{t('insurance.roster.period', { start: date(data.start), end: date(data.end) })}</Text>}
      </Group>
      {canExport && (
        <Stack gap="xs">
          <Text fw={500}>{t('insurance.roster.export')}</Text>
          <Group gap="sm">
            <Button
              component="a"
              href={rosterExportUrl(orgId, year, 'utf8bom')}
              download
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              data-testid="roster-export-utf8bom"
            >
              {t('insurance.roster.export_utf8bom')}
            </Button>
            <Button
              component="a"
              href={rosterExportUrl(orgId, year, 'cp932')}
              download
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              data-testid="roster-export-cp932"
            >
              {t('insurance.roster.export_cp932')}
            </Button>
          </Group>
          <Text c="dimmed" size="sm">
            {t('insurance.roster.export_help')}
          </Text>
        </Stack>
      )}
      {roster.isError && <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />}
      {roster.isPending && <LoadingState />}
      {data &&
        (data.enrollments.length === 0 ? (
          <EmptyNotice
            title={t('insurance.roster.empty', { year: String(data.policyYear) })}
            icon={<IconUsers aria-hidden />}
          />
        ) : (
          <DataTable
            caption={t('insurance.roster.caption', { year: String(data.policyYear), count: data.enrollments.length })}
            minWidth={900}
            data-testid="insurance-roster-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('insurance.roster.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('insurance.roster.columns.reading')}</Table.Th>
                <Table.Th scope="col">{t('insurance.roster.columns.birth_date')}</Table.Th>
                <Table.Th scope="col">{t('insurance.roster.columns.plan')}</Table.Th>
                <Table.Th scope="col">{t('insurance.roster.columns.enrolled_on')}</Table.Th>
                <Table.Th scope="col">{t('insurance.roster.columns.cover')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.enrollments.map((enrollment) => (
                <Table.Tr key={enrollment.id} data-testid="insurance-roster-row">
                  <Table.Td fw={500}>{enrollment.volunteerName}</Table.Td>
                  <Table.Td>{enrollment.volunteerNameReading ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {enrollment.birthDate ? date(enrollment.birthDate) : '—'}
                  </Table.Td>
                  <Table.Td>{enrollment.planName}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(enrollment.enrolledOn)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t('insurance.roster.cover_range', {
                      start: date(enrollment.coverStartsOn),
                      end: date(enrollment.coverEndsOn),
                    })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        ))}
    </Stack>
  );
}
