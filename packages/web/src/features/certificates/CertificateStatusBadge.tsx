import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/StatusBadge';

export function CertificateStatusBadge({ revoked }: { revoked: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={revoked ? 'red' : 'green'}>
      {revoked ? t('certificates.list.status_revoked') : t('certificates.list.status_valid')}
    </StatusBadge>
  );
}
