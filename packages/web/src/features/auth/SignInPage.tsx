import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { safeNextPath } from './next-path';
import { SignInForm } from './SignInForm';
import { useCurrentSession } from './use-session';

/** Signing in; afterwards (or when already signed in) back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const { account } = useCurrentSession();
  const [params] = useSearchParams();
  if (account) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return (
    <>
      <PageHeader title={t('auth.sign_in_title')} description={t('auth.sign_in_intro')} />
      <Paper withBorder p="lg" radius="md">
        <SignInForm />
      </Paper>
    </>
  );
}
