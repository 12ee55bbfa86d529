import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that screen readers announce as "loading". */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('common.status.loading')}>
      <Loader />
    </Center>
  );
}
