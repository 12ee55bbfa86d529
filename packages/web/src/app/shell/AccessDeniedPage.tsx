import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';

/** A page of the registry that the active role may not open. */
export function AccessDeniedPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.access_denied.title')} />
      <Text mb="md">{t('nav.access_denied.body')}</Text>
      <Button component={Link} to="/">
        {t('nav.back_home')}
      </Button>
    </>
  );
}
