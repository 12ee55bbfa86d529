import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in person changes their own password (`/account/password`), whatever their role. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('auth.passwords.change.title')} description={t('auth.passwords.change.intro')} />
      <ChangePasswordForm />
    </>
  );
}
