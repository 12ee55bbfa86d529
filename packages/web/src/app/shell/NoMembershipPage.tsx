import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** A signed-in person who belongs to no organization (for example after being removed from the last one). */
export function NoMembershipPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.no_membership.title')} />
      <Text>{t('nav.no_membership.body')}</Text>
    </>
  );
}
