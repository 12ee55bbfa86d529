import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import type { TCertificate } from '@musubi/shared';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { useCalendarDate } from '../../ui/format';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { useDuration } from './certificate-display';

interface CertificateListProps {
  certificates: (TCertificate & { orgName?: string })[];
  pdfUrl: (certificate: TCertificate) => string;
  /** Shown (coordinators) for certificates still valid. */
  onRevoke?: (certificate: TCertificate) => void;
  caption: string;
}

/** Issued certificates with their PDF and, for coordinators, a way to revoke them. */
export function CertificateList({ certificates, pdfUrl, onRevoke, caption }: CertificateListProps) {
  const { t } = useTranslation();
  const date = useCalendarDate();
  const duration = useDuration();
  if (certificates.length === 0) return <Text c="dimmed">{t('certificates.list.empty')}</Text>;
  const showOrg = certificates.some((c) => c.orgName);
  return (
    <DataTable caption={caption} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('certificates.list.col_number')}</Table.Th>
          <Table.Th>{t('certificates.list.col_issued_on')}</Table.Th>
          {showOrg && <Table.Th>{t('certificates.list.col_org')}</Table.Th>}
          <Table.Th>{t('certificates.list.col_period')}</Table.Th>
          <Table.Th>{t('certificates.list.col_hours')}</Table.Th>
          <Table.Th>{t('certificates.list.col_status')}</Table.Th>
          <Table.Th>{t('certificates.list.col_actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {certificates.map((c) => (
          <Table.Tr key={c.id} data-testid={`certificate-${c.number}`}>
            <Table.Td>{c.number}</Table.Td>
            <Table.Td>{date(c.facts.issuedOn)}</Table.Td>
            {showOrg && <Table.Td>{c.orgName}</Table.Td>}
            <Table.Td>
              {t('certificates.list.period', { from: date(c.facts.period.from), to: date(c.facts.period.to) })}
            </Table.Td>
            <Table.Td>{duration(c.facts.totalMinutes)}</Table.Td>
            <Table.Td>
              <CertificateStatusBadge revoked={c.revokedAt !== null} />
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button
                  component="a"
                  href={pdfUrl(c)}
                  download={`certificate-${c.number}.pdf`}
                  variant="light"
                  leftSection={<IconDownload size={18} aria-hidden />}
                  aria-label={t('certificates.list.download_label', { number: c.number })}
                  data-testid="certificate-download"
                >
                  {t('certificates.list.download')}
                </Button>
                <Anchor href={c.verificationUrl} target="_blank" rel="noopener" data-testid="certificate-verify-link">
                  {t('certificates.list.verify_link')}
                </Anchor>
                {onRevoke && c.revokedAt === null && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => onRevoke(c)}
                    aria-label={t('certificates.list.revoke_label', { number: c.number })}
                    data-testid="certificate-revoke"
                  >
                    {t('certificates.list.revoke')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
