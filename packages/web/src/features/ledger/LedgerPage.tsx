import { Anchor, Button, Group, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { COORDINATOR_ROLES, STAFF_ROLES } from '@musubi/shared';
import { IconChecklist, IconSearch, IconSettings, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { formatMinutes, ownerKindKey } from './ledger-display';
import { ledgerAccountPath, ledgerBeneficiariesPath, ledgerReconcilePath, ledgerRulesPath } from './paths';
import { useLedgerAccounts } from './use-ledger';

/** `/ledger`: every time-credit account with its balance, the pools first; find a member by name. */
export function LedgerPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Accounts />
    </RequireRoles>
  );
}

function Accounts() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useLedgerAccounts(orgId, q);
  const order = ['pool', 'donation', 'issuance', 'member', 'member_restricted', 'recipient'];
  const accounts = [...(list.data?.accounts ?? [])].sort(
    (a, b) => order.indexOf(a.ownerKind) - order.indexOf(b.ownerKind),
  );
  return (
    <>
      <PageHeader
        title={t('ledger.accounts.title')}
        description={t('ledger.accounts.description')}
        actions={
          <>
            <Button
              component={Link}
              to={ledgerRulesPath}
              variant="default"
              leftSection={<IconSettings size={18} aria-hidden />}
            >
              {t('ledger.rules.title')}
            </Button>
            <Button
              component={Link}
              to={ledgerBeneficiariesPath}
              variant="default"
              leftSection={<IconUsersGroup size={18} aria-hidden />}
            >
              {t('ledger.beneficiaries.title')}
            </Button>
            {coordinates && (
              <Button
                component={Link}
                to={ledgerReconcilePath}
                variant="default"
                leftSection={<IconChecklist size={18} aria-hidden />}
              >
                {t('ledger.reconcile.title')}
              </Button>
            )}
          </>
        }
      />
      <Group mb="md" role="search" aria-label={t('ledger.accounts.search')}>
        <TextInput
          type="search"
          label={t('ledger.accounts.search')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 360 }}
          data-testid="ledger-account-search"
        />
      </Group>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <DataTable caption={t('ledger.accounts.caption', { count: accounts.length })} minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ledger.accounts.holder')}</Table.Th>
              <Table.Th scope="col">{t('ledger.accounts.kind')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('ledger.accounts.balance')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((account) => (
              <Table.Tr key={account.id} data-testid="ledger-account-row" data-kind={account.ownerKind}>
                <Table.Td>
                  <Anchor component={Link} to={ledgerAccountPath(account.id)} fw={500} py={6} display="inline-block">
                    {account.holderName ?? t(ownerKindKey(account.ownerKind))}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(ownerKindKey(account.ownerKind))}</Table.Td>
                <Table.Td ta="end" ff="monospace">
                  {formatMinutes(account.balance)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </>
  );
}
