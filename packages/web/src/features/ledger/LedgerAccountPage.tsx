import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { COORDINATOR_ROLES, STAFF_ROLES, type TLedgerStatementLine } from '@musubi/shared';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRoles, useHasRole } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import type { TPeriod } from './ledger.api';
import { formatMinutes, ownerKindKey } from './ledger-display';
import { PeriodFilter } from './PeriodFilter';
import { ledgerPath } from './paths';
import { ReverseModal } from './ReverseModal';
import { StatementTable } from './StatementTable';
import { TransferActions } from './TransferActions';
import { useLedgerStatement } from './use-ledger';
import './passbook-print.css';

/** `/ledger/accounts/:accountId`: one account's statement (also the pool's and the donation pool's), and the flows. */
export function LedgerAccountPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <AccountStatement />
    </RequireRoles>
  );
}

function AccountStatement() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const { accountId = '' } = useParams();
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const [period, setPeriod] = useState<TPeriod>({});
  const [reversing, setReversing] = useState<TLedgerStatementLine | null>(null);
  const statement = useLedgerStatement(orgId, accountId, period);
  const account = statement.data?.account;
  const title = account ? (account.holderName ?? t(ownerKindKey(account.ownerKind))) : t('ledger.accounts.title');

  return (
    <>
      <Anchor component={Link} to={ledgerPath} data-print="hide" mb="sm" display="inline-block" py={6}>
        {t('ledger.accounts.back')}
      </Anchor>
      <PageHeader title={title} description={account ? t(ownerKindKey(account.ownerKind)) : undefined} />
      {statement.isPending && <LoadingState />}
      {statement.isError && <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />}
      {account && statement.data && (
        <Stack gap="lg">
          <Card withBorder padding="lg" maw={360}>
            <Text c="dimmed">{t('ledger.accounts.balance_now')}</Text>
            <Text fz={32} fw={700} ff="monospace" data-testid="account-balance">
              {formatMinutes(account.balance)}
            </Text>
            {account.floor !== null && account.floor < 0 && (
              <Text c="dimmed">{t('ledger.accounts.floor', { floor: formatMinutes(account.floor) })}</Text>
            )}
          </Card>
          {coordinates && <TransferActions orgId={orgId} account={account} />}
          <Group justify="space-between">
            <Title order={2}>{t('ledger.statement.title')}</Title>
          </Group>
          <PeriodFilter period={period} onChange={setPeriod} />
          <StatementTable
            statement={statement.data}
            lineAction={
              coordinates
                ? (line) =>
                    line.kind !== 'reverse' &&
                    !line.reversed && (
                      <Button
                        variant="subtle"
                        size="md"
                        leftSection={<IconArrowBackUp size={18} aria-hidden />}
                        onClick={() => setReversing(line)}
                        data-testid="reverse-line"
                      >
                        {t('ledger.reverse.action')}
                      </Button>
                    )
                : undefined
            }
          />
          {reversing && <ReverseModal orgId={orgId} line={reversing} onClose={() => setReversing(null)} />}
        </Stack>
      )}
    </>
  );
}
