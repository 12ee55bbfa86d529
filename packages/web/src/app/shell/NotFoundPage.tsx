import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.not_found.title')} />
      <Text mb="md">{t('nav.not_found.body')}</Text>
      <Button component={Link} to="/">
        {t('nav.back_home')}
      </Button>
    </>
  );
}
