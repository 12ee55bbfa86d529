import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { PasswordResetRequestForm } from './PasswordResetRequestForm';

/** "Forgot your password?" (`/password-reset`): asks for a reset link by e-mail. */
export function PasswordResetRequestPage() {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  return (
    <>
      <PageHeader
        title={t('auth.passwords.request.title')}
        description={requested ? undefined : t('auth.passwords.request.intro')}
      />
      <Paper withBorder p="lg" radius="md">
        {requested ? <PasswordResetRequested /> : <PasswordResetRequestForm onDone={() => setRequested(true)} />}
      </Paper>
      {!requested && (
        <Anchor
          component={Link}
          to="/sign-in"
          mt="md"
          style={{ display: 'inline-flex', alignItems: 'center', minHeight: '2.75rem' }}
        >
          {t('auth.passwords.back_to_sign_in')}
        </Anchor>
      )}
    </>
  );
}

/**
 * Says the same whether or not an account matched, and where to turn without e-mail.
 * Takes focus when it replaces the form, so screen readers read it out.
 */
function PasswordResetRequested() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack ref={ref} tabIndex={-1} data-testid="password-reset-requested" style={{ outline: 'none' }}>
      <IconMailForward size={40} aria-hidden color="var(--mantine-color-indigo-8)" />
      <Text size="lg">{t('auth.passwords.request.sent')}</Text>
      <Text>{t('auth.passwords.request.no_email')}</Text>
      <Button component={Link} to="/sign-in" variant="default" w="fit-content">
        {t('auth.passwords.back_to_sign_in')}
      </Button>
    </Stack>
  );
}
