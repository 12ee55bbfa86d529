import { Stack } from '@mantine/core';
import { IconQrcodeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PersonalCodeCard } from './PersonalCodeCard';
import { useMyCodes } from './use-attendance';

/** `/me/code`: the person's own QR code in each organization they volunteer for, for a kiosk to scan. */
export function MyCodePage() {
  const { t } = useTranslation();
  const codes = useMyCodes();
  return (
    <>
      <PageHeader title={t('attendance.my_code.title')} description={t('attendance.my_code.intro')} />
      {codes.isPending && <LoadingState />}
      {codes.isError && <ErrorState error={codes.error} onRetry={() => void codes.refetch()} />}
      {codes.data &&
        (codes.data.codes.length === 0 ? (
          <EmptyNotice
            title={t('attendance.my_code.none')}
            description={t('attendance.my_code.none_body')}
            icon={<IconQrcodeOff aria-hidden />}
          />
        ) : (
          <Stack gap="xl" maw={560}>
            {codes.data.codes.map((code) => (
              <PersonalCodeCard key={code.volunteerId} code={code} />
            ))}
          </Stack>
        ))}
    </>
  );
}
