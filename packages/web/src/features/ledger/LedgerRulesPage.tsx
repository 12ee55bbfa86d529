import { Anchor } from '@mantine/core';
import { STAFF_ROLES } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { LedgerRulesForm } from './LedgerRulesForm';
import { ledgerPath } from './paths';
import { useLedgerRules } from './use-ledger';

/** `/ledger/rules`: the organization's time-credit rules (staff read, coordinators change). */
export function LedgerRulesPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <Rules />
    </RequireRoles>
  );
}

function Rules() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const rules = useLedgerRules(orgId);
  return (
    <>
      <Anchor component={Link} to={ledgerPath} mb="sm" display="inline-block" py={6}>
        {t('ledger.accounts.back')}
      </Anchor>
      <PageHeader title={t('ledger.rules.title')} description={t('ledger.rules.description')} />
      {rules.isPending && <LoadingState />}
      {rules.isError && <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data && <LedgerRulesForm key={rules.data.updatedAt ?? 'default'} orgId={orgId} rules={rules.data} />}
    </>
  );
}
