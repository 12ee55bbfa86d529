import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { SetupForm } from './SetupForm';

/** First run: shown (and every address leads here) until the first organization exists. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('setup.title')} description={t('setup.intro')} />
      <SetupForm onDone={() => void navigate('/', { replace: true })} />
    </>
  );
}
