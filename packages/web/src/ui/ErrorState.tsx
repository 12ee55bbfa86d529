import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/messages';

interface ErrorStateProps {
  error: unknown;
  /** Offers a retry button when given. */
  onRetry?: () => void;
}

/** A failed request, explained in the person's language. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('common.status.error_title')}>
      {describeError(error)}
      {onRetry && (
        <Button variant="default" mt="sm" display="block" onClick={onRetry}>
          {t('common.actions.retry')}
        </Button>
      )}
    </Alert>
  );
}
