import { PasswordInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

interface NewPasswordFieldsProps {
  password: GetInputPropsReturnType;
  confirmation: GetInputPropsReturnType;
  /** Labels the fields "new password", for forms that replace an existing one. */
  replacing?: boolean;
}

/** A new password and its confirmation; password managers may fill and paste both. */
export function NewPasswordFields({ password, confirmation, replacing = false }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={replacing ? t('auth.passwords.new') : t('auth.new_password')}
        description={t('auth.new_password_description')}
        autoComplete="new-password"
        required
        {...password}
      />
      <PasswordInput
        label={replacing ? t('auth.passwords.new_confirmation') : t('auth.password_confirmation')}
        autoComplete="new-password"
        required
        {...confirmation}
      />
    </>
  );
}
