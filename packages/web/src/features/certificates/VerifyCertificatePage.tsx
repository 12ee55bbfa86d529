import { Alert, Paper, Stack, Title } from '@mantine/core';
import type { TCertificateVerification } from '@musubi/shared';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarDate, useFormatters } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { Detail, DetailList } from '../volunteers/ProfileSection';
import { useDuration } from './certificate-display';
import { useCertificateVerification } from './use-certificates';

/**
 * The public page a certificate's QR code opens: genuine, revoked or not
 * genuine, with the certified facts only (no contact details, no birth date).
 */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const check = useCertificateVerification(number, search.get('sig') ?? '');
  return (
    <>
      <PageHeader title={t('certificates.verify.title')} />
      {check.isPending && <LoadingState />}
      {check.isError && <ErrorState error={check.error} onRetry={() => void check.refetch()} />}
      {check.data && <VerificationResult result={check.data} />}
    </>
  );
}

function VerificationResult({ result }: { result: TCertificateVerification }) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const format = useFormatters();
  const duration = useDuration();
  const facts = result.certificate;
  const alert = {
    genuine: {
      color: 'green',
      icon: <IconCircleCheck aria-hidden />,
      title: t('certificates.verify.genuine'),
      body: t('certificates.verify.genuine_detail'),
    },
    revoked: {
      color: 'orange',
      icon: <IconAlertTriangle aria-hidden />,
      title: t('certificates.verify.revoked'),
      body: t('certificates.verify.revoked_detail'),
    },
    not_genuine: {
      color: 'red',
      icon: <IconCircleX aria-hidden />,
      title: t('certificates.verify.not_genuine'),
      body: t('certificates.verify.not_genuine_detail'),
    },
  }[result.status];
  return (
    <Stack gap="lg">
      <Alert
        color={alert.color}
        icon={alert.icon}
        title={alert.title}
        data-testid={`verification-${result.status}`}
        role="status"
        // The tinted title color falls below 4.5:1 on the light background; the icon and border carry the color.
        styles={{ title: { color: 'var(--mantine-color-text)', fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {alert.body}
      </Alert>
      {facts && (
        <Paper withBorder p="md" component="section" aria-labelledby="certified-facts">
          <Stack>
            <Title order={2} size="h3" id="certified-facts">
              {t('certificates.verify.facts_caption')}
            </Title>
            <DetailList>
              <Detail label={t('certificates.verify.number')}>{facts.number}</Detail>
              <Detail label={t('certificates.verify.issued_on')}>{date(facts.issuedOn)}</Detail>
              <Detail label={t('certificates.verify.name')}>{facts.volunteerName}</Detail>
              <Detail label={t('certificates.verify.period')}>
                {t('certificates.list.period', { from: date(facts.period.from), to: date(facts.period.to) })}
              </Detail>
              <Detail label={t('certificates.verify.hours')}>{duration(facts.totalMinutes)}</Detail>
              <Detail label={t('certificates.verify.organization')}>{facts.organizationName}</Detail>
              {facts.revokedAt && (
                <Detail label={t('certificates.verify.revoked_at')}>{format.date(facts.revokedAt)}</Detail>
              )}
            </DetailList>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
