import { Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { passbookPdfUrl, type TPeriod } from './ledger.api';
import { formatMinutes, ownerKindKey } from './ledger-display';
import { PeriodFilter } from './PeriodFilter';
import { StatementTable } from './StatementTable';
import { useMyPassbook, useMyStatement } from './use-ledger';
import './passbook-print.css';

/** `/me/passbook`: the signed-in person's time credits per organization, and a printable statement. */
export function MyPassbookPage() {
  const { t } = useTranslation();
  const passbook = useMyPassbook();
  const [selected, setSelected] = useState<string | null>(null);
  const [period, setPeriod] = useState<TPeriod>({});
  const accounts = passbook.data?.accounts ?? [];
  const accountId = selected ?? accounts[0]?.account.id ?? null;
  const statement = useMyStatement(accountId, period);

  return (
    <>
      <PageHeader title={t('ledger.passbook.title')} description={t('ledger.passbook.description')} />
      {passbook.isPending && <LoadingState />}
      {passbook.isError && <ErrorState error={passbook.error} onRetry={() => void passbook.refetch()} />}
      {passbook.isSuccess && accounts.length === 0 && (
        <EmptyNotice title={t('ledger.passbook.empty')} icon={<IconBook aria-hidden />} />
      )}
      {accounts.length > 0 && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} data-print="hide">
            {accounts.map(({ account, organizationName }) => (
              <Card key={account.id} withBorder padding="lg" data-testid="passbook-balance">
                <Text c="dimmed">{organizationName}</Text>
                <Text>
                  {t(ownerKindKey(account.ownerKind))} · {t('ledger.unit_hours')}
                </Text>
                <Text fz={32} fw={700} ff="monospace">
                  {formatMinutes(account.balance)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          {accounts.length > 1 && (
            <SegmentedControl
              data-print="hide"
              size="md"
              value={accountId ?? ''}
              onChange={setSelected}
              aria-label={t('ledger.passbook.choose_account')}
              data={accounts.map(({ account, organizationName }) => ({
                value: account.id,
                label: `${organizationName} · ${t(ownerKindKey(account.ownerKind))}`,
              }))}
            />
          )}
          <Group justify="space-between">
            <Title order={2}>{t('ledger.passbook.statement')}</Title>
          </Group>
          <PeriodFilter
            period={period}
            onChange={setPeriod}
            pdfHref={accountId ? passbookPdfUrl(accountId, period) : undefined}
          />
          {statement.isError && <ErrorState error={statement.error} onRetry={() => void statement.refetch()} />}
          {statement.data && (
            <>
              <Text fw={500}>
                {statement.data.organizationName} · {statement.data.account.holderName}
              </Text>
              <StatementTable statement={statement.data} />
            </>
          )}
        </Stack>
      )}
    </>
  );
}
