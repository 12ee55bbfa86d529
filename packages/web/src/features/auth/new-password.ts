import type { FormErrors } from '@mantine/form';
import { i18n } from '../../app/i18n';

/** The confirmation input must repeat the new password exactly. */
export function confirmationErrors(password: string, confirmation: string, path = 'passwordConfirm'): FormErrors {
  return password === confirmation ? {} : { [path]: i18n.t('auth.password_mismatch') };
}
