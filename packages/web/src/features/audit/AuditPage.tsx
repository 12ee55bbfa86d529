import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { AuditTable } from './AuditTable';
import { useAuditEntries } from './use-audit-entries';

/** Who did what and when in the organization, newest first (administrators only). */
export function AuditPage() {
  const { t } = useTranslation();
  const { orgId } = useActiveMembership()!;
  const audit = useAuditEntries(orgId);
  const entries = audit.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {audit.isPending && <LoadingState />}
      {audit.isError && <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isSuccess &&
        (entries.length === 0 ? (
          <EmptyNotice title={t('audit.empty')} icon={<IconHistory aria-hidden />} />
        ) : (
          <>
            <AuditTable entries={entries} />
            <LoadMoreButton
              hasMore={audit.hasNextPage}
              loading={audit.isFetchingNextPage}
              onLoadMore={() => void audit.fetchNextPage()}
            />
          </>
        ))}
    </>
  );
}
