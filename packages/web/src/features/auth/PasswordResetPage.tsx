import { Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api-client';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PasswordResetForm } from './PasswordResetForm';
import { usePasswordReset } from './use-password';

/** The page a password reset mail links to (`/password-reset/<token>`). */
export function PasswordResetPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const reset = usePasswordReset(token);
  const navigate = useNavigate();

  return (
    <>
      <PageHeader title={t('auth.passwords.reset.title')} />
      {reset.isPending && <LoadingState />}
      {reset.isError && (
        <Stack>
          <ErrorState
            error={reset.error}
            onRetry={isApiError(reset.error, 'PASSWORD_RESET_INVALID') ? undefined : () => void reset.refetch()}
          />
          <Button component={Link} to="/password-reset" variant="default" w="fit-content">
            {t('auth.passwords.reset.request_again')}
          </Button>
        </Stack>
      )}
      {reset.data && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
              {t('auth.passwords.reset.for', { email: reset.data.email })}
            </Text>
            <PasswordResetForm token={token} onDone={() => void navigate('/', { replace: true })} />
          </Stack>
        </Paper>
      )}
    </>
  );
}
