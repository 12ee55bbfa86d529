import { Button, Group, TextInput } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TPeriod } from './ledger.api';

/** The period of a statement (two dates), the print button and, where there is one, the passbook PDF. */
export function PeriodFilter({
  period,
  onChange,
  pdfHref,
}: {
  period: TPeriod;
  onChange: (period: TPeriod) => void;
  pdfHref?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" mb="md" data-print="hide">
      <TextInput
        type="date"
        label={t('ledger.statement.from')}
        value={period.from ?? ''}
        onChange={(event) => onChange({ ...period, from: event.currentTarget.value || undefined })}
        data-testid="statement-from"
      />
      <TextInput
        type="date"
        label={t('ledger.statement.to')}
        value={period.to ?? ''}
        onChange={(event) => onChange({ ...period, to: event.currentTarget.value || undefined })}
        data-testid="statement-to"
      />
      <Button
        variant="default"
        size="md"
        leftSection={<IconPrinter size={18} aria-hidden />}
        onClick={() => window.print()}
      >
        {t('ledger.statement.print')}
      </Button>
      {pdfHref && (
        <Button
          component="a"
          href={pdfHref}
          variant="default"
          size="md"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          data-testid="passbook-pdf"
        >
          {t('ledger.statement.download_pdf')}
        </Button>
      )}
    </Group>
  );
}
