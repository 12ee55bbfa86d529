import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TRequestPasswordResetRequest, ZRequestPasswordResetRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { IdentifierInput } from './IdentifierInput';
import { useRequestPasswordReset } from './use-password';

/** The e-mail address or phone number of the account whose password was forgotten. */
export function PasswordResetRequestForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm<TRequestPasswordResetRequest>({
    initialValues: { identifier: '' },
    validate: (values) => contractErrors(ZRequestPasswordResetRequest, values),
  });

  const submit = form.onSubmit((values) =>
    request.mutate(
      { identifier: values.identifier.trim() },
      { onSuccess: onDone, onError: (error) => applyFieldErrors(form, error) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="password-reset-request-form">
      <Stack>
        <FormError error={request.error} />
        <IdentifierInput {...form.getInputProps('identifier')} />
        <Button type="submit" loading={request.isPending} size="lg">
          {t('auth.passwords.request.submit')}
        </Button>
      </Stack>
    </form>
  );
}
