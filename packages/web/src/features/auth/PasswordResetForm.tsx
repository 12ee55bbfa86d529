import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ZCompletePasswordResetRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api-client';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { NewPasswordFields } from './NewPasswordFields';
import { confirmationErrors } from './new-password';
import { useCompletePasswordReset } from './use-password';

interface ResetValues {
  password: string;
  passwordConfirm: string;
}

interface PasswordResetFormProps {
  token: string;
  onDone: () => void;
}

/** The new password, twice; saving it signs the person in. */
export function PasswordResetForm({ token, onDone }: PasswordResetFormProps) {
  const { t } = useTranslation();
  const complete = useCompletePasswordReset(token);
  const form = useForm<ResetValues>({
    initialValues: { password: '', passwordConfirm: '' },
    validate: (values) => ({
      ...contractErrors(ZCompletePasswordResetRequest, { password: values.password }),
      ...confirmationErrors(values.password, values.passwordConfirm),
    }),
  });

  const submit = form.onSubmit((values) =>
    complete.mutate(
      { password: values.password },
      { onSuccess: onDone, onError: (error) => applyFieldErrors(form, error) },
    ),
  );

  // The link may expire, or be used in another tab, while the person is typing.
  const linkInvalid = isApiError(complete.error, 'PASSWORD_RESET_INVALID');

  return (
    <form onSubmit={submit} noValidate data-testid="password-reset-form">
      <Stack>
        <FormError error={complete.error} />
        {linkInvalid && (
          <Button component={Link} to="/password-reset" variant="default" w="fit-content">
            {t('auth.passwords.reset.request_again')}
          </Button>
        )}
        <NewPasswordFields
          password={form.getInputProps('password')}
          confirmation={form.getInputProps('passwordConfirm')}
          replacing
        />
        <Button type="submit" loading={complete.isPending} size="lg">
          {t('auth.passwords.reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
