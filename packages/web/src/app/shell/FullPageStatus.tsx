import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

interface FullPageStatusProps {
  /** Shows the error with a retry button; without it, a loading spinner. */
  error?: unknown;
  onRetry?: () => void;
}

/** What the whole window shows before the app knows who is there, or when it cannot find out. */
export function FullPageStatus({ error, onRetry }: FullPageStatusProps) {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      {error ? (
        <>
          <PageHeader title={t('common.status.unavailable_title')} />
          <ErrorState error={error} onRetry={onRetry} />
        </>
      ) : (
        <LoadingState />
      )}
    </Container>
  );
}
