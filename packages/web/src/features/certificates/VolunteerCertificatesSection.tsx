import { Divider, Text, Title } from '@mantine/core';
import { COORDINATOR_ROLES, type TCertificate } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../../app/shell/RequireRoles';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { CertificateList } from './CertificateList';
import { certificatePdfUrl } from './certificates.api';
import { IssueCertificateForm } from './IssueCertificateForm';
import { RevokeCertificateModal } from './RevokeCertificateModal';
import { ServiceRecordSummary } from './ServiceRecordSummary';
import { useVolunteerCertificates, useVolunteerServiceRecord } from './use-certificates';

/**
 * On a volunteer's page: their service record (here, and in the network where they
 * consented), the certificates issued to them, and for coordinators the issue form.
 */
export function VolunteerCertificatesSection({ orgId, volunteerId }: { orgId: string; volunteerId: string }) {
  const { t } = useTranslation();
  const record = useVolunteerServiceRecord(orgId, volunteerId);
  const certificates = useVolunteerCertificates(orgId, volunteerId);
  const coordinates = useHasRole(COORDINATOR_ROLES);
  const [revoking, setRevoking] = useState<TCertificate | null>(null);
  return (
    <ProfileSection title={t('certificates.service_record.section_title')} data-testid="service-record">
      {record.isPending && <LoadingState />}
      {record.isError && <ErrorState error={record.error} onRetry={() => void record.refetch()} />}
      {record.data && (
        <>
          <ServiceRecordSummary record={record.data} showOrgs={record.data.organizations.length > 1} />
          <Text size="sm" c="dimmed">
            {t('certificates.service_record.shared_note')}
          </Text>
        </>
      )}
      <Divider />
      <Title order={3} size="h4">
        {t('certificates.list.title')}
      </Title>
      {certificates.isError && <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} />}
      {certificates.data && (
        <CertificateList
          caption={t('certificates.list.caption')}
          certificates={certificates.data.certificates}
          pdfUrl={(c) => certificatePdfUrl(orgId, c.id)}
          onRevoke={coordinates ? setRevoking : undefined}
        />
      )}
      {coordinates && (
        <>
          <Title order={3} size="h4">
            {t('certificates.issue.title')}
          </Title>
          <IssueCertificateForm orgId={orgId} volunteerId={volunteerId} />
          <RevokeCertificateModal
            orgId={orgId}
            volunteerId={volunteerId}
            certificate={revoking}
            onClose={() => setRevoking(null)}
          />
        </>
      )}
    </ProfileSection>
  );
}
