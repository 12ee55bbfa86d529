import { Anchor, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { useInsuranceRenewals } from './use-insurance';

/** Active volunteers whose cover ends with this policy year and who are not enrolled for the next: people to call. */
export function InsuranceRenewalsPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const renewals = useInsuranceRenewals(orgId);

  if (renewals.isPending) return <LoadingState />;
  if (renewals.isError) return <ErrorState error={renewals.error} onRetry={() => void renewals.refetch()} />;

  const { volunteers, coverEndsOn, policyYear } = renewals.data;
  const next = String(policyYear + 1);
  return (
    <Stack gap="md">
      <Text maw={720}>{t('insurance.renewals.intro', { date: date(coverEndsOn), year: next })}</Text>
      {volunteers.length === 0 ? (
        <EmptyNotice title={t('insurance.renewals.empty')} icon={<IconCircleCheck aria-hidden />} />
      ) : (
        <DataTable
          caption={t('insurance.renewals.caption', { count: volunteers.length })}
          minWidth={760}
          data-testid="insurance-renewals-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('insurance.renewals.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('insurance.renewals.columns.phone')}</Table.Th>
              <Table.Th scope="col">{t('insurance.renewals.columns.email')}</Table.Th>
              <Table.Th scope="col">{t('insurance.renewals.columns.plans')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {volunteers.map((volunteer) => (
              <Table.Tr key={volunteer.volunteerId} data-testid="insurance-renewal-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/volunteers/${volunteer.volunteerId}`} fw={500}>
                    {volunteer.name}
                  </Anchor>
                  {volunteer.nameReading && <Text c="dimmed">{volunteer.nameReading}</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {volunteer.phone ? <Anchor href={`tel:${volunteer.phone}`}>{volunteer.phone}</Anchor> : '—'}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {volunteer.email ? <Anchor href={`mailto:${volunteer.email}`}>{volunteer.email}</Anchor> : '—'}
                </Table.Td>
                <Table.Td>{volunteer.planNames.join(t('insurance.renewals.list_separator'))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </Stack>
  );
}
