import { Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TSignInRequest, ZSignInRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { IdentifierInput } from './IdentifierInput';
import { useSignIn } from './use-session';

/** E-mail address or phone number, and password. Paste and password managers are welcome. */
export function SignInForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm<TSignInRequest>({
    initialValues: { identifier: '', password: '' },
    validate: (values) => contractErrors(ZSignInRequest, values),
  });

  const submit = form.onSubmit((values) =>
    signIn.mutate(
      { ...values, identifier: values.identifier.trim() },
      { onError: (error) => applyFieldErrors(form, error) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="sign-in-form">
      <Stack>
        <FormError error={signIn.error} />
        <IdentifierInput {...form.getInputProps('identifier')} />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending} size="lg">
          {t('auth.sign_in')}
        </Button>
        <Anchor
          component={Link}
          to="/password-reset"
          data-testid="forgot-password"
          // A standalone link, so a full touch target rather than a line of text.
          style={{ alignSelf: 'center', display: 'inline-flex', alignItems: 'center', minHeight: '2.75rem' }}
        >
          {t('auth.passwords.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
