import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { COORDINATOR_ROLES } from '@musubi/shared';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { formatMinutes } from './ledger-display';
import { ledgerAccountPath, ledgerPath } from './paths';
import { useReconciliation } from './use-ledger';

/** `/ledger/reconcile`: every balance recomputed from the entries, and any difference from the stored balance. */
export function ReconcilePage() {
  return (
    <RequireRoles roles={COORDINATOR_ROLES}>
      <Reconcile />
    </RequireRoles>
  );
}

function Reconcile() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const result = useReconciliation(orgId);
  const { dateTime, number } = useFormatters();
  return (
    <>
      <Anchor component={Link} to={ledgerPath} mb="sm" display="inline-block" py={6}>
        {t('ledger.accounts.back')}
      </Anchor>
      <PageHeader
        title={t('ledger.reconcile.title')}
        description={t('ledger.reconcile.description')}
        actions={
          <Button
            size="md"
            variant="default"
            leftSection={<IconRefresh size={18} aria-hidden />}
            loading={result.isFetching}
            onClick={() => void result.refetch()}
          >
            {t('ledger.reconcile.again')}
          </Button>
        }
      />
      {result.isPending && <LoadingState />}
      {result.isError && <ErrorState error={result.error} onRetry={() => void result.refetch()} />}
      {result.data && (
        <Stack gap="md" data-testid="reconcile-result">
          <Paper withBorder p="md">
            <Group gap="sm" align="flex-start" wrap="nowrap">
              {result.data.ok ? (
                <IconCircleCheck size={28} color="var(--mantine-color-green-9)" aria-hidden />
              ) : (
                <IconAlertTriangle size={28} color="var(--mantine-color-red-9)" aria-hidden />
              )}
              <Stack gap="xs">
                <Title order={2} size="h3" role="status">
                  {result.data.ok ? t('ledger.reconcile.ok') : t('ledger.reconcile.broken')}
                </Title>
                {result.data.ok ? (
                  <Text>
                    {t('ledger.reconcile.ok_detail', {
                      accounts: number(result.data.accountCount),
                      transfers: number(result.data.transferCount),
                    })}
                  </Text>
                ) : (
                  <List>
                    {result.data.differences.map((d) => (
                      <List.Item key={d.accountId}>
                        <Anchor component={Link} to={ledgerAccountPath(d.accountId)}>
                          {t('ledger.reconcile.difference', {
                            projected: formatMinutes(d.projected),
                            entries: formatMinutes(d.fromEntries),
                          })}
                        </Anchor>
                      </List.Item>
                    ))}
                    {result.data.unbalancedTransferIds.map((id) => (
                      <List.Item key={id}>{t('ledger.reconcile.unbalanced', { id })}</List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            </Group>
          </Paper>
          <Text c="dimmed">{t('ledger.reconcile.checked_at', { at: dateTime(result.data.checkedAt) })}</Text>
        </Stack>
      )}
    </>
  );
}
