import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { ProfileSection } from '../volunteers/ProfileSection';
import { CertificateList } from './CertificateList';
import { myCertificatePdfUrl } from './certificates.api';
import { ServiceRecordSummary } from './ServiceRecordSummary';
import { useMyCertificates, useMyServiceRecord } from './use-certificates';

/** The person's own lifetime service record, levels and certificates, across their organizations. */
export function ServiceRecordPage() {
  const { t } = useTranslation();
  const record = useMyServiceRecord();
  const certificates = useMyCertificates();
  return (
    <>
      <PageHeader title={t('certificates.service_record.title')} description={t('certificates.service_record.intro')} />
      <Stack gap="lg">
        <ProfileSection title={t('certificates.service_record.section_title')} data-testid="my-service-record">
          {record.isPending && <LoadingState />}
          {record.isError && <ErrorState error={record.error} onRetry={() => void record.refetch()} />}
          {record.data &&
            (record.data.organizations.length === 0 ? (
              <Text c="dimmed">{t('certificates.service_record.empty')}</Text>
            ) : (
              <ServiceRecordSummary record={record.data} showOrgs />
            ))}
        </ProfileSection>
        <ProfileSection title={t('certificates.list.my_title')} data-testid="my-certificates">
          {certificates.isPending && <LoadingState />}
          {certificates.isError && (
            <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} />
          )}
          {certificates.data && (
            <CertificateList
              caption={t('certificates.list.my_title')}
              certificates={certificates.data.certificates}
              pdfUrl={(c) => myCertificatePdfUrl(c.id)}
            />
          )}
        </ProfileSection>
      </Stack>
    </>
  );
}
