import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TChangePasswordRequest, ZChangePasswordRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { NewPasswordFields } from './NewPasswordFields';
import { confirmationErrors } from './new-password';
import { useChangePassword } from './use-password';

interface ChangeValues extends TChangePasswordRequest {
  newPasswordConfirm: string;
}

const toRequest = ({ currentPassword, newPassword }: ChangeValues): TChangePasswordRequest => ({
  currentPassword,
  newPassword,
});

/** The current password, then the new one twice. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm<ChangeValues>({
    initialValues: { currentPassword: '', newPassword: '', newPasswordConfirm: '' },
    validate: (values) => ({
      ...contractErrors(ZChangePasswordRequest, toRequest(values)),
      ...confirmationErrors(values.newPassword, values.newPasswordConfirm, 'newPasswordConfirm'),
    }),
  });

  const submit = form.onSubmit((values) =>
    change.mutate(toRequest(values), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('auth.passwords.change.done') });
        form.reset();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="change-password-form">
      <Stack maw={480}>
        <FormError error={change.error} />
        <PasswordInput
          label={t('auth.passwords.change.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields
          password={form.getInputProps('newPassword')}
          confirmation={form.getInputProps('newPasswordConfirm')}
          replacing
        />
        <Button type="submit" loading={change.isPending} size="lg">
          {t('auth.passwords.change.submit')}
        </Button>
      </Stack>
    </form>
  );
}
