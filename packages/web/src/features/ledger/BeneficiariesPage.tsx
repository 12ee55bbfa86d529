import { Anchor, Stack, Table } from '@mantine/core';
import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { AddBeneficiaryForm } from './AddBeneficiaryForm';
import { ledgerPath } from './paths';
import { useLedgerBeneficiaries } from './use-ledger';

/** `/ledger/beneficiaries`: relatives members may give credits to, and who verified each relation. */
export function BeneficiariesPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Beneficiaries />
    </RequireRoles>
  );
}

function Beneficiaries() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const list = useLedgerBeneficiaries(orgId);
  const manages = useHasRole(COORDINATOR_ROLES);
  const rows = list.data?.beneficiaries ?? [];
  return (
    <>
      <Anchor component={Link} to={ledgerPath} mb="sm" display="inline-block" py={6}>
        {t('ledger.accounts.back')}
      </Anchor>
      <PageHeader title={t('ledger.beneficiaries.title')} description={t('ledger.beneficiaries.description')} />
      <Stack gap="lg">
        {manages && <AddBeneficiaryForm orgId={orgId} />}
        {list.isPending && <LoadingState />}
        {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {list.isSuccess &&
          (rows.length === 0 ? (
            <EmptyNotice title={t('ledger.beneficiaries.empty')} />
          ) : (
            <DataTable caption={t('ledger.beneficiaries.caption', { count: rows.length })} minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('ledger.beneficiaries.giver')}</Table.Th>
                  <Table.Th scope="col">{t('ledger.beneficiaries.beneficiary')}</Table.Th>
                  <Table.Th scope="col">{t('ledger.beneficiaries.relation')}</Table.Th>
                  <Table.Th scope="col">{t('ledger.beneficiaries.verified_by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((b) => (
                  <Table.Tr key={b.id} data-testid="beneficiary-row">
                    <Table.Td>{b.giverName}</Table.Td>
                    <Table.Td>{b.recipientName}</Table.Td>
                    <Table.Td>{t(`ledger.relation_${b.relation}`)}</Table.Td>
                    <Table.Td>{b.verifiedByName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          ))}
      </Stack>
    </>
  );
}
